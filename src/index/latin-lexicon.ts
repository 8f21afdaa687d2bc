// A lexicon trie built from sorted words and their longest common prefixes (as a suffix tree is from a suffix array and its LCP array, Kasai et al. 2001), level by level, stored as typed arrays in first-child / next-sibling form (Knuth, TAOCP vol. 1, 2.3.2); the words sorted by key prefixes, comparing whole words only where prefixes tie (AlphaSort, Nyberg et al. 1994).
import { inCodeUnitOrder } from "../match/code-unit-order.js";
import type { NameIndex } from "./build-index.js";

/**
 * The Latin spellings of a dictionary's Latin tokens, sorted, and the trie of their prefixes. Node 0
 * is the root; node `n` stands for the words from `lo[n]` (inclusive) to `hi[n]` (exclusive), which
 * share their first `depth[n]` letters, the last of them `code[n]`. Its children, in alphabetical
 * order, are `firstChild[n]` and each `nextSibling` after it; -1 ends both.
 */
export interface LatinLexicon {
  /** Romanised spellings in ascending UTF-16 order; a spelling shared by several tokens appears once per token. */
  readonly words: readonly string[];
  /** `ids[k]` is the vocabulary position of the token spelled `words[k]`. */
  readonly ids: Int32Array;
  readonly lo: Int32Array;
  readonly hi: Int32Array;
  readonly depth: Int32Array;
  readonly code: Uint16Array;
  readonly firstChild: Int32Array;
  readonly nextSibling: Int32Array;
}

/**
 * The lexicon of sorted words, its trie built level by level: the nodes of a level are numbered in
 * the order of their words, so each node's children are numbered one after another. The decoder
 * walks the children of every partial spelling it keeps; numbered depth first, as one pass over the
 * words would, a node's next sibling lay past its whole subtree, and each step of the walk read memory
 * the processor had not cached.
 *
 * @param words - Spellings in ascending UTF-16 order.
 * @param ids - `ids[k]` is the vocabulary position of `words[k]`.
 * @returns The lexicon.
 * @example
 * ```ts
 * const lexicon = latinLexicon(["kabul", "kabulov", "zamir"], Int32Array.of(2, 1, 0));
 * String.fromCharCode(lexicon.code[lexicon.firstChild[0]]); // "k"
 * ```
 */
export function latinLexicon(words: readonly string[], ids: Int32Array): LatinLexicon {
  // A first pass measures each word and the prefix it shares with the word before, and counts the nodes
  // (one per letter after that prefix), so that the arrays are allocated once at their size: at 175,000
  // words, allocating for every letter took longer than building.
  const lengths = new Int32Array(words.length);
  const sharedWithPrevious = new Int32Array(words.length);
  let count = 1;
  let longest = 0;
  for (let k = 0; k < words.length; k++) {
    const word = words[k] as string;
    lengths[k] = word.length;
    sharedWithPrevious[k] = k > 0 ? sharedPrefix(word, words[k - 1] as string) : 0;
    count += word.length - (sharedWithPrevious[k] as number);
    longest = Math.max(longest, word.length);
  }
  const lo = new Int32Array(count);
  const hi = new Int32Array(count);
  const depth = new Int32Array(count);
  const code = new Uint16Array(count);
  const firstChild = new Int32Array(count).fill(-1);
  const nextSibling = new Int32Array(count).fill(-1);
  hi[0] = words.length;
  let next = 1;
  // The nodes of the level above, a range of numbers: a word of a parent's range begins a child unless it
  // shares the child's letters with the word before it; the words too short for the level come first.
  for (let level = 1, parentsFrom = 0, parentsTo = 1; level <= longest; level++, parentsFrom = parentsTo, parentsTo = next) {
    for (let parent = parentsFrom; parent < parentsTo; parent++) {
      const end = hi[parent] as number;
      let child = -1;
      for (let k = lo[parent] as number; k < end; k++) {
        if ((lengths[k] as number) < level || (child >= 0 && (sharedWithPrevious[k] as number) >= level)) continue;
        const node = next++;
        lo[node] = k;
        depth[node] = level;
        code[node] = (words[k] as string).charCodeAt(level - 1);
        if (child < 0) firstChild[parent] = node;
        else {
          nextSibling[child] = node;
          hi[child] = k;
        }
        child = node;
      }
      if (child >= 0) hi[child] = end;
    }
  }
  return { words, ids, lo, hi, depth, code, firstChild, nextSibling };
}

/** How many first letters two words share. */
function sharedPrefix(a: string, b: string): number {
  const limit = Math.min(a.length, b.length);
  let shared = 0;
  while (shared < limit && a.charCodeAt(shared) === b.charCodeAt(shared)) shared++;
  return shared;
}

/**
 * A letter's digit in a sort key: 0 past the word's end, the letters a to z 2 to 27 in their order,
 * any code unit below them 1 and any above them 28. Words are romanised, in small letters: nearly
 * every letter is a to z, and a key of 29 digits holds seven of them where one of 256 held four.
 */
const END_DIGIT = 0;
const BELOW_A_DIGIT = 1;
const A_DIGIT = 2;
const ABOVE_Z_DIGIT = 28;
const KEY_BASE = 29;
const CODE_A = 0x61;
const CODE_Z = 0x7a;
/** Integers up to 2^53 are exact doubles. */
const EXACT_BITS = 53;

function keyDigit(code: number): number {
  if (code < CODE_A) return BELOW_A_DIGIT;
  return code > CODE_Z ? ABOVE_Z_DIGIT : code - CODE_A + A_DIGIT;
}

/**
 * The positions of `words` in ascending UTF-16 order, ties by position. Each word's first letters and
 * its position are packed into one number, and the numbers sorted as a typed array, natively; only
 * words whose first letters tie are compared whole. From a code unit other than a to z on, a key's
 * digits are all that unit's (below a or above z), so that words sharing the letters before it tie
 * and are compared whole. Comparing 175,000 words whole, each read from scattered memory about
 * eighteen times, took 300 to 450 ms of the first lookup of a name in another script at 100,000
 * entities; this takes a fraction of it.
 *
 * @param words - Any words.
 * @returns Positions in `words`, in the order of the words.
 * @example
 * ```ts
 * spellingOrder(["zamir", "kabulov", "kabul", "kabul"]); // Int32Array.of(2, 3, 1, 0)
 * ```
 */
export function spellingOrder(words: readonly string[]): Int32Array {
  let positionBits = 1;
  while (2 ** positionBits < words.length) positionBits++;
  const positions = 2 ** positionBits;
  const letters = Math.floor((EXACT_BITS - positionBits) / Math.log2(KEY_BASE));
  const keys = new Float64Array(words.length);
  for (let k = 0; k < words.length; k++) {
    const word = words[k] as string;
    let prefix = 0;
    let beyond = END_DIGIT;
    for (let i = 0; i < letters; i++) {
      let digit = beyond;
      if (beyond === END_DIGIT && i < word.length) {
        digit = keyDigit(word.charCodeAt(i));
        if (digit === BELOW_A_DIGIT || digit === ABOVE_Z_DIGIT) beyond = digit;
      }
      prefix = prefix * KEY_BASE + digit;
    }
    keys[k] = prefix * positions + k;
  }
  keys.sort();
  const order = new Int32Array(words.length);
  for (let k = 0; k < words.length; k++) order[k] = (keys[k] as number) % positions;
  const prefixAt = (k: number): number => Math.floor((keys[k] as number) / positions);
  for (let start = 0, end = 1; start < words.length; start = end++) {
    while (end < words.length && prefixAt(end) === prefixAt(start)) end++;
    if (end - start < 2) continue;
    const tied = Array.from(order.subarray(start, end));
    tied.sort((a, b) => inCodeUnitOrder(words[a] as string, words[b] as string) || a - b);
    order.set(tied, start);
  }
  return order;
}

const lexicons = new WeakMap<NameIndex, LatinLexicon>();

/**
 * The index's Latin lexicon, built on first use: only lookups of names in other scripts walk it,
 * so a dictionary that never meets one never pays for it.
 *
 * @param index - A built or loaded index.
 * @returns The same lexicon on every call for one index.
 * @example
 * ```ts
 * const lexicon = latinLexiconOf(buildIndex([{ id: "z", name: "Zamir Kabulov" }]));
 * lexicon.words; // ["kabulov", "zamir"]
 * ```
 */
export function latinLexiconOf(index: NameIndex): LatinLexicon {
  let lexicon = lexicons.get(index);
  if (!lexicon) {
    // Loops, not callbacks: built once per index, this code runs before the compiler has seen it, and
    // the interpreter's call per token of 237,000 cost 60 to 70 ms a callback at 100,000 entities.
    const words: string[] = [];
    const ids: number[] = [];
    const { vocabulary } = index;
    for (let id = 0; id < vocabulary.length; id++) {
      const { latinWord } = vocabulary[id] as NameIndex["vocabulary"][number];
      if (!latinWord) continue;
      words.push(latinWord);
      ids.push(id);
    }
    const order = spellingOrder(words);
    const sortedWords: string[] = new Array(order.length);
    const sortedIds = new Int32Array(order.length);
    for (let k = 0; k < order.length; k++) {
      sortedWords[k] = words[order[k] as number] as string;
      sortedIds[k] = ids[order[k] as number] as number;
    }
    lexicon = latinLexicon(sortedWords, sortedIds);
    lexicons.set(index, lexicon);
  }
  return lexicon;
}

/**
 * The trie's root: every word, sharing the empty prefix.
 * @example
 * ```ts
 * LEXICON_ROOT; // 0
 * ```
 */
export const LEXICON_ROOT = 0;

/**
 * The child of a node along one letter, in a lexicon or any trie whose children are chained in
 * alphabetical order (the decoder's tries of a unit's emissions).
 *
 * @param lexicon - From {@link latinLexiconOf}, or another trie laid out the same way.
 * @param node - A node of it.
 * @param code - A UTF-16 code unit.
 * @returns The child, or -1 when no word continues the prefix with that letter.
 * @example
 * ```ts
 * const lexicon = latinLexicon(["kabul", "kabulov", "zamir"], Int32Array.of(2, 1, 0));
 * const k = childOf(lexicon, LEXICON_ROOT, "k".charCodeAt(0));
 * [lexicon.lo[k], lexicon.hi[k]]; // [0, 2]: "kabul" and "kabulov"
 * childOf(lexicon, k, "x".charCodeAt(0)); // -1
 * ```
 */
export function childOf(lexicon: Pick<LatinLexicon, "code" | "firstChild" | "nextSibling">, node: number, code: number): number {
  const { code: codes, nextSibling } = lexicon;
  for (let child = lexicon.firstChild[node] as number; child >= 0; child = nextSibling[child] as number) {
    const letter = codes[child] as number;
    if (letter === code) return child;
    if (letter > code) return -1;
  }
  return -1;
}

/**
 * The vocabulary positions of the words a node's prefix spells in full.
 * @example
 * ```ts
 * const lexicon = latinLexicon(["kabul", "kabul", "kabulov"], Int32Array.of(2, 5, 1));
 * const node = [..."kabul"].reduce((n, c) => childOf(lexicon, n, c.charCodeAt(0)), LEXICON_ROOT);
 * wordsEndingAt(lexicon, node); // [2, 5]
 * ```
 */
export function wordsEndingAt(lexicon: LatinLexicon, node: number): number[] {
  const ids: number[] = [];
  const end = lexicon.hi[node] as number;
  const level = lexicon.depth[node] as number;
  for (let k = lexicon.lo[node] as number; k < end && (lexicon.words[k] as string).length === level; k++) ids.push(lexicon.ids[k] as number);
  return ids;
}
