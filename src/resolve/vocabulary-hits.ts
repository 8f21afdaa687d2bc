// Key agreement tallied in an accumulator table over posting lists (Manning, Raghavan & Schütze, Introduction to Information Retrieval, §7.1).
import { descending } from "../match/descending.js";
import { selectRank } from "../match/select-rank.js";

/**
 * How many of a query token's keys lead to each vocabulary token, tallied for one lookup at a time.
 * Tokens are kept in the order first hit.
 */
export interface VocabularyHits {
  /** Gives a token its hits outright (a spelling found whole), before any key adds to them. */
  set(id: number, hits: number): void;
  /** Adds `weight` hits to every token listed. */
  add(ids: Int32Array | undefined, weight: number): void;
  /** How many tokens have hits. */
  count(): number;
  /**
   * The `size` tokens most agreed on, and clears the tally for the next lookup. Of the tokens with
   * the most hits, at least `size` where there are, the whole bucket of the smallest count taken,
   * are kept; when more than `size`, the best by hits less a tenth of `gapOf(id)` (the difference
   * in length from the query), ties by position. All tokens hit, in the order first hit, when there
   * are at most `size`.
   */
  takeMostAgreed(size: number, gapOf: (id: number) => number): number[];
}

/** More than any vocabulary position: 2^26, so that a score times it plus a position stays an exact double. */
const POSITIONS = 2 ** 26;

/**
 * A {@link VocabularyHits} over a vocabulary of `vocabularySize` tokens: its arrays are allocated on
 * first use, kept and left clean after each lookup, so that a key leading to thousands of tokens costs
 * an addition each, not a hash-table entry, and a lookup allocates nothing in proportion to its hits.
 * It is not safe to use from within itself.
 *
 * @param vocabularySize - Tokens in the index's vocabulary.
 * @returns An empty tally.
 * @example
 * ```ts
 * const hits = vocabularyHits(10);
 * hits.add(Int32Array.of(3, 7), 2);
 * hits.add(Int32Array.of(7), 1);
 * hits.takeMostAgreed(1, () => 0); // [7]
 * ```
 */
export function vocabularyHits(vocabularySize: number): VocabularyHits {
  // Per token its hits; the tokens hit, in order, as the first `touchedCount` of `touched`; and room for
  // ranking them, grown as lookups need.
  // Sixteen bits a token: a lookup adds to random places of the tally, which at 100,000 entities is
  // half as likely to be in the processor's cache so. No token comes near 2^16 hits: at most 1,000
  // outright, then two per key and one per deletion of a key, whose keys are at most 64 letters long
  // (MAX_TOKEN_LENGTH) and a few dozen: a few thousand.
  let tally: Uint16Array | undefined;
  let touched: Int32Array | undefined;
  let touchedCount = 0;
  let counts = new Float64Array(0);
  let ranks = new Float64Array(0);
  let kept = new Int32Array(0);
  const tallyOf = (): Uint16Array => {
    if (!tally) {
      tally = new Uint16Array(vocabularySize);
      touched = new Int32Array(vocabularySize);
    }
    return tally;
  };
  const roomFor = (size: number): void => {
    if (counts.length >= size) return;
    const length = Math.max(size, 2 * counts.length);
    counts = new Float64Array(length);
    ranks = new Float64Array(length);
    kept = new Int32Array(length);
  };
  const touch = (id: number): void => {
    (touched as Int32Array)[touchedCount++] = id;
  };
  return {
    set(id, hits) {
      const table = tallyOf();
      if (table[id] === 0) touch(id);
      table[id] = hits;
    },
    add(ids, weight) {
      if (!ids) return;
      const table = tallyOf();
      for (let k = 0; k < ids.length; k++) {
        const id = ids[k] as number;
        if (table[id] === 0) touch(id);
        table[id] = (table[id] as number) + weight;
      }
    },
    count: () => touchedCount,
    takeMostAgreed(size, gapOf) {
      const table = tallyOf();
      const hit = touched as Int32Array;
      const n = touchedCount;
      let result: number[];
      // Plain loops over typed arrays: a common key leads to thousands of tokens.
      if (n <= size) result = Array.from(hit.subarray(0, n));
      else {
        roomFor(n);
        for (let k = 0; k < n; k++) counts[k] = table[hit[k] as number] as number;
        const floor = selectRank(counts.subarray(0, n), n - size);
        let keptCount = 0;
        for (let k = 0; k < n; k++) if ((table[hit[k] as number] as number) >= floor) kept[keptCount++] = hit[k] as number;
        if (keptCount <= size) {
          result = Array.from(kept.subarray(0, keptCount)).sort((x, y) => (table[y] as number) - (table[x] as number));
        } else {
          // Hits and gaps are whole numbers, so ten times the score is exact and packs with the
          // position into one number, higher for a better score and then for a lower position.
          for (let k = 0; k < keptCount; k++) {
            const id = kept[k] as number;
            ranks[k] = (10 * (table[id] as number) - gapOf(id)) * POSITIONS - id;
            counts[k] = ranks[k] as number;
          }
          const cut = selectRank(counts.subarray(0, keptCount), keptCount - size);
          const best: number[] = [];
          for (let k = 0; k < keptCount; k++) if ((ranks[k] as number) >= cut) best.push(k);
          result = best.sort((x, y) => descending(ranks[x] as number, ranks[y] as number)).map((k) => kept[k] as number);
        }
      }
      for (let k = 0; k < n; k++) table[hit[k] as number] = 0;
      touchedCount = 0;
      return result;
    },
  };
}
