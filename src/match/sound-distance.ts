// Weighted Levenshtein distance (Wagner-Fischer 1974) with substitution costs from transliteration confusions, normalised by length as in Merhav & Ash (COLING 2018).
import { keyClassOf } from "../keys/phonetic.js";

const VOWELS = "aeiou";
const WEAK = "hy'";

function isVowel(symbol: string): boolean {
  return VOWELS.includes(symbol);
}

function indelCost(symbol: string): number {
  return isVowel(symbol) || WEAK.includes(symbol) ? 0.4 : 1;
}

function substitutionCost(a: string, b: string): number {
  if (a === b) return 0;
  if (isVowel(a) && isVowel(b)) return 0.3;
  const classA = keyClassOf(a);
  if (classA !== undefined && classA === keyClassOf(b)) return 0.3;
  if ((a === "l" && b === "r") || (a === "r" && b === "l")) return 0.5;
  if ((a === "m" && b === "n") || (a === "n" && b === "m")) return 0.5;
  if (WEAK.includes(a) || WEAK.includes(b)) return 0.6;
  return 1;
}

/**
 * Similarity of two sound-symbol strings in [0, 1]: one minus their weighted edit distance over the
 * longer length. Vowels and weak letters (h, y) are cheap to insert, drop or swap, since scripts
 * such as Arabic and Hebrew leave short vowels unwritten; consonants of one sound class (p/b/f/v,
 * t/d, k/q/g/kh, s/z/sh/zh/j/ts) are cheap to swap; anything else costs a full edit.
 *
 * @param a - Output of {@link soundSymbols}.
 * @param b - Output of {@link soundSymbols}.
 * @returns 1 for identical strings, 0 for nothing in common.
 * @example
 * ```ts
 * soundSimilarity("matuki", "mutaqi"); // ≈ 0.85
 * soundSimilarity("putin", "lavrov");  // < 0.3
 * ```
 */
export function soundSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const longer = Math.max(a.length, b.length);
  if (longer === 0) return 1;
  let previous = new Array<number>(b.length + 1);
  let current = new Array<number>(b.length + 1);
  previous[0] = 0;
  for (let j = 1; j <= b.length; j++) previous[j] = (previous[j - 1] as number) + indelCost(b[j - 1] as string);
  for (let i = 1; i <= a.length; i++) {
    const symbolA = a[i - 1] as string;
    current[0] = (previous[0] as number) + indelCost(symbolA);
    for (let j = 1; j <= b.length; j++) {
      const symbolB = b[j - 1] as string;
      current[j] = Math.min(
        (previous[j] as number) + indelCost(symbolA),
        (current[j - 1] as number) + indelCost(symbolB),
        (previous[j - 1] as number) + substitutionCost(symbolA, symbolB),
      );
    }
    [previous, current] = [current, previous];
  }
  return Math.max(0, 1 - (previous[b.length] as number) / longer);
}
