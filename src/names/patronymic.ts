// Russian and Ukrainian patronymics by their endings as BGN/PCGN romanisation writes them (-ович, -евич, -овна, -евна, -ична; -івна), Arabic and Hebrew ones (nasab) by the word before them, "bin", "ibn", "ben" (Schimmel, "Islamic Names", 1989), and both by their place in a full name.
import { scriptOf } from "../normalize/script.js";
import type { AnalyzedName, NameToken } from "./analyze.js";

/** The endings in Latin letters, as BGN/PCGN writes the Russian ones and the Ukrainian ones (-ovych, -evych, -ivna). */
const LATIN_ENDINGS = ["ovich", "evich", "ovych", "evych", "ovna", "evna", "ivna", "ichna"];
/** The same in Cyrillic letters, as normalised (ё is е). */
const CYRILLIC_ENDINGS = ["ович", "евич", "овна", "евна", "ична", "івна"];
/** Letters a patronymic has before its ending, the father's given name: "Lvovich" (of Lev) has two. */
const PATRONYMIC_MIN_STEM = 2;

/**
 * Whether a normalised word ends as a patronymic does, wherever it stands: in Latin letters as BGN/PCGN
 * romanises one, or in Cyrillic, after two letters or more.
 *
 * @param word - A word as {@link normalize} gives it.
 * @returns True for "vladimirovich", "владимирович", "олександрівна"; false for "putin".
 * @example
 * ```ts
 * endsAsPatronymic("владимирович"); // true
 * endsAsPatronymic("putin");        // false
 * ```
 */
export function endsAsPatronymic(word: string): boolean {
  const script = scriptOf(word[0] ?? "");
  const endings = script === "latin" ? LATIN_ENDINGS : script === "cyrillic" ? CYRILLIC_ENDINGS : [];
  return endings.some((ending) => word.length >= ending.length + PATRONYMIC_MIN_STEM && word.endsWith(ending));
}

/** The words that say "son of" or "daughter of" before a father's name in Arabic and Hebrew names, normalised, in the scripts they are written in. */
const NASAB_WORDS: readonly string[] = ["bin", "ibn", "bint", "binti", "ben", "بن", "ابن", "بنت", "ибн", "бен", "בן", "בת"];

/** The length of the longest of {@link NASAB_WORDS}, found on first use. */
let longestNasabWord: number | undefined;

/**
 * Whether a word says "son of" or "daughter of" before a father's name ("bin", "ibn", "بن"), in
 * capitals or small letters: a text's words are asked as written, most of them too long to be one,
 * which is told before their small letters are made.
 *
 * @param word - A word as written or as {@link normalize} gives it.
 * @returns True for the nasab's words.
 * @example
 * ```ts
 * isNasabWord("bin"); // true
 * isNasabWord("Ibn"); // true
 * isNasabWord("al");  // false
 * ```
 */
export function isNasabWord(word: string): boolean {
  longestNasabWord ??= Math.max(...NASAB_WORDS.map((nasab) => nasab.length));
  return word.length <= longestNasabWord && NASAB_WORDS.includes(word.toLowerCase());
}

/**
 * Whether part `i` of a name is taken for a patronymic, in a name of three parts or more: a part after
 * the first that ends as one ("Vladimir Vladimirovich Putin", "Putin Vladimir Vladimirovich"), or a
 * part after "bin", "ibn" or "ben" that is neither the first nor the last ("Osama bin Mohammed bin
 * Laden": Mohammed; Laden, the last, is the family's name). A surname ending alike is not, as the first
 * part or as the last of two ("Roman Abramovich"); the last of three is, but then the dictionary form
 * writes it and it is matched ("Roman Arkadyevich Abramovich").
 *
 * @param name - An analysed name.
 * @param i - The position of one of its tokens.
 * @returns Whether that token is taken for a patronymic.
 * @example
 * ```ts
 * patronymicAt(analyzeName("Vladimir Vladimirovich Putin"), 1); // true
 * patronymicAt(analyzeName("Roman Abramovich"), 1);             // false: a surname
 * patronymicAt(analyzeName("Osama bin Mohammed bin Laden"), 2);  // true: a nasab
 * ```
 */
export function patronymicAt(name: AnalyzedName, i: number): boolean {
  const { tokens } = name;
  let parts = 0;
  let firstPart = -1;
  let lastPart = -1;
  // A loop, not forEach: scoring asks this of every part a lookup leaves unmatched, and a closure per call was 3 MB per 1,000 lookups.
  for (let k = 0; k < tokens.length; k++) {
    if ((tokens[k] as NameToken).kind === "particle") continue;
    parts++;
    if (firstPart < 0) firstPart = k;
    lastPart = k;
  }
  if (parts < 3 || i <= firstPart) return false;
  if (endsAsPatronymic((tokens[i] as NameToken).text)) return true;
  return i < lastPart && isNasabWord((tokens[i - 1] as NameToken).text);
}
