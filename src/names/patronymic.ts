// Russian and Ukrainian patronymics by their endings as BGN/PCGN romanisation writes them (-ович, -евич, -овна, -евна, -ична; -івна) and by their place in a full name.
import type { AnalyzedName, NameToken } from "./analyze.js";

const PATRONYMIC_ENDINGS = ["ovich", "evich", "ovych", "evych", "ovna", "evna", "ivna", "ichna"];
/** Letters a patronymic has before its ending, the father's given name: "Lvovich" (of Lev) has two. */
const PATRONYMIC_MIN_STEM = 2;

/** Whether a token ends as a patronymic does ("Vladimirovich", "Владимировна"). */
function endsAsPatronymic(token: NameToken): boolean {
  const latin = token.forms[0]?.latin ?? "";
  return PATRONYMIC_ENDINGS.some((ending) => latin.length >= ending.length + PATRONYMIC_MIN_STEM && latin.endsWith(ending));
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
  if (i === 0 || !endsAsPatronymic(name.tokens[i] as NameToken)) return false;
  let parts = 0;
  for (const token of name.tokens) if (token.kind !== "particle") parts++;
  return parts >= 3;
}
