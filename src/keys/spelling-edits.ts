// One-edit candidates of Norvig's spelling corrector ("How to Write a Spelling Corrector", 2007) under Damerau's edits (deletion, insertion, substitution, adjacent transposition).

const LETTERS = "abcdefghijklmnopqrstuvwxyz";

/**
 * Every spelling one typing slip away from a lowercase Latin token: a letter left out, a letter
 * added, a letter changed or two neighbours swapped. Looked up as a whole in a vocabulary, they find
 * the typo'd token's intended spelling at any dictionary size, where consonant keys of short or
 * common shapes lead to thousands of tokens ("Zapo" for "Zarpo", "Nsohi" for "Noshi").
 *
 * @param token - A normalised token; insertions and substitutions use the letters a–z.
 * @returns Distinct spellings at edit distance one, the token itself excluded.
 * @example
 * ```ts
 * oneEditSpellings("nsohi").includes("noshi"); // true: a swap
 * oneEditSpellings("zapo").includes("zarpo");  // true: an insertion
 * ```
 */
export function oneEditSpellings(token: string): string[] {
  const spellings = new Set<string>();
  for (let i = 0; i <= token.length; i++) {
    const head = token.slice(0, i);
    const tail = token.slice(i);
    for (const letter of LETTERS) spellings.add(head + letter + tail);
    if (i === token.length) break;
    const rest = token.slice(i + 1);
    spellings.add(head + rest);
    for (const letter of LETTERS) spellings.add(head + letter + rest);
    if (i + 1 < token.length) spellings.add(head + (token[i + 1] as string) + (token[i] as string) + token.slice(i + 2));
  }
  spellings.delete(token);
  return [...spellings];
}
