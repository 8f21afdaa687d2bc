import type { Script } from "../../normalize/script.js";
import type { EmissionTable } from "../channel.js";
import { ARABIC_EMISSIONS_JSON } from "./arabic.js";
import { CHINESE_EMISSIONS_JSON } from "./chinese.js";
import { HEBREW_EMISSIONS_JSON } from "./hebrew.js";
import { JAPANESE_EMISSIONS_JSON } from "./japanese.js";
import { KOREAN_EMISSIONS_JSON } from "./korean.js";
import { RUSSIAN_EMISSIONS_JSON } from "./russian.js";

const parsed = new Map<Script, EmissionTable>();

function tableText(script: Script): string | undefined {
  switch (script) {
    case "arabic": return ARABIC_EMISSIONS_JSON;
    case "cyrillic": return RUSSIAN_EMISSIONS_JSON;
    case "hebrew": return HEBREW_EMISSIONS_JSON;
    case "han": return CHINESE_EMISSIONS_JSON;
    case "hangul": return KOREAN_EMISSIONS_JSON;
    case "kana": return JAPANESE_EMISSIONS_JSON;
    default: return undefined;
  }
}

/**
 * The learned transliteration model for a script, when canonym has one, parsed on first use.
 *
 * @param script - The script of a non-Latin token.
 * @returns Its emission table (the same object on every call), or undefined (Greek, Devanagari, Latin, others).
 * @example
 * ```ts
 * const leadingBe = emissionsFor("cyrillic")!["^б"]!;
 * Object.keys(leadingBe).reduce((best, latin) => (leadingBe[latin]! > leadingBe[best]! ? latin : best)); // "b": the likeliest spelling
 * emissionsFor("greek");            // undefined
 * ```
 */
export function emissionsFor(script: Script): EmissionTable | undefined {
  let table = parsed.get(script);
  if (!table) {
    const text = tableText(script);
    if (text === undefined) return undefined;
    table = JSON.parse(text) as EmissionTable;
    parsed.set(script, table);
  }
  return table;
}
