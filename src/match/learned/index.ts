import type { Script } from "../../normalize/script.js";
import type { EmissionRow, EmissionTable, TransliterationModel } from "../channel.js";
import { perUnit } from "../per-unit.js";
import { modelText } from "./model-text.js";

/** A generated model as JSON: per orthography its share, and its rows as unit → "latin:logScore …" text, likeliest first. */
interface ModelJson {
  weights: number[];
  classes: Array<Array<[unit: string, row: string]>>;
}

const parsed = new Map<Script, TransliterationModel>();

/** A table whose rows are computed on a unit's first use and kept. */
function lazyTable(units: readonly string[], compute: (unit: string) => EmissionRow | undefined): EmissionTable {
  return { units, emissions: perUnit(compute) };
}

/** A row's text, "latin:logScore" pairs separated by spaces, as pairs. */
function parseRow(text: string): EmissionRow {
  return text.split(" ").map((pair) => {
    const colon = pair.lastIndexOf(":");
    return [pair.slice(0, colon), Number(pair.slice(colon + 1))] as const;
  });
}

/** Per unit and substring, the best log-score of any table, likeliest first. */
function mergedTable(tables: readonly EmissionTable[]): EmissionTable {
  const units = [...new Set(tables.flatMap((table) => table.units))];
  return lazyTable(units, (unit) => {
    const best = new Map<string, number>();
    for (const table of tables) {
      for (const [piece, logp] of table.emissions(unit) ?? []) if (!(logp <= (best.get(piece) ?? -Infinity))) best.set(piece, logp);
    }
    return best.size > 0 ? [...best].sort((a, b) => b[1] - a[1]) : undefined;
  });
}

/**
 * The learned transliteration model for a script, when canonym has one, parsed on first use (and
 * each unit's emissions on the unit's first use: parsing a script's few thousand emissions at once
 * cost a one-off lookup about 10 ms).
 *
 * @param script - The script of a non-Latin token.
 * @returns Its model (the same object on every call), or undefined (Greek, Devanagari, Latin, others).
 * @example
 * ```ts
 * modelFor("cyrillic")!.merged.emissions("^б")![0]; // ["b", -0.322]: the likeliest spelling first
 * modelFor("cyrillic")!.classes.length; // 2
 * modelFor("greek");            // undefined
 * ```
 */
export function modelFor(script: Script): TransliterationModel | undefined {
  let model = parsed.get(script);
  if (!model) {
    const text = modelText(script);
    if (text === undefined) return undefined;
    const { weights, classes } = JSON.parse(text) as ModelJson;
    const tables = classes.map((rows) => {
      const texts = new Map(rows);
      return lazyTable([...texts.keys()], (unit) => {
        const row = texts.get(unit);
        return row === undefined ? undefined : parseRow(row);
      });
    });
    model = {
      classes: tables.map((emissions, k) => ({ logWeight: Math.log(weights[k] as number), emissions })),
      merged: mergedTable(tables),
    };
    parsed.set(script, model);
  }
  return model;
}
