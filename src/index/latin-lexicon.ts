// A lexicon trie laid flat as a sorted array (the suffix-array view of a trie, Manber & Myers 1993): a node is a range of words sharing a prefix, a child is found by bisection.
import type { NameIndex } from "./build-index.js";

/** The Latin spellings of a dictionary's Latin tokens, sorted, each with its vocabulary position. */
export interface LatinLexicon {
  /** Romanised spellings in ascending UTF-16 order; a spelling shared by several tokens appears once per token. */
  readonly words: readonly string[];
  /** `ids[k]` is the vocabulary position of the token spelled `words[k]`. */
  readonly ids: Int32Array;
}

/**
 * A node of the lexicon trie: the words from `lo` (inclusive) to `hi` (exclusive), which share
 * their first `depth` letters.
 */
export interface LexiconNode {
  lo: number;
  hi: number;
  depth: number;
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
    const entries: Array<{ word: string; id: number }> = [];
    index.vocabulary.forEach(({ latinWord }, id) => {
      if (latinWord) entries.push({ word: latinWord, id });
    });
    entries.sort((a, b) => (a.word < b.word ? -1 : a.word > b.word ? 1 : a.id - b.id));
    lexicon = { words: entries.map((e) => e.word), ids: Int32Array.from(entries, (e) => e.id) };
    lexicons.set(index, lexicon);
  }
  return lexicon;
}

/**
 * The trie's root: every word, sharing the empty prefix.
 * @example
 * ```ts
 * lexiconRoot({ words: ["kabulov", "zamir"], ids: Int32Array.of(1, 0) }); // { lo: 0, hi: 2, depth: 0 }
 * ```
 */
export function lexiconRoot(lexicon: LatinLexicon): LexiconNode {
  return { lo: 0, hi: lexicon.words.length, depth: 0 };
}

/** The letter of word `k` after the node's prefix, or -1 where the word ends there (such words sort first). */
function letterAt(words: readonly string[], k: number, depth: number): number {
  const word = words[k] as string;
  return depth < word.length ? word.charCodeAt(depth) : -1;
}

/** The first position in [lo, hi) whose letter at `depth` is at least `code`. */
function lowerBound(words: readonly string[], lo: number, hi: number, depth: number, code: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (letterAt(words, mid, depth) < code) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The child of a node along one letter.
 *
 * @param lexicon - From {@link latinLexiconOf}.
 * @param node - A node of it.
 * @param code - A UTF-16 code unit.
 * @returns The child, or undefined when no word continues the prefix with that letter.
 * @example
 * ```ts
 * const lexicon = { words: ["kabul", "kabulov", "zamir"], ids: Int32Array.of(2, 1, 0) };
 * childOf(lexicon, lexiconRoot(lexicon), "k".charCodeAt(0)); // { lo: 0, hi: 2, depth: 1 }
 * ```
 */
export function childOf(lexicon: LatinLexicon, node: LexiconNode, code: number): LexiconNode | undefined {
  if (node.hi - node.lo >= REMEMBER_CHILDREN_FROM) {
    for (const [letter, child] of childrenOf(lexicon, node)) {
      if (letter === code) return child;
      if (letter > code) return undefined;
    }
    return undefined;
  }
  const { words } = lexicon;
  const lo = lowerBound(words, node.lo, node.hi, node.depth, code);
  if (lo === node.hi || letterAt(words, lo, node.depth) !== code) return undefined;
  return { lo, hi: lowerBound(words, lo, node.hi, node.depth, code + 1), depth: node.depth + 1 };
}

/** Below this many words a node's children are found by scanning its words rather than by bisection. */
const SCAN_BELOW = 16;

/**
 * From this many words on, a node's children are remembered per lexicon: the top of the trie, which
 * every decoding walks from the root, is bisected once, not once per lookup. Tokens are at most 64
 * letters, so a node is named by its first word and its depth.
 */
const REMEMBER_CHILDREN_FROM = 64;
const rememberedChildren = new WeakMap<LatinLexicon, Map<number, Array<[code: number, child: LexiconNode]>>>();

/**
 * Every child of a node with its letter, in alphabetical order.
 * @example
 * ```ts
 * const lexicon = { words: ["kabul", "kabulov", "zamir"], ids: Int32Array.of(2, 1, 0) };
 * childrenOf(lexicon, lexiconRoot(lexicon)).map(([code]) => String.fromCharCode(code)); // ["k", "z"]
 * ```
 */
export function childrenOf(lexicon: LatinLexicon, node: LexiconNode): ReadonlyArray<readonly [code: number, child: LexiconNode]> {
  if (node.hi - node.lo < REMEMBER_CHILDREN_FROM) return childrenFound(lexicon, node);
  let remembered = rememberedChildren.get(lexicon);
  if (!remembered) rememberedChildren.set(lexicon, (remembered = new Map()));
  const key = node.lo * 128 + node.depth;
  let children = remembered.get(key);
  if (!children) remembered.set(key, (children = childrenFound(lexicon, node)));
  return children;
}

function childrenFound(lexicon: LatinLexicon, node: LexiconNode): Array<[code: number, child: LexiconNode]> {
  const { words } = lexicon;
  const children: Array<[number, LexiconNode]> = [];
  const scan = node.hi - node.lo < SCAN_BELOW;
  let lo = node.lo;
  while (lo < node.hi && letterAt(words, lo, node.depth) === -1) lo++;
  while (lo < node.hi) {
    const code = letterAt(words, lo, node.depth);
    let hi = lo + 1;
    if (scan) while (hi < node.hi && letterAt(words, hi, node.depth) === code) hi++;
    else hi = lowerBound(words, lo, node.hi, node.depth, code + 1);
    children.push([code, { lo, hi, depth: node.depth + 1 }]);
    lo = hi;
  }
  return children;
}

/**
 * How many children a node has at most: the number of its words, a bound cheaper than counting.
 * @example
 * ```ts
 * childCountBound({ lo: 3, hi: 5, depth: 2 }); // 2
 * ```
 */
export function childCountBound(node: LexiconNode): number {
  return node.hi - node.lo;
}

/**
 * The vocabulary positions of the words a node's prefix spells in full.
 * @example
 * ```ts
 * const lexicon = { words: ["kabul", "kabulov", "zamir"], ids: Int32Array.of(2, 1, 0) };
 * wordsEndingAt(lexicon, { lo: 0, hi: 2, depth: 5 }); // [2]
 * ```
 */
export function wordsEndingAt(lexicon: LatinLexicon, node: LexiconNode): number[] {
  const ids: number[] = [];
  for (let k = node.lo; k < node.hi && (lexicon.words[k] as string).length === node.depth; k++) ids.push(lexicon.ids[k] as number);
  return ids;
}
