import type { Script } from "../../normalize/script.js";
import type { EmissionTable, TransliterationModel } from "../channel.js";
import { ARABIC_MODEL_JSON } from "./arabic.js";
import { CHINESE_MODEL_JSON } from "./chinese.js";
import { HEBREW_MODEL_JSON } from "./hebrew.js";
import { JAPANESE_MODEL_JSON } from "./japanese.js";
import { KOREAN_MODEL_JSON } from "./korean.js";
import { RUSSIAN_MODEL_JSON } from "./russian.js";

const parsed = new Map<Script, TransliterationModel>();

function modelText(script: Script): string | undefined {
  switch (script) {
    case "arabic": return ARABIC_MODEL_JSON;
    case "cyrillic": return RUSSIAN_MODEL_JSON;
    case "hebrew": return HEBREW_MODEL_JSON;
    case "han": return CHINESE_MODEL_JSON;
    case "hangul": return KOREAN_MODEL_JSON;
    case "kana": return JAPANESE_MODEL_JSON;
    default: return undefined;
  }
}

/** Per unit and substring, the best log-score of any table. */
function mergedTable(tables: readonly EmissionTable[]): EmissionTable {
  const merged: Record<string, Record<string, number>> = {};
  for (const table of tables) {
    for (const [unit, row] of Object.entries(table)) {
      const into = (merged[unit] ??= {});
      for (const [piece, logp] of Object.entries(row)) if (!(logp <= (into[piece] ?? -Infinity))) into[piece] = logp;
    }
  }
  return merged;
}

/**
 * The learned transliteration model for a script, when canonym has one, parsed on first use.
 *
 * @param script - The script of a non-Latin token.
 * @returns Its model (the same object on every call), or undefined (Greek, Devanagari, Latin, others).
 * @example
 * ```ts
 * const leadingBe = modelFor("cyrillic")!.merged["^б"]!;
 * Object.keys(leadingBe).reduce((best, latin) => (leadingBe[latin]! > leadingBe[best]! ? latin : best)); // "b": the likeliest spelling
 * modelFor("cyrillic")!.classes.length; // 2
 * modelFor("greek");            // undefined
 * ```
 */
export function modelFor(script: Script): TransliterationModel | undefined {
  let model = parsed.get(script);
  if (!model) {
    const text = modelText(script);
    if (text === undefined) return undefined;
    const { weights, classes } = JSON.parse(text) as { weights: number[]; classes: EmissionTable[] };
    // Merged on first use: comparing a Latin name with the script's tokens needs only the classes.
    let merged: EmissionTable | undefined;
    model = {
      classes: classes.map((emissions, k) => ({ logWeight: Math.log(weights[k] as number), emissions })),
      get merged() {
        return (merged ??= mergedTable(classes));
      },
    };
    parsed.set(script, model);
  }
  return model;
}
