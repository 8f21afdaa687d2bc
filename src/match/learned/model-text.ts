import type { Script } from "../../normalize/script.js";
import { ARABIC_MODEL_JSON } from "./arabic.js";
import { CHINESE_MODEL_JSON } from "./chinese.js";
import { HEBREW_MODEL_JSON } from "./hebrew.js";
import { JAPANESE_MODEL_JSON } from "./japanese.js";
import { KOREAN_MODEL_JSON } from "./korean.js";
import { RUSSIAN_MODEL_JSON } from "./russian.js";

/**
 * The scripts canonym has a learned transliteration model for.
 * @example
 * ```ts
 * MODEL_SCRIPTS.includes("cyrillic"); // true
 * ```
 */
export const MODEL_SCRIPTS: readonly Script[] = ["arabic", "cyrillic", "hebrew", "han", "hangul", "kana"];

/**
 * A script's learned model as the JSON text `npm run learn` generated, or undefined when it has none.
 * The command's build puts another module in this one's place, reading each text from a file on its
 * first use, so that a one-off lookup does not compile the half megabyte of all six.
 *
 * @param script - A script.
 * @returns The model's JSON text, or undefined.
 * @example
 * ```ts
 * JSON.parse(modelText("hebrew")!).weights.length; // 2: two orthographies
 * modelText("greek");                              // undefined
 * ```
 */
export function modelText(script: Script): string | undefined {
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
