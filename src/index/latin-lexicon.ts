// A lexicon trie built by most-significant-digit radix sorting of its words (McIlroy, Bostic & McIlroy, "Engineering Radix Sort", 1993), breadth first, a level per letter, stored as typed arrays in first-child / next-sibling form (Knuth, TAOCP vol. 1, 2.3.2).
import type { NameIndex, VocabularyEntry } from "./build-index.js";

/**
 * The Latin spellings of a dictionary's Latin tokens, sorted, and the trie of their prefixes. Node 0
 * is the root; node `n` stands for the words from `lo[n]` (inclusive) to `hi[n]` (exclusive), which
 * share their first `depth[n]` letters, the last of them `code[n]`. Its children, in alphabetical
 * order, are `firstChild[n]` and each `nextSibling` after it; -1 ends both.
 */
export interface LatinLexicon {
  /**
   * The vocabulary positions of the tokens, in ascending UTF-16 order of their romanised spellings,
   * tokens spelled alike by position: the k-th word of the lexicon is the spelling of token `ids[k]`.
   */
  readonly ids: Int32Array;
  /** `lengths[k]` is the length of the k-th word. */
  readonly lengths: Int32Array;
  readonly lo: Int32Array;
  readonly hi: Int32Array;
  readonly depth: Int32Array;
  readonly code: Uint16Array;
  readonly firstChild: Int32Array;
  readonly nextSibling: Int32Array;
}

/**
 * A letter's bucket when a node's words are sorted by their next letter: 0 past the word's end, the
 * letters a to z 2 to 27 in their order, any code unit below them 1 and any above them 28, those two
 * then sorted by code unit. Romanised words are in small letters: nearly every letter is a to z.
 */
const END_BUCKET = 0;
const BELOW_A_BUCKET = 1;
const A_BUCKET = 2;
const ABOVE_Z_BUCKET = 28;
const BUCKETS = 29;
const CODE_A = 0x61;
const CODE_Z = 0x7a;
/** A node with this many words or fewer is sorted by insertion, which costs less than counting into every bucket. */
const INSERTION_SORT_MAX = 16;
/** Room for three trie nodes per word to begin with. */
const NODES_PER_WORD = 3;

function bucketOf(code: number): number {
  if (code < 0) return END_BUCKET;
  if (code < CODE_A) return BELOW_A_BUCKET;
  return code > CODE_Z ? ABOVE_Z_BUCKET : code - CODE_A + A_BUCKET;
}

/**
 * Words to build a lexicon of, unsorted, their letters one after another: word `k` is the code units
 * of `letters` from `starts[k]` to `starts[k + 1]`, the spelling of vocabulary token `ids[k]`.
 */
export interface LatinWords {
  readonly ids: Int32Array;
  readonly starts: Int32Array;
  readonly letters: Uint16Array;
}

/**
 * The {@link LatinWords} of a list of spellings.
 *
 * @param words - Spellings.
 * @param ids - `ids[k]` is the vocabulary position of the token spelled `words[k]`.
 * @returns Their letters one after another.
 * @example
 * ```ts
 * latinWords(["kabul", "zamir"], Int32Array.of(4, 7)).starts; // Int32Array.of(0, 5, 10)
 * ```
 */
export function latinWords(words: readonly string[], ids: Int32Array): LatinWords {
  const starts = new Int32Array(words.length + 1);
  for (let k = 0; k < words.length; k++) starts[k + 1] = (starts[k] as number) + (words[k] as string).length;
  const letters = new Uint16Array(starts[words.length] as number);
  for (let k = 0; k < words.length; k++) {
    const word = words[k] as string;
    const at = starts[k] as number;
    for (let i = 0; i < word.length; i++) letters[at + i] = word.charCodeAt(i);
  }
  return { ids, starts, letters };
}

/**
 * The lexicon of a list of words, sorted as it is built: the root stands for every word; each node
 * of a level, in order, sorts its words by their letter at that depth, stably (words that end there
 * first, then by letter, equal words by position), and makes a child of each letter's run, numbered
 * one after another. A level's nodes so come in the order of their words, and each node's children
 * are adjacent: the decoder walks the children of every partial spelling it keeps, and numbered depth
 * first, a node's next sibling lay past its whole subtree, a read of memory the processor had not
 * cached. Each word's letters are read from one array of code units, not from its string scattered
 * in the heap, once per level it reaches. Sorting the 175,000 words of 100,000 entities by key
 * prefixes and then building the trie over them, the first lookup of a name in another script took
 * 257 to 327 ms; built so, 137 to 182 ms.
 *
 * @param words - The words, in any order.
 * @returns The lexicon.
 * @example
 * ```ts
 * const lexicon = latinLexicon(latinWords(["zamir", "kabulov", "kabul"], Int32Array.of(0, 1, 2)));
 * lexicon.ids; // Int32Array.of(2, 1, 0): "kabul", "kabulov", "zamir"
 * String.fromCharCode(lexicon.code[lexicon.firstChild[0]]); // "k"
 * ```
 */
export function latinLexicon(words: LatinWords): LatinLexicon {
  const { starts, letters } = words;
  const n = words.ids.length;
  // A node per distinct prefix: at most one per letter and the root, about two and a half per word in a
  // dictionary of names. Room for three per word, widened if need be: zeroing room for one per letter
  // (1.4 million at 100,000 entities) took 50 to 60 ms.
  const maxNodes = letters.length + 1;
  let nodes = trieColumns(Math.min(maxNodes, NODES_PER_WORD * n + 1));
  // `order[k]` is the position in `words` of the k-th word in the order sorted so far, and `keys[k]` its
  // letter at the depth being sorted, or -1 past its end.
  const order = new Int32Array(n);
  for (let k = 0; k < n; k++) order[k] = k;
  const keys = new Int32Array(n);
  const scratch: BucketScratch = { order: new Int32Array(n), keys: new Int32Array(n), starts: new Int32Array(BUCKETS + 1) };
  nodes.hi[0] = n;
  let next = 1;
  // Plain loops, no call per word: built once per index, this runs mostly before the compiler has seen it.
  for (let parentsFrom = 0, parentsTo = 1; parentsFrom < parentsTo; parentsFrom = parentsTo, parentsTo = next) {
    for (let parent = parentsFrom; parent < parentsTo; parent++) {
      const from = nodes.lo[parent] as number;
      const to = nodes.hi[parent] as number;
      const at = nodes.depth[parent] as number;
      for (let k = from; k < to; k++) {
        const word = order[k] as number;
        const letter = (starts[word] as number) + at;
        keys[k] = letter < (starts[word + 1] as number) ? (letters[letter] as number) : -1;
      }
      if (to - from <= INSERTION_SORT_MAX) sortByInsertion(order, keys, from, to);
      else sortByBuckets(order, keys, scratch, from, to);
      // The words that end here come first; each run of one letter after them is a child, its range ending
      // where its next sibling's starts.
      let child = -1;
      for (let k = from; k < to; k++) {
        const letter = keys[k] as number;
        if (letter < 0 || (k > from && keys[k - 1] === letter)) continue;
        if (next === nodes.lo.length) nodes = widened(nodes, Math.min(maxNodes, 2 * next));
        const node = next++;
        nodes.lo[node] = k;
        nodes.depth[node] = at + 1;
        nodes.code[node] = letter;
        if (child < 0) nodes.firstChild[parent] = node;
        else {
          nodes.nextSibling[child] = node;
          nodes.hi[child] = k;
        }
        child = node;
      }
      if (child >= 0) nodes.hi[child] = to;
    }
  }
  const ids = new Int32Array(n);
  const lengths = new Int32Array(n);
  for (let k = 0; k < n; k++) {
    const word = order[k] as number;
    ids[k] = words.ids[word] as number;
    lengths[k] = (starts[word + 1] as number) - (starts[word] as number);
  }
  // Views of the columns as built, about a sixth of them unused: copying them to their length took 26 to 36 ms.
  return {
    ids,
    lengths,
    lo: nodes.lo.subarray(0, next),
    hi: nodes.hi.subarray(0, next),
    depth: nodes.depth.subarray(0, next),
    code: nodes.code.subarray(0, next),
    firstChild: nodes.firstChild.subarray(0, next),
    nextSibling: nodes.nextSibling.subarray(0, next),
  };
}

/** A trie's columns while it is built, with room for more nodes than it has. */
interface TrieColumns {
  lo: Int32Array;
  hi: Int32Array;
  depth: Int32Array;
  code: Uint16Array;
  firstChild: Int32Array;
  nextSibling: Int32Array;
}

function trieColumns(capacity: number): TrieColumns {
  return {
    lo: new Int32Array(capacity),
    hi: new Int32Array(capacity),
    depth: new Int32Array(capacity),
    code: new Uint16Array(capacity),
    firstChild: new Int32Array(capacity).fill(-1),
    nextSibling: new Int32Array(capacity).fill(-1),
  };
}

/** The columns with room for `capacity` nodes, those made kept. */
function widened(columns: TrieColumns, capacity: number): TrieColumns {
  const wider = trieColumns(capacity);
  wider.lo.set(columns.lo);
  wider.hi.set(columns.hi);
  wider.depth.set(columns.depth);
  wider.code.set(columns.code);
  wider.firstChild.set(columns.firstChild);
  wider.nextSibling.set(columns.nextSibling);
  return wider;
}

/** Sorts `order` and `keys` from `from` to `to` by key, stably, moving each entry past the greater ones before it. */
function sortByInsertion(order: Int32Array, keys: Int32Array, from: number, to: number): void {
  for (let k = from + 1; k < to; k++) {
    const key = keys[k] as number;
    const word = order[k] as number;
    let j = k - 1;
    while (j >= from && (keys[j] as number) > key) {
      keys[j + 1] = keys[j] as number;
      order[j + 1] = order[j] as number;
      j--;
    }
    keys[j + 1] = key;
    order[j + 1] = word;
  }
}

/** Scratch room of a sort by buckets, a word's worth per word. */
interface BucketScratch {
  order: Int32Array;
  keys: Int32Array;
  /** Where each bucket starts, and where the last ends. */
  starts: Int32Array;
}

/**
 * Sorts `order` and `keys` from `from` to `to` by key, stably: counted into buckets ({@link bucketOf}),
 * then each of the two buckets that hold more than one code unit, below a and above z, by code unit.
 */
function sortByBuckets(order: Int32Array, keys: Int32Array, scratch: BucketScratch, from: number, to: number): void {
  const { starts } = scratch;
  starts.fill(0);
  for (let k = from; k < to; k++) {
    const bucket = bucketOf(keys[k] as number) + 1;
    starts[bucket] = (starts[bucket] as number) + 1;
  }
  starts[0] = from;
  for (let b = 1; b <= BUCKETS; b++) starts[b] = (starts[b] as number) + (starts[b - 1] as number);
  const belowAFrom = starts[BELOW_A_BUCKET] as number;
  const belowATo = starts[A_BUCKET] as number;
  const aboveZFrom = starts[ABOVE_Z_BUCKET] as number;
  const aboveZTo = starts[BUCKETS] as number;
  for (let k = from; k < to; k++) {
    const key = keys[k] as number;
    const bucket = bucketOf(key);
    const place = starts[bucket] as number;
    starts[bucket] = place + 1;
    scratch.order[place] = order[k] as number;
    scratch.keys[place] = key;
  }
  order.set(scratch.order.subarray(from, to), from);
  keys.set(scratch.keys.subarray(from, to), from);
  sortByCodeUnit(order, keys, belowAFrom, belowATo);
  sortByCodeUnit(order, keys, aboveZFrom, aboveZTo);
}

/** More than any count of words: 2^26, so that a code unit times it plus a place stays an exact double. */
const PLACES = 2 ** 26;

/**
 * Sorts `order` and `keys` from `from` to `to` by key, stably: a few by insertion, more with each key
 * packed with its place into one number sorted natively.
 */
function sortByCodeUnit(order: Int32Array, keys: Int32Array, from: number, to: number): void {
  if (to - from <= INSERTION_SORT_MAX) {
    sortByInsertion(order, keys, from, to);
    return;
  }
  const packed = new Float64Array(to - from);
  for (let k = from; k < to; k++) packed[k - from] = (keys[k] as number) * PLACES + (k - from);
  packed.sort();
  const words = order.slice(from, to);
  for (let k = 0; k < packed.length; k++) {
    const place = (packed[k] as number) % PLACES;
    order[from + k] = words[place] as number;
    keys[from + k] = Math.floor((packed[k] as number) / PLACES);
  }
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
 * lexicon.ids; // Int32Array.of(1, 0): "kabulov", "zamir"
 * ```
 */
export function latinLexiconOf(index: NameIndex): LatinLexicon {
  let lexicon = lexicons.get(index);
  if (!lexicon) {
    lexicon = latinLexicon(index.readLatinWords());
    lexicons.set(index, lexicon);
  }
  return lexicon;
}

/**
 * The Latin words of a built index: the primary romanisation of each of its tokens written in Latin.
 *
 * @param vocabulary - The index's vocabulary.
 * @returns Their letters one after another.
 * @example
 * ```ts
 * const { vocabulary } = buildIndex([{ id: "z", name: "Zamir Kabulov" }, { id: "k", name: "Кабул" }]);
 * tokensLatinWords(vocabulary).ids; // Int32Array.of(0, 1): "zamir", "kabulov"
 * ```
 */
export function tokensLatinWords(vocabulary: readonly VocabularyEntry[]): LatinWords {
  // Arrays made at their length and filled by a loop, not pushed to nor callbacks: built once per index, this
  // code runs before the compiler has seen it; at 100,000 entities a callback cost the interpreter 60 to 70 ms.
  const ids = new Int32Array(vocabulary.length);
  const words = new Array<string>(vocabulary.length);
  let count = 0;
  for (let id = 0; id < vocabulary.length; id++) {
    const { token } = vocabulary[id] as VocabularyEntry;
    const latin = token.script === "latin" ? token.forms[0]?.latin : undefined;
    if (!latin) continue;
    ids[count] = id;
    words[count++] = latin;
  }
  words.length = count;
  return latinWords(words, ids.slice(0, count));
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
 * const lexicon = latinLexicon(latinWords(["kabul", "kabulov", "zamir"], Int32Array.of(2, 1, 0)));
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
 * const lexicon = latinLexicon(latinWords(["kabul", "kabul", "kabulov"], Int32Array.of(2, 5, 1)));
 * const node = [..."kabul"].reduce((n, c) => childOf(lexicon, n, c.charCodeAt(0)), LEXICON_ROOT);
 * wordsEndingAt(lexicon, node); // [2, 5]
 * ```
 */
export function wordsEndingAt(lexicon: LatinLexicon, node: number): number[] {
  const ids: number[] = [];
  const end = lexicon.hi[node] as number;
  const level = lexicon.depth[node] as number;
  for (let k = lexicon.lo[node] as number; k < end && lexicon.lengths[k] === level; k++) ids.push(lexicon.ids[k] as number);
  return ids;
}
