// Acronyms in dictionary forms: words of two to six capitals or digits, or capitals each followed by a dot, as style guides such as AP's and the UN's write them ("TASS", "U.S.", "ISIS-K").
import { APOSTROPHES, normalize } from "../normalize/normalize.js";

const ACRONYM = /^[\p{Lu}\p{N}]{2,6}$/u;
const DOTTED_ACRONYM = /^(?:\p{Lu}\.){2,6}$/u;

/** Two capitals or digits in a row, or two capitals with a dot between: what every acronym has, and most forms, initials included ("V. Putin"), do not. */
const MAY_HOLD_ACRONYM = /[\p{Lu}\p{N}][\p{Lu}\p{N}]|\p{Lu}\.\p{Lu}/u;
/** The same, of ASCII alone: a sixth of the cost on the ASCII forms most dictionaries are made of. */
const MAY_HOLD_ASCII_ACRONYM = /[A-Z0-9][A-Z0-9]|[A-Z]\.[A-Z]/;
const NOT_ASCII = /[^\x00-\x7F]/;
const NO_ACRONYMS: ReadonlySet<string> = new Set();
/**
 * Where a form's words break, as normalising breaks them: at whatever is no letter, mark, digit or dot (the dots of
 * "U.S."), apostrophes written "'" first ("l'ONU" writes ONU in capitals), parentheses too ("Congo (DRC)").
 */
const WORD_BREAKS = /[^\p{L}\p{M}\p{N}.]+/u;
const LETTER = /\p{L}/u;

/**
 * Whether a form has two capitals or digits in a row, or two capitals with a dot between, in any
 * script: the ASCII pattern first, the Unicode one only for a form with other characters.
 *
 * @param alias - A form as written.
 * @returns True when the form may hold an acronym.
 * @example
 * ```ts
 * mayHoldAcronym("ISIS-K");   // true
 * mayHoldAcronym("V. Putin"); // false
 * mayHoldAcronym("ΝΑΤΟ");     // true
 * ```
 */
export function mayHoldAcronym(alias: string): boolean {
  return MAY_HOLD_ASCII_ACRONYM.test(alias) || (NOT_ASCII.test(alias) && MAY_HOLD_ACRONYM.test(alias));
}

/**
 * The normalised words of a form that are written in capitals, as acronyms are ("TASS", "ISIS-K" → "isis", "U.S." → "us").
 *
 * @param alias - A form as written.
 * @returns Its words in capitals, normalised.
 * @example
 * ```ts
 * [...acronymsOf("Congo (DRC)")]; // ["drc"]
 * [...acronymsOf("DR Congo")];    // ["dr"]
 * ```
 */
export function acronymsOf(alias: string): ReadonlySet<string> {
  if (!mayHoldAcronym(alias)) return NO_ACRONYMS;
  const capitals = new Set<string>();
  for (const word of alias.replace(APOSTROPHES, "'").split(WORD_BREAKS)) {
    if (DOTTED_ACRONYM.test(word)) capitals.add(normalize(word));
    else for (const part of word.split(".")) if (ACRONYM.test(part) && LETTER.test(part)) capitals.add(normalize(part));
  }
  return capitals;
}
