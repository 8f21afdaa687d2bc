// Russian and Ukrainian patronymics by their endings as BGN/PCGN romanisation writes them (-ович, -евич, -овна, -евна, -ична; -івна) and by their place in a full name.
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

/**
 * Whether part `i` of a name is taken for a patronymic: a part after the first of a name of three
 * parts or more ("Vladimir Vladimirovich Putin", "Putin Vladimir Vladimirovich") that ends as one. A
 * surname ending alike is not, as the first part or as the last of two ("Roman Abramovich"); the last
 * of three is, but then the dictionary form writes it and it is matched ("Roman Arkadyevich Abramovich").
 *
 * @param name - An analysed name.
 * @param i - The position of one of its tokens.
 * @returns Whether that token is taken for a patronymic.
 * @example
 * ```ts
 * patronymicAt(analyzeName("Vladimir Vladimirovich Putin"), 1); // true
 * patronymicAt(analyzeName("Roman Abramovich"), 1);             // false: a surname
 * ```
 */
export function patronymicAt(name: AnalyzedName, i: number): boolean {
  if (i === 0 || !endsAsPatronymic((name.tokens[i] as NameToken).text)) return false;
  let parts = 0;
  for (const token of name.tokens) if (token.kind !== "particle") parts++;
  return parts >= 3;
}
