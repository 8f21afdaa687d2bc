// Key agreement tallied in an accumulator table over posting lists (Manning, Raghavan & Schütze, Introduction to Information Retrieval, §7.1).
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
 * A {@link VocabularyHits} over a vocabulary of `vocabularySize` tokens: one Int32Array allocated on
 * first use and left clean after each lookup, so that a key leading to thousands of tokens costs an
 * addition each, not a hash-table entry. It is not safe to use from within itself.
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
  let hitsOf: Int32Array | undefined;
  const touched: number[] = [];
  const table = (): Int32Array => (hitsOf ??= new Int32Array(vocabularySize));
  return {
    set(id, hits) {
      const tally = table();
      if (tally[id] === 0) touched.push(id);
      tally[id] = hits;
    },
    add(ids, weight) {
      if (!ids) return;
      const tally = table();
      for (let k = 0; k < ids.length; k++) {
        const id = ids[k] as number;
        if (tally[id] === 0) touched.push(id);
        tally[id] = (tally[id] as number) + weight;
      }
    },
    count: () => touched.length,
    takeMostAgreed(size, gapOf) {
      const tally = table();
      let kept = touched.slice();
      // Plain loops: a common key leads to thousands of tokens.
      if (kept.length > size) {
        const counts = new Float64Array(kept.length);
        for (let k = 0; k < kept.length; k++) counts[k] = tally[kept[k] as number] as number;
        const floor = selectRank(counts, kept.length - size);
        kept = [];
        for (const id of touched) if ((tally[id] as number) >= floor) kept.push(id);
        if (kept.length > size) {
          // Hits and gaps are whole numbers, so ten times the score is exact and packs with the
          // position into one number, higher for a better score and then for a lower position.
          const keys = new Float64Array(kept.length);
          for (let k = 0; k < kept.length; k++) {
            const id = kept[k] as number;
            keys[k] = (10 * (tally[id] as number) - gapOf(id)) * POSITIONS - id;
          }
          const cut = selectRank(keys.slice(), keys.length - size);
          const best: number[] = [];
          for (let k = 0; k < keys.length; k++) if ((keys[k] as number) >= cut) best.push(k);
          const chosen = kept;
          kept = best.sort((x, y) => (keys[y] as number) - (keys[x] as number)).map((k) => chosen[k] as number);
        } else kept.sort((x, y) => (tally[y] as number) - (tally[x] as number));
      }
      for (const id of touched) tally[id] = 0;
      touched.length = 0;
      return kept;
    },
  };
}
