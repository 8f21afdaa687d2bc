// Script identification by Unicode Script property (UAX #24), reduced to the scripts canonym romanises.
import { assertIsString } from "../validate/limits.js";

/**
 * Every {@link Script}, "other" last.
 * @example
 * ```ts
 * SCRIPTS.includes("hangul"); // true
 * ```
 */
export const SCRIPTS = ["latin", "cyrillic", "arabic", "hebrew", "greek", "devanagari", "han", "hangul", "kana", "other"] as const;

/** A writing system canonym knows how to romanise. */
export type Script = (typeof SCRIPTS)[number];

const ASCII = 128;
const ASCII_LETTER = /[A-Za-z]/;
const MARK = /\p{M}/u;

const SCRIPT_TESTS: ReadonlyArray<readonly [Script, RegExp]> = [
  ["latin", /\p{Script=Latin}/u],
  ["cyrillic", /\p{Script=Cyrillic}/u],
  ["arabic", /\p{Script=Arabic}/u],
  ["hebrew", /\p{Script=Hebrew}/u],
  ["greek", /\p{Script=Greek}/u],
  ["devanagari", /\p{Script=Devanagari}/u],
  ["hangul", /\p{Script=Hangul}/u],
  ["kana", /[\p{Script=Hiragana}\p{Script=Katakana}\u30FC]/u],
  ["han", /\p{Script=Han}/u],
];

/**
 * Names the script of one character.
 *
 * @param char - A single code point.
 * @returns The script, or `"other"` for digits, symbols and scripts canonym does not romanise.
 * @example
 * ```ts
 * scriptOf("ж"); // "cyrillic"
 * scriptOf("ك"); // "arabic"
 * ```
 */
export function scriptOf(char: string): Script {
  assertIsString(char, "scriptOf", "a character");
  // An ASCII character is a Latin letter or of no script: answered without a property test per
  // script, which the build and each lookup run for the letters of every name they romanise.
  if (char.length === 1 && char.charCodeAt(0) < ASCII) return ASCII_LETTER.test(char) ? "latin" : "other";
  for (const [script, test] of SCRIPT_TESTS) if (test.test(char)) return script;
  return "other";
}

/** Letters of one script within a token, from {@link scriptRuns}. */
export interface ScriptRun {
  /** The run's script. */
  script: Script;
  /** The run's letters, with any combining marks that follow them. */
  text: string;
}

/**
 * Splits a token into runs of one script each, so that a mixed token is romanised run by run.
 *
 * @param token - A normalised token.
 * @returns The runs in order.
 * @example
 * ```ts
 * scriptRuns("abcжз"); // [{ script: "latin", text: "abc" }, { script: "cyrillic", text: "жз" }]
 * ```
 */
export function scriptRuns(token: string): ScriptRun[] {
  assertIsString(token, "scriptRuns", "a token");
  const runs: ScriptRun[] = [];
  for (const char of token) {
    const script = char === "\u05F3" ? "hebrew" : scriptOf(char);
    const last = runs[runs.length - 1];
    if (last && (last.script === script || MARK.test(char))) last.text += char;
    else runs.push({ script, text: char });
  }
  return runs;
}
