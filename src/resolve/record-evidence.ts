// Term-at-a-time scoring into an accumulator table over posting lists (Manning, Raghavan & Schütze, Introduction to Information Retrieval, §7.1).
import { doubled } from "../index/doubled.js";
import type { IdLists } from "../index/postings.js";
import { descending } from "../match/descending.js";
import { selectRank } from "../match/select-rank.js";

/**
 * One vocabulary token a query token matched: the records holding it, the `token`-th list of `records`
 * (read where it lies: a view of each list was 4 % of what an other-script lookup allocated), and what the
 * match is worth.
 */
export interface EvidenceSource {
  records: IdLists;
  token: number;
  weight: number;
  /** False for a match that adds to records reached otherwise but reaches none by itself (an initial: "a" is in thousands). */
  leads: boolean;
}

/**
 * Picks the records a lookup should score in full, from the records its tokens' matches lead to.
 * @param sources - Per query token, the matched vocabulary tokens' records and weights.
 * @param limit - The most records returned.
 * @returns Every record a leading source reaches, in the order first reached, when there are at most `limit`; else the
 *   `limit` with the largest evidence (per query token its best weight in the record, summed), ties by
 *   record position.
 */
export type EvidenceRanker = (sources: ReadonlyArray<readonly EvidenceSource[]>, limit: number) => number[];

/**
 * An {@link EvidenceRanker} over a dictionary of `recordCount` records. Its table of a record's slot
 * and its buffers (the records reached, their evidence) are allocated once, grown as lookups need and
 * left clean after each call, so a lookup costs the postings it reads, not a hash-table entry and an
 * array per record reached; it is not safe to call from within itself.
 *
 * @param recordCount - The records of the index.
 * @returns The ranker.
 * @example
 * ```ts
 * const rank = evidenceRanker(4);
 * // Token 0 is in records 2 and 3, token 1 in record 3.
 * const records = { starts: Int32Array.of(0, 2, 3), ids: Int32Array.of(2, 3, 3) };
 * rank([[{ records, token: 0, weight: 0.9, leads: true }], [{ records, token: 1, weight: 0.8, leads: true }]], 1); // [3]
 * ```
 */
export function evidenceRanker(recordCount: number): EvidenceRanker {
  let slotOf: Int32Array | undefined;
  // Per slot, the record reached and its total; per slot and query token, the token's best weight in the record.
  let reached = new Int32Array(64);
  let totals = new Float64Array(64);
  let evidence = new Float64Array(256);
  return (sources, limit) => {
    slotOf ??= new Int32Array(recordCount).fill(-1);
    const width = sources.length;
    let count = 0;
    const tally = (matched: readonly EvidenceSource[], i: number, leading: boolean): void => {
      for (const { records, token, weight, leads } of matched) {
        if (leads !== leading) continue;
        const { starts, ids } = records;
        for (let k = starts[token] as number; k < (starts[token + 1] as number); k++) {
          const record = ids[k] as number;
          let slot = slotOf![record] as number;
          if (slot < 0) {
            if (!leading) continue;
            slot = count++;
            slotOf![record] = slot;
            if (slot === reached.length) {
              reached = doubled(reached);
              totals = new Float64Array(reached.length);
            }
            while ((slot + 1) * width > evidence.length) evidence = doubled(evidence);
            reached[slot] = record;
            evidence.fill(0, slot * width, (slot + 1) * width);
          }
          const at = slot * width + i;
          if (weight > (evidence[at] as number)) evidence[at] = weight;
        }
      }
    };
    sources.forEach((matched, i) => tally(matched, i, true));
    sources.forEach((matched, i) => tally(matched, i, false));
    for (let slot = 0; slot < count; slot++) slotOf[reached[slot] as number] = -1;
    // Sliced by position, not Array.from over a view, which makes an iterator result per record.
    if (count <= limit) return Array.prototype.slice.call(reached, 0, count) as number[];
    for (let slot = 0; slot < count; slot++) {
      let total = 0;
      for (let i = 0; i < width; i++) total += evidence[slot * width + i] as number;
      totals[slot] = total;
    }
    const floor = selectRank(totals.slice(0, count), count - limit);
    const kept: number[] = [];
    for (let slot = 0; slot < count; slot++) if ((totals[slot] as number) >= floor) kept.push(slot);
    kept.sort((a, b) => descending(totals[a] as number, totals[b] as number) || (reached[a] as number) - (reached[b] as number));
    return kept.slice(0, limit).map((slot) => reached[slot] as number);
  };
}
