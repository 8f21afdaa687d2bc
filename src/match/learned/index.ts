import type { Script } from "../../normalize/script.js";
import type { EmissionTable } from "../channel.js";
import { ARABIC_EMISSIONS } from "./arabic.js";
import { CHINESE_EMISSIONS } from "./chinese.js";
import { HEBREW_EMISSIONS } from "./hebrew.js";
import { JAPANESE_EMISSIONS } from "./japanese.js";
import { KOREAN_EMISSIONS } from "./korean.js";
import { RUSSIAN_EMISSIONS } from "./russian.js";

/**
 * The learned transliteration model for a script, when canonym has one.
 *
 * @param script - The script of a non-Latin token.
 * @returns Its emission table, or undefined (Greek, Devanagari, Latin, others).
 * @example
 * ```ts
 * emissionsFor("cyrillic") === RUSSIAN_EMISSIONS; // true
 * emissionsFor("greek");                          // undefined
 * ```
 */
export function emissionsFor(script: Script): EmissionTable | undefined {
  switch (script) {
    case "arabic": return ARABIC_EMISSIONS;
    case "cyrillic": return RUSSIAN_EMISSIONS;
    case "hebrew": return HEBREW_EMISSIONS;
    case "han": return CHINESE_EMISSIONS;
    case "hangul": return KOREAN_EMISSIONS;
    case "kana": return JAPANESE_EMISSIONS;
    default: return undefined;
  }
}
