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
   * are kept; when more than `size`, the best by hits less a tenth of the gap between `length` and
   * the token's length, ties by position. All tokens hit, in the order first hit, when there are at
   * most `size`.
   */
  takeMostAgreed(size: number, length: number): number[];
}

/** More than any vocabulary position: 2^26, so that a score times it plus a position stays an exact double. */
const POSITIONS = 2 ** 26;

/**
 * A {@link VocabularyHits} over a vocabulary whose tokens have the lengths given (of their sound
 * symbols, say): its arrays are allocated on first use, kept and left clean after each lookup, so
 * that a key leading to thousands of tokens costs an addition each, not a hash-table entry, and a
 * lookup allocates nothing in proportion to its hits. It is not safe to use from within itself.
 *
 * @param lengths - Per vocabulary token, the length its gap from the query's is measured on (below 2^16).
 * @returns An empty tally.
 * @example
 * ```ts
 * const hits = vocabularyHits(new Uint16Array(10));
 * hits.add(Int32Array.of(3, 7), 2);
 * hits.add(Int32Array.of(7), 1);
 * hits.takeMostAgreed(1, 0); // [7]
 * ```
 */
export function vocabularyHits(lengths: ArrayLike<number>): VocabularyHits {
  // Per token, side by side, its hits and its length: a lookup adds to random places of the tally, and
  // ranking reads the length of hundreds of the tokens hit, which a table of lengths apart made a miss
  // of the processor's cache each. Sixteen bits each: no token comes near 2^16 hits, at most 1,000
  // outright, then two per key and one per deletion of a key, whose keys are at most 64 letters long
  // (MAX_TOKEN_LENGTH) and a few dozen: a few thousand; and a token's length, of such a token's
  // sound symbols, is less still.
  let tally: Uint16Array | undefined;
  // The tokens hit, in order, as the first `touchedCount` of `touched`; and room for ranking them, grown as lookups need.
  let touched: Int32Array | undefined;
  let touchedCount = 0;
  let hitCounts = new Float64Array(0);
  let counts = new Float64Array(0);
  let ranks = new Float64Array(0);
  let kept = new Int32Array(0);
  const tallyOf = (): Uint16Array => {
    if (!tally) {
      tally = new Uint16Array(2 * lengths.length);
      for (let id = 0; id < lengths.length; id++) tally[2 * id + 1] = lengths[id] as number;
      touched = new Int32Array(lengths.length);
    }
    return tally;
  };
  const roomFor = (size: number): void => {
    if (counts.length >= size) return;
    const length = Math.max(size, 2 * counts.length);
    hitCounts = new Float64Array(length);
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
      if (table[2 * id] === 0) touch(id);
      table[2 * id] = hits;
    },
    add(ids, weight) {
      if (!ids) return;
      const table = tallyOf();
      for (let k = 0; k < ids.length; k++) {
        const at = 2 * (ids[k] as number);
        if (table[at] === 0) touch(at >>> 1);
        table[at] = (table[at] as number) + weight;
      }
    },
    count: () => touchedCount,
    takeMostAgreed(size, length) {
      const table = tallyOf();
      const hit = touched as Int32Array;
      const n = touchedCount;
      touchedCount = 0;
      if (n <= size) {
        for (let k = 0; k < n; k++) table[2 * (hit[k] as number)] = 0;
        return Array.from(hit.subarray(0, n));
      }
      roomFor(n);
      // Plain loops over typed arrays: a common key leads to thousands of tokens. Each token's hits
      // are read once, in order of first hit, and cleared for the next lookup.
      for (let k = 0; k < n; k++) {
        const at = 2 * (hit[k] as number);
        hitCounts[k] = table[at] as number;
        table[at] = 0;
      }
      counts.set(hitCounts.subarray(0, n));
      const floor = selectRank(counts.subarray(0, n), n - size);
      // Of the tokens with at least the floor's hits, their places in order of first hit.
      let keptCount = 0;
      for (let k = 0; k < n; k++) if ((hitCounts[k] as number) >= floor) kept[keptCount++] = k;
      if (keptCount <= size) {
        // By hits, most first, ties in the order first hit: an insertion sort of at most `size` places, stable.
        const byHits = new Array<number>(keptCount);
        for (let k = 0; k < keptCount; k++) {
          const place = kept[k] as number;
          let at = k;
          for (; at > 0 && (hitCounts[byHits[at - 1] as number] as number) < (hitCounts[place] as number); at--) byHits[at] = byHits[at - 1] as number;
          byHits[at] = place;
        }
        for (let k = 0; k < keptCount; k++) byHits[k] = hit[byHits[k] as number] as number;
        return byHits;
      }
      // Hits and gaps are whole numbers, so ten times the score is exact and packs with the
      // position into one number, higher for a better score and then for a lower position.
      for (let k = 0; k < keptCount; k++) {
        const place = kept[k] as number;
        const id = hit[place] as number;
        ranks[k] = (10 * (hitCounts[place] as number) - Math.abs(length - (table[2 * id + 1] as number))) * POSITIONS - id;
        counts[k] = ranks[k] as number;
      }
      const cut = selectRank(counts.subarray(0, keptCount), keptCount - size);
      // Ranks are distinct (each holds a position): sorted by insertion, best first, as they are kept.
      const best: number[] = [];
      for (let k = 0; k < keptCount; k++) {
        const rank = ranks[k] as number;
        if (rank < cut) continue;
        let at = best.length;
        best.push(k);
        for (; at > 0 && (ranks[best[at - 1] as number] as number) < rank; at--) best[at] = best[at - 1] as number;
        best[at] = k;
      }
      for (let k = 0; k < best.length; k++) best[k] = hit[kept[best[k] as number] as number] as number;
      return best;
    },
  };
}
