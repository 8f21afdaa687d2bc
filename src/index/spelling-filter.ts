// A Bloom filter (Bloom, "Space/time trade-offs in hash coding with allowable errors", 1970) with two bit positions per key, derived from one 32-bit hash by two multiplicative mixes (Knuth, TAOCP vol. 3, 6.4).
import { spellingHash, spellingHashIn } from "../keys/spelling-edits.js";
import { lineAt, lineCount, type Lines } from "./lines.js";
import { vocabularyEntry, type NameIndex } from "./build-index.js";

/** Bits per vocabulary token: with two positions per token, about 1.4 % of absent spellings pass. */
const BITS_PER_TOKEN = 16;
const MIX_A = 0x9e3779b1;
const MIX_B = 0x85ebca77;

/** Whether a spelling with this {@link spellingHash} may be a token of the vocabulary: never false for one that is. */
export type SpellingFilter = (hash: number) => boolean;

/** A filter passing the {@link spellingHash} that `hashAt` gives for each position below `count`. */
function filterOf(count: number, hashAt: (position: number) => number): SpellingFilter {
  let bits = 64;
  while (bits < BITS_PER_TOKEN * count) bits *= 2;
  const shift = 32 - Math.log2(bits);
  const words = new Int32Array(bits / 32);
  const set = (position: number): void => {
    words[position >>> 5] = (words[position >>> 5] as number) | (1 << (position & 31));
  };
  const isSet = (position: number): boolean => ((words[position >>> 5] as number) & (1 << (position & 31))) !== 0;
  for (let position = 0; position < count; position++) {
    const hash = hashAt(position);
    set(Math.imul(hash, MIX_A) >>> shift);
    set(Math.imul(hash, MIX_B) >>> shift);
  }
  return (hash) => isSet(Math.imul(hash, MIX_A) >>> shift) && isSet(Math.imul(hash, MIX_B) >>> shift);
}

/**
 * A filter of a list of spellings by their {@link spellingHash}: true for every one of them, and for
 * a small share of other hashes. The spellings are lines, as a loaded index holds its vocabulary's
 * texts, hashed in place.
 *
 * @param spellings - The spellings to pass, a line each.
 * @returns The filter.
 * @example
 * ```ts
 * const mayExist = spellingFilter(linesOf(["zarpo", "noshi"]));
 * mayExist(spellingHash("zarpo")); // true
 * mayExist(spellingHash("zorpo")); // false: not one of them (a filter passes a few others)
 * ```
 */
export function spellingFilter(spellings: Lines): SpellingFilter {
  const { text, starts } = spellings;
  // A line is hashed where it lies unless some line is escaped (a vocabulary's tokens never are).
  const escaped = text.includes("\\");
  return filterOf(lineCount(spellings), (line) =>
    escaped ? spellingHash(lineAt(spellings, line)) : spellingHashIn(text, starts[line] as number, (starts[line + 1] as number) - 1),
  );
}

const filters = new WeakMap<NameIndex, SpellingFilter>();

/**
 * The filter of an index's vocabulary, built on first use (30 to 45 ms at 100,000 entities) and
 * kept for the index: a lookup's one-edit spellings are spelled out and looked up only when it passes them.
 *
 * @param index - A built or loaded index.
 * @returns The same filter on every call for one index.
 * @example
 * ```ts
 * const mayExist = spellingFilterOf(buildIndex([{ id: "z", name: "Zamir Kabulov" }]));
 * mayExist(spellingHash("kabulov")); // true
 * ```
 */
export function spellingFilterOf(index: NameIndex): SpellingFilter {
  let filter = filters.get(index);
  if (!filter) {
    const { vocabulary, vocabularyTexts } = index;
    // A built index's texts are its tokens'.
    filter = vocabularyTexts ? spellingFilter(vocabularyTexts) : filterOf(vocabulary.length, (id) => spellingHash(vocabularyEntry(index, id).token.text));
    filters.set(index, filter);
  }
  return filter;
}
