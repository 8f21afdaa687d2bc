// One-edit candidates of Norvig's spelling corrector ("How to Write a Spelling Corrector", 2007) under Damerau's edits (deletion, insertion, substitution, adjacent transposition), each hashed in constant time from its parts by a polynomial rolling hash (Karp & Rabin 1987) before it is spelled out.

const LETTERS = "abcdefghijklmnopqrstuvwxyz";
const LETTER_CODES = Array.from(LETTERS, (letter) => letter.charCodeAt(0));
/** An odd multiplier, so that powers of it never vanish modulo 2^32. */
const BASE = 0x01000193;

/**
 * A 32-bit polynomial hash of a string's UTF-16 code units: the hash {@link oneEditSpellings}
 * computes for each spelling from the token's prefixes and suffixes without writing it out.
 *
 * @param text - Any string.
 * @returns An unsigned 32-bit integer.
 * @example
 * ```ts
 * spellingHash("ab") === spellingHash("ab"); // true
 * spellingHash("ab") === spellingHash("ba"); // false
 * ```
 */
export function spellingHash(text: string): number {
  return spellingHashIn(text, 0, text.length);
}

/**
 * The {@link spellingHash} of `text.slice(start, end)`, read in place.
 *
 * @param text - Any string.
 * @param start - Where the part hashed starts.
 * @param end - Where it ends.
 * @returns An unsigned 32-bit integer.
 * @example
 * ```ts
 * spellingHashIn("ab\nba\n", 3, 5) === spellingHash("ba"); // true
 * ```
 */
export function spellingHashIn(text: string, start: number, end: number): number {
  let hash = 0;
  for (let i = start; i < end; i++) hash = (Math.imul(hash, BASE) + text.charCodeAt(i)) >>> 0;
  return hash;
}

/** `a · b + c` modulo 2^32. */
function mulAdd(a: number, b: number, c: number): number {
  return (Math.imul(a, b) + c) >>> 0;
}

const passAll = (): boolean => true;

/**
 * Every spelling one typing slip away from a lowercase Latin token: a letter left out, a letter
 * added, a letter changed or two neighbours swapped. Looked up as a whole in a vocabulary, they find
 * the typo'd token's intended spelling at any dictionary size, where consonant keys of short or
 * common shapes lead to thousands of tokens ("Zapo" for "Zarpo", "Nsohi" for "Noshi").
 *
 * A token of n letters has about 52n of them. `mayExist` sees each one's {@link spellingHash} first,
 * and only those it passes are written out: with a filter of the vocabulary's hashes, a lookup spells
 * out a few dozen instead of hundreds, and finds the same tokens.
 *
 * @param token - A normalised token; insertions and substitutions use the letters a–z.
 * @param mayExist - Whether a spelling with this hash may be wanted; all are by default.
 * @returns Distinct spellings at edit distance one that `mayExist` passes, the token itself excluded,
 *   in the same order whatever the filter.
 * @example
 * ```ts
 * oneEditSpellings("nsohi").includes("noshi"); // true: a swap
 * oneEditSpellings("zapo").includes("zarpo");  // true: an insertion
 * const wanted = new Set(["zarpo"].map(spellingHash));
 * oneEditSpellings("zapo", (hash) => wanted.has(hash)); // ["zarpo"]
 * ```
 */
export function oneEditSpellings(token: string, mayExist: (hash: number) => boolean = passAll): string[] {
  const n = token.length;
  // prefix[i] hashes token[0, i), suffix[i] hashes token[i, n), power[k] is BASE^k.
  const prefix = new Array<number>(n + 1);
  const suffix = new Array<number>(n + 1);
  const power = new Array<number>(n + 1);
  prefix[0] = 0;
  power[0] = 1;
  for (let i = 0; i < n; i++) prefix[i + 1] = mulAdd(prefix[i] as number, BASE, token.charCodeAt(i));
  for (let k = 1; k <= n; k++) power[k] = Math.imul(power[k - 1] as number, BASE) >>> 0;
  suffix[n] = 0;
  for (let i = n - 1; i >= 0; i--) suffix[i] = (Math.imul(token.charCodeAt(i), power[n - 1 - i] as number) + (suffix[i + 1] as number)) >>> 0;

  const spellings = new Set<string>();
  const add = (spelling: string): void => {
    if (spelling !== token) spellings.add(spelling);
  };
  for (let i = 0; i <= n; i++) {
    const head = prefix[i] as number;
    const tailLength = n - i;
    for (const code of LETTER_CODES) {
      if (mayExist(mulAdd(mulAdd(head, BASE, code), power[tailLength] as number, suffix[i] as number))) add(token.slice(0, i) + String.fromCharCode(code) + token.slice(i));
    }
    if (i === n) break;
    if (mayExist(mulAdd(head, power[tailLength - 1] as number, suffix[i + 1] as number))) add(token.slice(0, i) + token.slice(i + 1));
    for (const code of LETTER_CODES) {
      if (mayExist(mulAdd(mulAdd(head, BASE, code), power[tailLength - 1] as number, suffix[i + 1] as number))) add(token.slice(0, i) + String.fromCharCode(code) + token.slice(i + 1));
    }
    if (i + 1 < n) {
      const swapped = mulAdd(mulAdd(head, BASE, token.charCodeAt(i + 1)), BASE, token.charCodeAt(i));
      if (mayExist(mulAdd(swapped, power[tailLength - 2] as number, suffix[i + 2] as number))) add(token.slice(0, i) + (token[i + 1] as string) + (token[i] as string) + token.slice(i + 2));
    }
  }
  return [...spellings];
}
