// One typing slip inside a word (Damerau 1964: a letter inserted, dropped or replaced, or two neighbours swapped), found among the words of names bucketed by first letter, last letter and length.
import { normalize } from "../normalize/normalize.js";
import { weakFormsOf, type WeakForm, type WeakForms } from "./weak-forms.js";

/**
 * The fewest letters a word of a weak alias has for a slip in it to be read as it: a shorter word is
 * one slip from too many others ("Chile" from "Chine", "Mali" from "Male").
 * @example
 * ```ts
 * SLIP_MIN_LETTERS; // 6: "Isreal" is Israel, "Chlie" is not Chile
 * ```
 */
export const SLIP_MIN_LETTERS = 6;

/**
 * A letter of the alphabets in which a slip leaves a word recognisable: Latin, Cyrillic, Greek. An
 * abjad writes few of a word's vowels, so one letter more or less there makes another word more often
 * than a misspelt one.
 */
const SLIP_LETTER = /[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}]/u;

/**
 * Whether a text has a letter of an alphabet slips are read in: a name without one is one slip from
 * no name, which tells so before it is normalised (spans of Arabic text are tried by the hundred).
 *
 * @param text - A name as written.
 * @returns False for a name in Arabic, Chinese or Hebrew letters alone.
 * @example
 * ```ts
 * [mayHoldSlip("Venezuala"), mayHoldSlip("فنزويلا")]; // [true, false]
 * ```
 */
export function mayHoldSlip(text: string): boolean {
  return SLIP_LETTER.test(text);
}

/**
 * Whether `typed` is `word` with one slip inside it: a letter inserted, dropped or replaced, or two
 * neighbours swapped, the first and last letters kept. A name's first letter is seldom mistyped
 * ("Poland" is not "Roland"), and its end is where languages inflect and derive ("Bulgarian" is no
 * slip of "Bulgaria", "Германии" none of "Германия").
 *
 * @param typed - A normalised word, as read.
 * @param word - A normalised word of {@link SLIP_MIN_LETTERS} letters or more.
 * @returns False for the word itself, and for any word shorter than that.
 * @example
 * ```ts
 * slipOf("venezuala", "venezuela"); // true: a letter replaced
 * slipOf("isreal", "israel");       // true: two neighbours swapped
 * slipOf("sengal", "senegal");      // true: a letter dropped
 * slipOf("roland", "poland");       // false: the first letter
 * slipOf("bulgarian", "bulgaria");  // false: the last letter
 * ```
 */
export function slipOf(typed: string, word: string): boolean {
  const m = typed.length;
  const n = word.length;
  if (n < SLIP_MIN_LETTERS || m < n - 1 || m > n + 1 || typed === word) return false;
  if (typed[0] !== word[0] || typed[m - 1] !== word[n - 1]) return false;
  // The letters between the first and the last, compared from both ends: what is left differs.
  const shorter = Math.min(m, n) - 2;
  let prefix = 0;
  while (prefix < shorter && typed[1 + prefix] === word[1 + prefix]) prefix++;
  let suffix = 0;
  while (suffix < shorter - prefix && typed[m - 2 - suffix] === word[n - 2 - suffix]) suffix++;
  const typedLeft = m - 2 - prefix - suffix;
  const wordLeft = n - 2 - prefix - suffix;
  if (typedLeft + wordLeft === 1 || (typedLeft === 1 && wordLeft === 1)) return true;
  const at = 1 + prefix;
  return typedLeft === 2 && wordLeft === 2 && typed[at] === word[at + 1] && typed[at + 1] === word[at];
}

/**
 * Whether two strings are the same but for two neighbouring letters swapped: the commonest slip, and the
 * surest sign of one, which a slip that adds, drops or replaces a letter is not ("Cyrus" is one letter
 * short of "Cyprus").
 *
 * @param typed - A string as read.
 * @param written - A string as written.
 * @returns False for equal strings.
 * @example
 * ```ts
 * swapApart("fracne", "france"); // true
 * swapApart("franke", "france"); // false
 * ```
 */
export function swapApart(typed: string, written: string): boolean {
  if (typed.length !== written.length) return false;
  let at = 0;
  while (at < typed.length && typed[at] === written[at]) at++;
  return at + 1 < typed.length && typed[at] === written[at + 1] && typed[at + 1] === written[at] && typed.slice(at + 2) === written.slice(at + 2);
}

/** The words of a dictionary's names that a word may be a slip of. */
export interface WeakSlips {
  /** The words of the entities' names, in alphabets where slips are read, that `word` is a slip of (see {@link slipOf}). */
  wordsNear(word: string): string[];
}

/** A bucket's key: a word's first and last code units and its length. */
function bucketKey(first: string, last: string, length: number): string {
  return `${first}${last}${length}`;
}

/**
 * The words of the names that are also weak aliases, in alphabets where slips are read, bucketed by
 * first letter, last letter and length: a slip keeps the first two and changes the length by at most
 * one, so a word is checked against three buckets of a few words each. Names only, not every weak
 * alias: the bundled places' names in 600 languages are dense enough that a slip of one is often a
 * word of another language, an adjective or a demonym ("Bulgarian" is one slip inside German
 * "Bulgarien").
 *
 * @param names - The canonical names of the entities that have them as weak aliases too, which the
 * index marks (`nameIsWeak`): 249 in the bundled dictionary, whatever the size of the rest.
 * @returns Their words, to look slips up in.
 * @example
 * ```ts
 * weakSlips(["Venezuela"]).wordsNear("venezuala"); // ["venezuela"]
 * ```
 */
export function weakSlips(names: readonly string[]): WeakSlips {
  const buckets = new Map<string, string[]>();
  const seen = new Set<string>();
  for (const name of names) {
    for (const word of normalize(name).split(" ")) {
      if (word.length < SLIP_MIN_LETTERS || seen.has(word) || !SLIP_LETTER.test(String.fromCodePoint(word.codePointAt(0) as number))) continue;
      seen.add(word);
      const key = bucketKey(word[0] as string, word[word.length - 1] as string, word.length);
      const bucket = buckets.get(key);
      if (bucket) bucket.push(word);
      else buckets.set(key, [word]);
    }
  }
  return {
    wordsNear(word) {
      const near: string[] = [];
      if (word.length < SLIP_MIN_LETTERS - 1) return near;
      const first = word[0] as string;
      const last = word[word.length - 1] as string;
      for (let length = word.length - 1; length <= word.length + 1; length++) {
        for (const candidate of buckets.get(bucketKey(first, last, length)) ?? []) if (slipOf(word, candidate)) near.push(candidate);
      }
      return near;
    },
  };
}

/**
 * The weak aliases naming their entity that a normalised name is one slip from: one of its words a
 * slip of the alias's word in its place, the others the same.
 *
 * @param slips - From {@link weakSlips} over the names that are weak aliases of `forms`' entities.
 * @param forms - A dictionary's weak aliases.
 * @param nameOf - The name of the entity at a position of the dictionary.
 * @param normalized - A normalised name.
 * @returns Those aliases, by word and then as {@link weakFormsOf} lists them.
 * @example
 * ```ts
 * const forms = { text: weakFormsText([{ normalized: "united kingdom", entity: 0, alias: "United Kingdom" }]) };
 * const names = ["United Kingdom"];
 * slippedForms(weakSlips(names), forms, (entity) => names[entity]!, "united kingdm").map((form) => form.alias); // ["United Kingdom"]
 * ```
 */
export function slippedForms(slips: WeakSlips, forms: WeakForms, nameOf: (entity: number) => string, normalized: string): WeakForm[] {
  const words = normalized.split(" ");
  const found: WeakForm[] = [];
  for (let i = 0; i < words.length; i++) {
    for (const near of slips.wordsNear(words[i] as string)) {
      for (const form of weakFormsOf(forms, [...words.slice(0, i), near, ...words.slice(i + 1)].join(" "))) if (form.alias === nameOf(form.entity)) found.push(form);
    }
  }
  return found;
}
