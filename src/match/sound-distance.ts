// Weighted Damerau-Levenshtein distance (Wagner-Fischer 1974, restricted transpositions) with substitution costs from transliteration confusions, normalised by length as in Merhav & Ash (COLING 2018).
import { keyClassOf } from "../keys/phonetic.js";

const VOWELS = "aeiou";
const WEAK = "hy'";

/** Per character code: 1 vowel, 2 weak letter, 0 otherwise; and the consonant class (0 for none). Built on first use. */
let KIND: Uint8Array | undefined;
let CLASS: Uint8Array | undefined;

function buildTables(): { kind: Uint8Array; cls: Uint8Array } {
  const kind = new Uint8Array(128);
  const cls = new Uint8Array(128);
  for (const c of VOWELS) kind[c.charCodeAt(0)] = 1;
  for (const c of WEAK) kind[c.charCodeAt(0)] = 2;
  for (let code = 0; code < 128; code++) {
    const keyClass = keyClassOf(String.fromCharCode(code));
    if (keyClass !== undefined) cls[code] = keyClass.charCodeAt(0);
  }
  return { kind, cls };
}
/** Character codes of l, r, m and n. */
const L = 108, R = 114, M = 109, N = 110;

function indelCost(code: number, kind: Uint8Array): number {
  return code < 128 && kind[code] !== 0 ? 0.4 : 1;
}

function substitutionCost(a: number, b: number, kind: Uint8Array, cls: Uint8Array): number {
  if (a === b) return 0;
  if (a >= 128 || b >= 128) return 1;
  const kindA = kind[a], kindB = kind[b];
  if (kindA === 1 && kindB === 1) return 0.3;
  if (cls[a] !== 0 && cls[a] === cls[b]) return 0.3;
  if ((a === L && b === R) || (a === R && b === L) || (a === M && b === N) || (a === N && b === M)) return 0.5;
  if (kindA === 2 || kindB === 2) return 0.6;
  return 1;
}

/** Rows reused across calls, made on first use. */
let rowA: Float64Array | undefined;
let rowB: Float64Array | undefined;
let rowC: Float64Array | undefined;
const TRANSPOSITION = 0.5;

/**
 * Similarity of two sound-symbol strings in [0, 1]: one minus their weighted edit distance over the
 * longer length. Two swapped neighbours cost half an edit. Vowels and weak letters (h, y) are cheap to insert, drop or swap, since scripts
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
  if (!KIND || !CLASS) ({ kind: KIND, cls: CLASS } = buildTables());
  const kind = KIND, cls = CLASS;
  if (!rowA || !rowB || !rowC || rowA.length <= b.length) {
    rowA = new Float64Array(b.length + 1);
    rowB = new Float64Array(b.length + 1);
    rowC = new Float64Array(b.length + 1);
  }
  let beforePrevious = rowC;
  let previous = rowA;
  let current = rowB;
  previous[0] = 0;
  for (let j = 1; j <= b.length; j++) previous[j] = (previous[j - 1] as number) + indelCost(b.charCodeAt(j - 1), kind);
  for (let i = 1; i <= a.length; i++) {
    const codeA = a.charCodeAt(i - 1);
    const deleteA = indelCost(codeA, kind);
    current[0] = (previous[0] as number) + deleteA;
    for (let j = 1; j <= b.length; j++) {
      const codeB = b.charCodeAt(j - 1);
      let cost = Math.min(
        (previous[j] as number) + deleteA,
        (current[j - 1] as number) + indelCost(codeB, kind),
        (previous[j - 1] as number) + substitutionCost(codeA, codeB, kind, cls),
      );
      // Two neighbours swapped, the commonest typo (Damerau 1964): "Wabma" for "Wamba".
      if (i > 1 && j > 1 && codeA === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === codeB && codeA !== codeB) {
        cost = Math.min(cost, (beforePrevious[j - 2] as number) + TRANSPOSITION);
      }
      current[j] = cost;
    }
    // Rotated by hand: a destructuring swap builds an array each row until the function is compiled.
    const oldest = beforePrevious;
    beforePrevious = previous;
    previous = current;
    current = oldest;
  }
  return Math.max(0, 1 - (previous[b.length] as number) / longer);
}
