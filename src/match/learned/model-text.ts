import type { Script } from "../../normalize/script.js";
import { ARABIC_MODEL_JSON } from "./arabic.js";
import { CHINESE_MODEL_JSON } from "./chinese.js";
import { HEBREW_MODEL_JSON } from "./hebrew.js";
import { JAPANESE_MODEL_JSON } from "./japanese.js";
import { KOREAN_MODEL_JSON } from "./korean.js";
import { RUSSIAN_MODEL_JSON } from "./russian.js";

/** Each script's model text: the one list of the scripts with a model. */
const MODEL_TEXTS: Readonly<Partial<Record<Script, string>>> = {
  arabic: ARABIC_MODEL_JSON,
  cyrillic: RUSSIAN_MODEL_JSON,
  hebrew: HEBREW_MODEL_JSON,
  han: CHINESE_MODEL_JSON,
  hangul: KOREAN_MODEL_JSON,
  kana: JAPANESE_MODEL_JSON,
};

/**
 * The scripts canonym has a learned transliteration model for.
 * @example
 * ```ts
 * MODEL_SCRIPTS.includes("cyrillic"); // true
 * ```
 */
export const MODEL_SCRIPTS = /* @__PURE__ */ Object.keys(MODEL_TEXTS) as readonly Script[];

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
  return Object.hasOwn(MODEL_TEXTS, script) ? MODEL_TEXTS[script] : undefined;
}
