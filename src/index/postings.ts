// Compressed posting lists as in an inverted index (Manning, Raghavan & Schütze, Introduction to Information Retrieval, ch. 5): a sorted dictionary of keys searched by bisection, every list laid end to end in one typed array.

/** Lists of ids by key, sealed: the keys sorted, one Int32Array of ids, each key's list a slice of it. */
export interface Postings {
  /** The keys in ascending UTF-16 order; the list of `keys[slot]` is `ids[starts[slot]]` up to `ids[starts[slot + 1]]`. */
  readonly keys: readonly string[];
  readonly starts: Int32Array;
  readonly ids: Int32Array;
}

/** Lists of ids by position 0, 1, 2, ...: list `i` is `ids[starts[i]]` up to `ids[starts[i + 1]]`. */
export interface IdLists {
  readonly starts: Int32Array;
  readonly ids: Int32Array;
}

/**
 * Seals lists of ids given by position into one typed array.
 * @example
 * ```ts
 * listAt(sealIdLists([[4, 7], [], [1]]), 0); // Int32Array.of(4, 7)
 * ```
 */
export function sealIdLists(lists: ReadonlyArray<readonly number[]>): IdLists {
  const starts = new Int32Array(lists.length + 1);
  let total = 0;
  lists.forEach((list, i) => {
    starts[i] = total;
    total += list.length;
  });
  starts[lists.length] = total;
  const ids = new Int32Array(total);
  lists.forEach((list, i) => ids.set(list, starts[i] as number));
  return { starts, ids };
}

/**
 * Seals lists of ids by key: far smaller than a Map of arrays, since neither a list nor a key costs
 * an object or a hash-table entry of its own, and saved as plain arrays it loads without rehashing.
 * @example
 * ```ts
 * postingsFor(sealPostings(new Map([["MTK", [3, 9]]])), "MTK"); // Int32Array.of(3, 9)
 * ```
 */
export function sealPostings(lists: ReadonlyMap<string, readonly number[]>): Postings {
  const keys = [...lists.keys()].sort();
  return { keys, ...sealIdLists(keys.map((key) => lists.get(key) as readonly number[])) };
}

/**
 * List `i` of sealed id lists, as a view (no copy).
 * @example
 * ```ts
 * const lists = sealIdLists([[4, 7], [], [2]]);
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
 * const byKey = sealPostings(new Map([["KBL", [0]], ["MTK", [3, 9]]]));
 * postingsFor(byKey, "MTK"); // Int32Array.of(3, 9)
 * postingsFor(byKey, "PTN"); // undefined
 * ```
 */
export function postingsFor(postings: Postings, key: string): Int32Array | undefined {
  const { keys } = postings;
  let low = 0;
  let high = keys.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const found = keys[middle] as string;
    if (found < key) low = middle + 1;
    else if (found > key) high = middle - 1;
    else return listAt(postings, middle);
  }
  return undefined;
}
