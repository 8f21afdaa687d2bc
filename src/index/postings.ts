// Compressed posting lists as in an inverted index (Manning, Raghavan & Schütze, Introduction to Information Retrieval, ch. 5): a sorted dictionary of keys searched by bisection, every list laid end to end in one typed array.

import { compareLine, lineCount, linesOf, type Lines } from "./lines.js";

/** Lists of ids by key, sealed: the keys sorted, one Int32Array of ids, each key's list a slice of it. */
export interface Postings {
  /**
   * The keys in ascending UTF-16 order, as lines; the list of key `slot` is `ids[starts[slot]]` up
   * to `ids[starts[slot + 1]]`. Keys hold no backslash or line break (consonant keys and normalised
   * forms never do).
   */
  readonly keys: Lines;
  readonly starts: Int32Array;
  readonly ids: Int32Array;
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
    const slots = new Int32Array(2 * builder.length);
    const ids = new Int32Array(2 * builder.length);
    slots.set(builder.pairSlots);
    ids.set(builder.pairIds);
    builder.pairSlots = slots;
    builder.pairIds = ids;
  }
  builder.pairSlots[builder.length] = slot;
  builder.pairIds[builder.length] = id;
  builder.length++;
}

/**
 * Seals a {@link PostingsBuilder}: the keys sorted, the pairs placed by counting sort, each list in
 * the order its ids were added. Far smaller than a Map of arrays, since neither a list nor a key
 * costs an object or a hash-table entry of its own, and saved as plain arrays it loads without rehashing.
 * @example
 * ```ts
 * const byKey = postingsBuilder();
 * addPostingAt(byKey, slotOf(byKey, "PTN"), 1);
 * addPostingAt(byKey, slotOf(byKey, "KBL"), 2);
 * sealPostingsBuilder(byKey).keys.text; // "KBL\nPTN\n"
 * ```
 */
export function sealPostingsBuilder(builder: PostingsBuilder): Postings {
  const keys = [...builder.keys].sort();
  const rankOfSlot = new Int32Array(keys.length);
  keys.forEach((key, rank) => {
    rankOfSlot[builder.slotOf.get(key) as number] = rank;
  });
  const ranks = new Int32Array(builder.length);
  for (let p = 0; p < builder.length; p++) ranks[p] = rankOfSlot[builder.pairSlots[p] as number] as number;
  return { keys: linesOf(keys), ...groupPairs(ranks, builder.pairIds, builder.length, keys.length) };
}

/**
 * Positions by key: the list of a key holds the positions at which `keys` has it, in ascending
 * order. Made by sorting the positions by key, which costs less than a hash table of as many
 * keys when nearly every key is distinct, as a dictionary's normalised forms are.
 * @example
 * ```ts
 * const byForm = positionsByKey(["kabul", "kabol", "kabul"]);
 * byForm.keys.text; // "kabol\nkabul\n"
 * postingsFor(byForm, "kabul"); // Int32Array.of(0, 2)
 * ```
 */
export function positionsByKey(keys: readonly string[]): Postings {
  const order = Array.from(keys.keys()).sort((a, b) => {
    const keyA = keys[a] as string;
    const keyB = keys[b] as string;
    return keyA < keyB ? -1 : keyA > keyB ? 1 : a - b;
  });
  const distinct: string[] = [];
  const starts = new Int32Array(keys.length + 1);
  order.forEach((position, rank) => {
    const key = keys[position] as string;
    if (distinct[distinct.length - 1] !== key) {
      starts[distinct.length] = rank;
      distinct.push(key);
    }
  });
  starts[distinct.length] = keys.length;
  return { keys: linesOf(distinct), starts: starts.slice(0, distinct.length + 1), ids: Int32Array.from(order) };
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
  let low = 0;
  let high = lineCount(postings.keys) - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const order = compareLine(postings.keys, middle, key);
    if (order < 0) low = middle + 1;
    else if (order > 0) high = middle - 1;
    else return listAt(postings, middle);
  }
  return undefined;
}
