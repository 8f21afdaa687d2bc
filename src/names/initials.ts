// Initials written together with a dot after each ("V.V. Putin", "Путин В.В."), as Russian documents write a given name and patronymic (GOST R 7.0.97-2016, the "Surname I.O." of official papers) and English a first and middle name.
import { assertIsString } from "../validate/limits.js";

/** Two or three capitals, each with its dot, standing as one word. */
const JOINED_INITIALS = /(?<![\p{L}\p{M}.])(?:\p{Lu}\.){2,3}(?![\p{L}\p{M}])/gu;
/** The dots inside joined initials, each followed by the next initial. */
const DOT_BEFORE_INITIAL = /\.(?=\p{Lu})/gu;
/** A word of two letters or more beside them: the name the initials belong to. */
const NAME_WORD = /[\p{L}\p{M}]{2,}/u;

/**
 * A name with its initials written together set apart, one word each, or undefined when it has none
 * or nothing else is a name: "V.V. Putin" is "V. V. Putin". Normalising joins dotted letters into a
 * word, as an abbreviation ("U.S.") is; a lookup reads such a name both ways and keeps the better.
 *
 * @param name - A name as written.
 * @returns The name with the initials apart, or undefined.
 * @example
 * ```ts
 * initialsApart("Putin V.V.");   // "Putin V. V."
 * initialsApart("Путин В.В.");   // "Путин В. В."
 * initialsApart("U.S.");         // undefined: no name beside it
 * ```
 */
export function initialsApart(name: string): string | undefined {
  assertIsString(name, "initialsApart", "a name");
  if (!name.includes(".") || !NAME_WORD.test(name.replace(JOINED_INITIALS, " "))) return undefined;
  const apart = name.replace(JOINED_INITIALS, (initials) => initials.replace(DOT_BEFORE_INITIAL, ". "));
  return apart === name ? undefined : apart;
}
