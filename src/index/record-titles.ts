// The titles of the few records that have any, as a sorted key column and a value column: a lookup bisects the keys (Knuth, TAOCP vol. 3, §6.2.1, binary search).

import { decodeIds, encodeIds } from "./id-text.js";
import { lineAt, linesFromText, linesOf, type Lines } from "./lines.js";
import type { SerializedLists } from "./serialize.js";

/**
 * Titles written before some records' names ("President ..."): the positions of those records in
 * ascending order, and each one's titles as a line, space-separated (a title is one token, never
 * holding a space). Two flat columns, not a Map: a saved 100,000-entity index holds 100,000 titled
 * forms, which as pairs of arrays took 70 ms of its load to parse and gather.
 */
export interface RecordTitles {
  /** The titled records' positions, ascending. */
  readonly records: Int32Array;
  /** Line `k`: the titles of record `records[k]`, separated by spaces. */
  readonly titles: Lines;
}

/** The titles of a saved index's forms that have any, as JSON. */
export interface SerializedRecordTitles {
  /** The titled forms' positions, ascending, as id text (see {@link SerializedLists}). */
  records: string;
  /** Each titled form's titles, space-separated, each form's ended by a line break. */
  titles: string;
}

const NO_TITLES: readonly string[] = Object.freeze([]);

/**
 * Titles by record as {@link RecordTitles}.
 *
 * @param byRecord - Each titled record's position and titles, positions ascending.
 * @returns The two columns.
 * @example
 * ```ts
 * const titles = recordTitlesOf([[3, ["mr"]], [7, ["foreign", "minister"]]]);
 * titlesOf(titles, 7); // ["foreign", "minister"]
 * ```
 */
export function recordTitlesOf(byRecord: Iterable<readonly [number, readonly string[]]>): RecordTitles {
  const records: number[] = [];
  const lines: string[] = [];
  for (const [record, titles] of byRecord) {
    records.push(record);
    lines.push(titles.join(" "));
  }
  return { records: Int32Array.from(records), titles: linesOf(lines) };
}

/**
 * The titles of the `k`-th titled record, in the order of their positions.
 * @example
 * ```ts
 * titlesAt(recordTitlesOf([[3, ["mr"]], [7, ["dr"]]]), 1); // ["dr"]
 * ```
 */
export function titlesAt(recordTitles: RecordTitles, k: number): readonly string[] {
  return lineAt(recordTitles.titles, k).split(" ");
}

/**
 * A record's titles, none for a record without.
 * @example
 * ```ts
 * const titles = recordTitlesOf([[3, ["mr"]]]);
 * titlesOf(titles, 3); // ["mr"]
 * titlesOf(titles, 4); // []
 * ```
 */
export function titlesOf(recordTitles: RecordTitles, record: number): readonly string[] {
  const { records } = recordTitles;
  let low = 0;
  let high = records.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((records[middle] as number) < record) low = middle + 1;
    else high = middle;
  }
  return records[low] === record ? titlesAt(recordTitles, low) : NO_TITLES;
}

/**
 * {@link RecordTitles} as JSON.
 * @example
 * ```ts
 * recordTitlesToJSON(recordTitlesOf([[3, ["mr"]]])); // { records: "6", titles: "mr\n" }
 * ```
 */
export function recordTitlesToJSON(recordTitles: RecordTitles): SerializedRecordTitles {
  return { records: encodeIds(recordTitles.records), titles: recordTitles.titles.text };
}

/**
 * {@link recordTitlesToJSON}'s output read back, or undefined when it is not such output for an
 * index of `recordCount` records: positions not strictly ascending or past the last record, a line
 * for each, none empty.
 * @example
 * ```ts
 * recordTitlesFromJSON({ records: "6", titles: "mr\n" }, 5)?.records; // Int32Array.of(3)
 * recordTitlesFromJSON({ records: "6", titles: "mr\n" }, 3);          // undefined: record 3 of 3
 * ```
 */
export function recordTitlesFromJSON(data: unknown, recordCount: number): RecordTitles | undefined {
  const candidate = data as Partial<SerializedRecordTitles> | null;
  const records = typeof candidate?.records === "string" ? decodeIds(candidate.records) : undefined;
  const titles = records && linesFromText(candidate?.titles, records.length);
  if (!records || !titles) return undefined;
  for (let k = 0; k < records.length; k++) {
    const record = records[k] as number;
    if (record >= recordCount || (k === 0 ? record < 0 : record <= (records[k - 1] as number))) return undefined;
    if (titles.starts[k + 1] === (titles.starts[k] as number) + 1) return undefined;
  }
  return { records, titles };
}
