// Weighted Damerau-Levenshtein distance (Wagner-Fischer 1974, restricted transpositions) with substitution costs from transliteration confusions, normalised by length as in Merhav & Ash (COLING 2018).
import { keyClassOf } from "../keys/phonetic.js";

const VOWELS = "aeiou";
const WEAK = "hy'";

/** Character codes of l, r, m and n. */
const L = 108, R = 114, M = 109, N = 110;
/** Codes below this have costs of their own; any other letter costs a full edit to insert, drop or swap. */
const TABLED = 128;

/** The cost of swapping two letters of those with costs of their own (1 vowel, 2 weak letter, `cls` the consonant class). */
function substitutionCost(a: number, b: number, kind: Uint8Array, cls: Uint8Array): number {
  if (a === b) return 0;
  const kindA = kind[a], kindB = kind[b];
  if (kindA === 1 && kindB === 1) return 0.3;
  if (cls[a] !== 0 && cls[a] === cls[b]) return 0.3;
  if ((a === L && b === R) || (a === R && b === L) || (a === M && b === N) || (a === N && b === M)) return 0.5;
  if (kindA === 2 || kindB === 2) return 0.6;
  return 1;
}

/** Per tabled code, the cost of inserting or dropping it; per pair of tabled codes, of swapping one for the other. */
interface EditCosts {
  indel: Float64Array;
  substitution: Float64Array;
}

/** Built on first use. */
let COSTS: EditCosts | undefined;

function editCosts(): EditCosts {
  const kind = new Uint8Array(TABLED);
  const cls = new Uint8Array(TABLED);
  for (const c of VOWELS) kind[c.charCodeAt(0)] = 1;
  for (const c of WEAK) kind[c.charCodeAt(0)] = 2;
  for (let code = 0; code < TABLED; code++) {
    const keyClass = keyClassOf(String.fromCharCode(code));
    if (keyClass !== undefined) cls[code] = keyClass.charCodeAt(0);
  }
  const indel = Float64Array.from(kind, (k) => (k !== 0 ? 0.4 : 1));
  const substitution = new Float64Array(TABLED * TABLED);
  for (let a = 0; a < TABLED; a++) for (let b = 0; b < TABLED; b++) substitution[a * TABLED + b] = substitutionCost(a, b, kind, cls);
  return { indel, substitution };
}

const TRANSPOSITION = 0.5;

/** Three rows of the distance table, and per letter of each string its code and the cost of inserting or dropping it. */
interface Scratch {
  rows: [Float64Array, Float64Array, Float64Array];
  codesA: Int32Array;
  codesB: Int32Array;
  indelA: Float64Array;
  indelB: Float64Array;
  /** Where {@link weightedDistance} leaves its answer. */
  distance: Float64Array;
}

/** Reused across calls, made on first use and grown for a longer string: each letter's costs are read once per string, not once per cell. */
let scratch: Scratch | undefined;

function scratchFor(length: number): Scratch {
  if (!scratch || scratch.codesA.length <= length) {
    const size = length + 1;
    scratch = {
      rows: [new Float64Array(size), new Float64Array(size), new Float64Array(size)],
      codesA: new Int32Array(size),
      codesB: new Int32Array(size),
      indelA: new Float64Array(size),
      indelB: new Float64Array(size),
      distance: new Float64Array(1),
    };
  }
  return scratch;
}

/** The codes of `text` and the cost of inserting or dropping each letter, into `codes` and `indels`. */
function readLetters(text: string, codes: Int32Array, indels: Float64Array, indel: Float64Array): void {
  for (let k = 0; k < text.length; k++) {
    const code = text.charCodeAt(k);
    codes[k] = code;
    indels[k] = code < TABLED ? (indel[code] as number) : 1;
  }
}

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
  return Math.max(0, 1 - (weightedDistance(a, b).distance[0] as number) / longer);
}

/**
 * The weighted edit distance of two strings, left in the scratch it returns: a fraction returned by a
 * function the compiler does not inline is boxed, and this one, too long to inline, runs hundreds of
 * times a lookup; {@link soundSimilarity}, short, is inlined where it is called.
 */
function weightedDistance(a: string, b: string): Scratch {
  const { indel, substitution } = (COSTS ??= editCosts());
  const work = scratchFor(Math.max(a.length, b.length));
  const { rows, codesA, codesB, indelA, indelB } = work;
  readLetters(a, codesA, indelA, indel);
  readLetters(b, codesB, indelB, indel);
  const n = b.length;
  let beforePrevious = rows[0];
  let previous = rows[1];
  let current = rows[2];
  previous[0] = 0;
  for (let j = 1; j <= n; j++) previous[j] = (previous[j - 1] as number) + (indelB[j - 1] as number);
  // The letter of `a` before this row's, and of `b` before this cell's (-1 at the start): two neighbours swapped are these two.
  let codeABefore = -1;
  for (let i = 1; i <= a.length; i++) {
    const codeA = codesA[i - 1] as number;
    const deleteA = indelA[i - 1] as number;
    // Where codeA's row of swap costs starts, or -1 when it has none of its own.
    const swaps = codeA < TABLED ? codeA * TABLED : -1;
    // The cells left of, and above and left of, the one computed, carried in locals rather than read back from the rows.
    let left = (previous[0] as number) + deleteA;
    let diagonal = previous[0] as number;
    current[0] = left;
    let codeBBefore = -1;
    for (let j = 1; j <= n; j++) {
      const codeB = codesB[j - 1] as number;
      const above = previous[j] as number;
      let cost = diagonal;
      if (codeA !== codeB) {
        cost += swaps >= 0 && codeB < TABLED ? (substitution[swaps + codeB] as number) : 1;
        // Two neighbours swapped, the commonest typo (Damerau 1964): "Wabma" for "Wamba".
        if (codeA === codeBBefore && codeABefore === codeB) {
          const swapped = (beforePrevious[j - 2] as number) + TRANSPOSITION;
          if (swapped < cost) cost = swapped;
        }
      }
      const dropped = above + deleteA;
      if (dropped < cost) cost = dropped;
      const inserted = left + (indelB[j - 1] as number);
      if (inserted < cost) cost = inserted;
      current[j] = cost;
      left = cost;
      diagonal = above;
      codeBBefore = codeB;
    }
    codeABefore = codeA;
    // Rotated by hand: a destructuring swap builds an array each row until the function is compiled.
    const oldest = beforePrevious;
    beforePrevious = previous;
    previous = current;
    current = oldest;
  }
  work.distance[0] = previous[n] as number;
  return work;
}
