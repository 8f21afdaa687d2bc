// A Bloom filter (Bloom, "Space/time trade-offs in hash coding with allowable errors", 1970) with two bit positions per key, derived from one 32-bit hash by two multiplicative mixes (Knuth, TAOCP vol. 3, 6.4).
import { spellingHash, spellingHashIn } from "../keys/spelling-edits.js";
import { lineAt, lineCount, linesOf, type Lines } from "./lines.js";
import type { NameIndex } from "./build-index.js";

/** Bits per vocabulary token: with two positions per token, about 1.4 % of absent spellings pass. */
const BITS_PER_TOKEN = 16;
const MIX_A = 0x9e3779b1;
const MIX_B = 0x85ebca77;

/** Whether a spelling with this {@link spellingHash} may be a token of the vocabulary: never false for one that is. */
export type SpellingFilter = (hash: number) => boolean;

/**
 * A filter of a list of spellings by their {@link spellingHash}: true for every one of them, and for
 * a small share of other hashes. The spellings are lines, as an index holds its vocabulary's texts,
 * hashed in place.
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
  const count = lineCount(spellings);
  let bits = 64;
  while (bits < BITS_PER_TOKEN * count) bits *= 2;
  const shift = 32 - Math.log2(bits);
  const words = new Int32Array(bits / 32);
  const set = (position: number): void => {
    words[position >>> 5] = (words[position >>> 5] as number) | (1 << (position & 31));
  };
  const isSet = (position: number): boolean => ((words[position >>> 5] as number) & (1 << (position & 31))) !== 0;
  const { text, starts } = spellings;
  // A line is hashed where it lies unless some line is escaped (a vocabulary's tokens never are).
  const escaped = text.includes("\\");
  for (let line = 0; line < count; line++) {
    const hash = escaped ? spellingHash(lineAt(spellings, line)) : spellingHashIn(text, starts[line] as number, (starts[line + 1] as number) - 1);
    set(Math.imul(hash, MIX_A) >>> shift);
    set(Math.imul(hash, MIX_B) >>> shift);
  }
  return (hash) => isSet(Math.imul(hash, MIX_A) >>> shift) && isSet(Math.imul(hash, MIX_B) >>> shift);
}

const filters = new WeakMap<NameIndex, SpellingFilter>();

/**
 * The filter of an index's vocabulary, built on first use (a few milliseconds at 100,000 entities, 60 to
 * 100 ms more for a built index, whose tokens' texts are joined into lines then) and
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
    // A built index's texts are its tokens'; joined here, on first use, not at every build.
    filter = spellingFilter(index.vocabularyTexts ?? linesOf(index.vocabulary.map((entry) => entry.token.text)));
    filters.set(index, filter);
  }
  return filter;
}
