// Compressed posting lists as in an inverted index (Manning, Raghavan & Schütze, Introduction to Information Retrieval, ch. 5): keys found through an open-addressing hash table with linear probing (Knuth, TAOCP vol. 3, §6.4) over FNV-1a hashes, every list laid end to end in one typed array.

import { doubled } from "./doubled.js";
import { lineCount, lineEquals, linesOf, type Lines } from "./lines.js";

/** Lists of ids by key, sealed: the keys as lines with a hash table over them, one Int32Array of ids, each key's list a slice of it. */
export interface Postings {
  /**
   * The keys, as lines, in the order they were first listed; the list of key `slot` is
   * `ids[starts[slot]]` up to `ids[starts[slot + 1]]`. Keys hold no backslash or line break
   * (consonant keys and normalised forms never do).
   */
  readonly keys: Lines;
  /** {@link keyTable} of the keys. */
  readonly table: Int32Array;
  readonly starts: Int32Array;
  readonly ids: Int32Array;
}

/**
 * FNV-1a over the UTF-16 code units of `text` from `start` up to `end`: a part of a text is hashed in place.
 * @example
 * ```ts
 * hashOf("MTK", 0, 3) === hashOf("a MTK", 2, 5); // true
 * ```
 */
export function hashOf(text: string, start: number, end: number): number {
  let hash = 0x811c9dc5;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/**
 * The smallest power of two at least twice `count`: a table at most half full keeps probes short.
 * @example
 * ```ts
 * tableSize(3); // 8
 * ```
 */
export function tableSize(count: number): number {
  let size = 2;
  while (size < 2 * count) size *= 2;
  return size;
}

/**
 * A hash table over lines of keys: each slot holds a key's line plus one, or 0 when empty; a key
 * sits at its hash modulo the size or the first empty slot after. Typed, so that a saved index of
 * half a million keys rebuilds it in milliseconds and the garbage collector never walks it.
 * @example
 * ```ts
 * const table = keyTable(linesOf(["KBL", "MTK"]));
 * table.length;                        // 4
 * [...table].filter((e) => e > 0).sort(); // [1, 2]
 * ```
 */
export function keyTable(keys: Lines): Int32Array {
  const count = lineCount(keys);
  const table = new Int32Array(tableSize(count));
  const mask = table.length - 1;
  for (let line = 0; line < count; line++) {
    let slot = hashOf(keys.text, keys.starts[line] as number, (keys.starts[line + 1] as number) - 1) & mask;
    while (table[slot] !== 0) slot = (slot + 1) & mask;
    table[slot] = line + 1;
  }
  return table;
}

/** Lists of ids by position 0, 1, 2, ...: list `i` is `ids[starts[i]]` up to `ids[starts[i + 1]]`. */
export interface IdLists {
  readonly starts: Int32Array;
  readonly ids: Int32Array;
}

/**
 * Pairs (group, value) as lists by group, placed by counting sort: list `g` holds the values of the
 * pairs in group `g`, in the order the pairs come. No array is made per list.
 *
 * @param groups - Each pair's group, below `groupCount`.
 * @param values - Each pair's value.
 * @param length - How many pairs, from the start of both arrays.
 * @param groupCount - How many lists.
 * @returns The lists.
 * @example
 * ```ts
 * const lists = groupPairs(Int32Array.of(1, 0, 1), Int32Array.of(7, 8, 9), 3, 2);
 * listAt(lists, 1); // Int32Array.of(7, 9)
 * ```
 */
export function groupPairs(groups: Int32Array, values: Int32Array, length: number, groupCount: number): IdLists {
  const starts = new Int32Array(groupCount + 1);
  for (let p = 0; p < length; p++) {
    const next = (groups[p] as number) + 1;
    starts[next] = (starts[next] as number) + 1;
  }
  for (let group = 0; group < groupCount; group++) starts[group + 1] = (starts[group + 1] as number) + (starts[group] as number);
  const cursor = starts.slice(0, groupCount);
  const ids = new Int32Array(length);
  for (let p = 0; p < length; p++) {
    const group = groups[p] as number;
    const at = cursor[group] as number;
    ids[at] = values[p] as number;
    cursor[group] = at + 1;
  }
  return { starts, ids };
}

/**
 * Lists turned inside out: list `v` of the result holds the positions of the lists that hold `v`,
 * in ascending order, each once ("Abdul Abdul" lists its token once).
 *
 * @param lists - Lists of values below `valueCount`.
 * @param valueCount - How many lists the result has.
 * @returns The inverted lists.
 * @example
 * ```ts
 * const recordTokens = { starts: Int32Array.of(0, 2, 4), ids: Int32Array.of(0, 1, 1, 1) }; // [0, 1] and [1, 1]
 * const tokenRecords = invertIdLists(recordTokens, 2);
 * listAt(tokenRecords, 1); // Int32Array.of(0, 1)
 * ```
 */
export function invertIdLists(lists: IdLists, valueCount: number): IdLists {
  const listCount = lists.starts.length - 1;
  const values = new Int32Array(lists.ids.length);
  const positions = new Int32Array(lists.ids.length);
  const lastList = new Int32Array(valueCount).fill(-1);
  let length = 0;
  for (let list = 0; list < listCount; list++) {
    for (let i = lists.starts[list] as number; i < (lists.starts[list + 1] as number); i++) {
      const value = lists.ids[i] as number;
      if (lastList[value] === list) continue;
      lastList[value] = list;
      values[length] = value;
      positions[length++] = list;
    }
  }
  return groupPairs(values, positions, length, valueCount);
}

/**
 * Lists of ids by key while an index is built: each (key, id) pair appended to two growing typed
 * arrays, the key numbered on first sight, so that building makes no array per key.
 */
export interface PostingsBuilder {
  readonly slotOf: Map<string, number>;
  /** By slot: the key, and the last id added under it. */
  readonly keys: string[];
  readonly lastIds: number[];
  pairSlots: Int32Array;
  pairIds: Int32Array;
  length: number;
}

/**
 * An empty {@link PostingsBuilder}.
 * @example
 * ```ts
 * const byKey = postingsBuilder();
 * addPostingAt(byKey, slotOf(byKey, "MTK"), 3);
 * ```
 */
export function postingsBuilder(): PostingsBuilder {
  return { slotOf: new Map(), keys: [], lastIds: [], pairSlots: new Int32Array(1024), pairIds: new Int32Array(1024), length: 0 };
}

/**
 * The slot of `key` in a builder, numbered on first sight: ids added at a slot are listed under its key.
 * @example
 * ```ts
 * const byKey = postingsBuilder();
 * slotOf(byKey, "MTK"); // 0
 * slotOf(byKey, "KBL"); // 1
 * slotOf(byKey, "MTK"); // 0
 * ```
 */
export function slotOf(builder: PostingsBuilder, key: string): number {
  let slot = builder.slotOf.get(key);
  if (slot === undefined) {
    slot = builder.keys.length;
    builder.slotOf.set(key, slot);
    builder.keys.push(key);
    builder.lastIds.push(-1);
  }
  return slot;
}

/**
 * Lists `id` under the key of `slot` (from {@link slotOf}), unless it is the id listed there last.
 * Ids must come in ascending order.
 * @example
 * ```ts
 * const byKey = postingsBuilder();
 * const slot = slotOf(byKey, "MTK");
 * addPostingAt(byKey, slot, 3);
 * addPostingAt(byKey, slot, 3);
 * postingsFor(sealPostingsBuilder(byKey), "MTK"); // Int32Array.of(3)
 * ```
 */
export function addPostingAt(builder: PostingsBuilder, slot: number, id: number): void {
  if (builder.lastIds[slot] === id) return;
  builder.lastIds[slot] = id;
  if (builder.length === builder.pairIds.length) {
    builder.pairSlots = doubled(builder.pairSlots);
    builder.pairIds = doubled(builder.pairIds);
  }
  builder.pairSlots[builder.length] = slot;
  builder.pairIds[builder.length] = id;
  builder.length++;
}

/**
 * Seals a {@link PostingsBuilder}: the keys as lines in the order first listed, with their hash
 * table, the pairs placed by counting sort, each list in the order its ids were added. Far smaller
 * than a Map of arrays, since neither a list nor a key costs an object of its own.
 * @example
 * ```ts
 * const byKey = postingsBuilder();
 * addPostingAt(byKey, slotOf(byKey, "PTN"), 1);
 * addPostingAt(byKey, slotOf(byKey, "KBL"), 2);
 * sealPostingsBuilder(byKey).keys.text; // "PTN\nKBL\n"
 * ```
 */
export function sealPostingsBuilder(builder: PostingsBuilder): Postings {
  const keys = linesOf(builder.keys);
  return { keys, table: keyTable(keys), ...groupPairs(builder.pairSlots, builder.pairIds, builder.length, builder.keys.length) };
}

/**
 * Positions by key: the list of a key holds the positions at which `keys` has it, in ascending
 * order; keys in the order first met. Grouped through a typed hash table, which costs less than a
 * Map or a sort of as many keys when nearly every key is distinct, as a dictionary's normalised
 * forms are.
 * @example
 * ```ts
 * const byForm = positionsByKey(["kabul", "kabol", "kabul"]);
 * byForm.keys.text; // "kabul\nkabol\n"
 * postingsFor(byForm, "kabul"); // Int32Array.of(0, 2)
 * ```
 */
export function positionsByKey(keys: readonly string[]): Postings {
  const distinct: string[] = [];
  const groups = new Int32Array(keys.length);
  const table = new Int32Array(tableSize(keys.length));
  const mask = table.length - 1;
  keys.forEach((key, position) => {
    let slot = hashOf(key, 0, key.length) & mask;
    let entry = table[slot] as number;
    while (entry !== 0 && distinct[entry - 1] !== key) {
      slot = (slot + 1) & mask;
      entry = table[slot] as number;
    }
    if (entry === 0) {
      distinct.push(key);
      entry = distinct.length;
      table[slot] = entry;
    }
    groups[position] = entry - 1;
  });
  // Filled by a loop: Int32Array.from(keys.keys()) steps an iterator, 0.1 s for the half million forms of 100,000 entities.
  const positions = new Int32Array(keys.length);
  for (let position = 0; position < keys.length; position++) positions[position] = position;
  // The table that grouped the keys finds them as keyTable's would: a key at its hash or the first empty slot after.
  return { keys: linesOf(distinct), table, ...groupPairs(groups, positions, keys.length, distinct.length) };
}

/**
 * List `i` of sealed id lists, as a view (no copy).
 * @example
 * ```ts
 * const lists = { starts: Int32Array.of(0, 2, 2, 3), ids: Int32Array.of(4, 7, 2) }; // [4, 7], [] and [2]
 * listAt(lists, 0); // Int32Array.of(4, 7)
 * listAt(lists, 1); // Int32Array.of()
 * ```
 */
export function listAt(lists: IdLists, i: number): Int32Array {
  return lists.ids.subarray(lists.starts[i] as number, lists.starts[i + 1] as number);
}

/**
 * The ids listed under `key`, as a view, or undefined when the key has none.
 * @example
 * ```ts
 * const builder = postingsBuilder();
 * addPostingAt(builder, slotOf(builder, "KBL"), 0);
 * addPostingAt(builder, slotOf(builder, "MTK"), 3);
 * addPostingAt(builder, slotOf(builder, "MTK"), 9);
 * const byKey = sealPostingsBuilder(builder);
 * postingsFor(byKey, "MTK"); // Int32Array.of(3, 9)
 * postingsFor(byKey, "PTN"); // undefined
 * ```
 */
export function postingsFor(postings: Postings, key: string): Int32Array | undefined {
  const line = lineOf(postings.keys, postings.table, key);
  return line === -1 ? undefined : listAt(postings, line);
}

/**
 * The line of `keys` that is `key`, found through their {@link keyTable}, or -1 when none is.
 * @example
 * ```ts
 * const keys = linesOf(["KBL", "MTK"]);
 * lineOf(keys, keyTable(keys), "MTK"); // 1
 * lineOf(keys, keyTable(keys), "PTN"); // -1
 * ```
 */
export function lineOf(keys: Lines, table: Int32Array, key: string): number {
  const mask = table.length - 1;
  for (let slot = hashOf(key, 0, key.length) & mask; table[slot] !== 0; slot = (slot + 1) & mask) {
    const line = (table[slot] as number) - 1;
    if (lineEquals(keys, line, key)) return line;
  }
  return -1;
}
