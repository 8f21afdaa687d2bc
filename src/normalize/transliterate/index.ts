// Script-aware romanisation: canonym's own rules per script, the `transliteration` package (Unidecode tables) for the rest.
import { assertIsString } from "../../validate/limits.js";
import { transliterate } from "transliteration";
import { scriptRuns } from "../script.js";
import { romanizeArabic } from "./arabic.js";
import { romanizeCyrillic } from "./cyrillic.js";
import { romanizeHangul } from "./hangul.js";
import { romanizeHebrew } from "./hebrew.js";
import { romanizeKana } from "./kana.js";

const NOT_ALPHANUMERIC = /[^a-z0-9]+/g;

function romanizeWithTables(text: string): string {
  return transliterate(text, { unknown: "" }).toLowerCase().replace(NOT_ALPHANUMERIC, "");
}

const LOWERCASE_ASCII = /^[a-z]*$/;

/**
 * Romanises one normalised token to lowercase ASCII, choosing the rules by script run: canonym's
 * own for Arabic/Persian/Urdu, Hebrew, Cyrillic, Hangul and Kana; the `transliteration` package's
 * tables for Greek, Devanagari, Han (pinyin) and anything else. Latin passes through.
 *
 * @param token - A token produced by {@link tokenize}.
 * @returns The Latin form; empty when nothing romanisable remains.
 * @example
 * ```ts
 * toLatin("فلاديمير"); // "fladimir"
 * toLatin("путин");    // "putin"
 * toLatin("ハール");    // "haaru"
 * ```
 */
export function toLatin(token: string): string {
  assertIsString(token, "toLatin", "a token");
  // Most tokens of a dictionary are already lowercase ASCII letters, one Latin run that nothing below changes.
  if (LOWERCASE_ASCII.test(token)) return token;
  let out = "";
  for (const run of scriptRuns(token)) {
    switch (run.script) {
      case "latin": out += run.text; break;
      case "arabic": out += romanizeArabic(run.text); break;
      case "hebrew": out += romanizeHebrew(run.text); break;
      case "cyrillic": out += romanizeCyrillic(run.text); break;
      case "hangul": out += romanizeHangul(run.text); break;
      case "kana": out += romanizeKana(run.text); break;
      default: out += romanizeWithTables(run.text);
    }
  }
  return out.replace(NOT_ALPHANUMERIC, "");
}
