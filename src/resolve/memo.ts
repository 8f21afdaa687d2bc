// Cache admission after TinyLFU's doorkeeper (Einziger, Friedman & Manes, "TinyLFU: A Highly Efficient Cache Admission Policy", 2017).
import { hashOf } from "../index/postings.js";

/** Answers a bounded memo keeps before it starts afresh. */
const CAPACITY = 4_096;
/** The doorkeeper's bits, 2^18: with up to {@link DOORKEEPER_SIGHTINGS} keys marked, about 6 % of new keys pass for seen. */
const DOORKEEPER_BITS_LOG2 = 18;
const DOORKEEPER_BITS = 1 << DOORKEEPER_BITS_LOG2;
/** First sightings after which the doorkeeper forgets them all, as TinyLFU's reset does. */
const DOORKEEPER_SIGHTINGS = 1 << 14;

/** Where answers are kept by key: a `Map` is one. */
export interface Memo<K extends string | number, V> {
  /** The answer kept for `key`, if any. */
  get(key: K): V | undefined;
  /** Offers the answer just computed for `key`; the memo decides whether to keep it. */
  set(key: K, value: V): unknown;
}

/** A key's bit in the doorkeeper: strings by FNV-1a, numbers by Fibonacci hashing (the product's top bits). */
function doorkeeperBit(key: string | number): number {
  if (typeof key === "string") return hashOf(key, 0, key.length) & (DOORKEEPER_BITS - 1);
  return Math.imul(key | 0, 0x9e3779b1) >>> (32 - DOORKEEPER_BITS_LOG2);
}

/**
 * A memo of up to 4,096 answers that starts afresh when full.
 *
 * @returns An empty memo.
 * @example
 * ```ts
 * const memo = boundedMemo<string, number>();
 * memo.set("khan", 4);
 * memo.get("khan"); // 4
 * ```
 */
export function boundedMemo<K extends string | number, V>(): Memo<K, V> {
  let answers = new Map<K, V>();
  return {
    get: (key) => answers.get(key),
    set(key, value) {
      // A new Map rather than clear(): V8 clears a Map that has reached the old generation into a new
      // table there, and the young answers that table then holds are promoted with all they reach.
      if (answers.size >= CAPACITY) answers = new Map();
      answers.set(key, value);
    },
  };
}

/**
 * `memo` behind a doorkeeper that passes an answer on only when its key is offered a second time.
 * Keeping every answer keeps each long enough for the garbage collector to copy it out of the young
 * generation and promote it, which is all the memo costs when most keys come once (distinct names
 * looked up one after another: 15 MB promoted per 1,000 lookups at 100,000 entities). The
 * doorkeeper, one bit per key in a typed array the collector never walks, admits the answers asked
 * for again.
 *
 * @param memo - Where admitted answers are kept, e.g. a {@link boundedMemo}; what it already holds is read through.
 * @returns The memo, admitting answers on their second offer.
 * @example
 * ```ts
 * const memo = admitting(boundedMemo<string, number>());
 * memo.set("khan", 4);
 * memo.get("khan"); // undefined: offered once
 * memo.set("khan", 4);
 * memo.get("khan"); // 4
 * ```
 */
export function admitting<K extends string | number, V>(memo: Memo<K, V>): Memo<K, V> {
  const seen = new Uint32Array(DOORKEEPER_BITS / 32);
  let sightings = 0;
  return {
    get: (key) => memo.get(key),
    set(key, value) {
      const bit = doorkeeperBit(key);
      const word = bit >>> 5;
      const mask = 1 << (bit & 31);
      if (((seen[word] as number) & mask) === 0) {
        seen[word] = (seen[word] as number) | mask;
        if (++sightings === DOORKEEPER_SIGHTINGS) {
          seen.fill(0);
          sightings = 0;
        }
        return;
      }
      memo.set(key, value);
    },
  };
}

/**
 * A memo read through `near` first and then `far`, offering each new answer to both: a call's own
 * memo in front of one that outlives the call.
 *
 * @param near - Asked first; a plain `Map` keeps everything for as long as it lives.
 * @param far - Asked next, e.g. a {@link boundedMemo} shared with later calls.
 * @returns The two as one memo.
 * @example
 * ```ts
 * const shared = admitting(boundedMemo<string, number>());
 * const memo = layeredMemo(new Map<string, number>(), shared);
 * memo.set("khan", 4);
 * memo.get("khan"); // 4: from the Map; `shared` has only seen the key
 * ```
 */
export function layeredMemo<K extends string | number, V>(near: Memo<K, V>, far: Memo<K, V>): Memo<K, V> {
  return {
    get: (key) => near.get(key) ?? far.get(key),
    set(key, value) {
      near.set(key, value);
      far.set(key, value);
    },
  };
}

/**
 * The answer `memo` keeps under `key`, or the one `answer` gives, offered to the memo.
 *
 * @param memo - Where answers are kept: a `Map`, a {@link boundedMemo}, an {@link admitting} one, a {@link layeredMemo}.
 * @param key - The key the answer is kept under.
 * @param answer - Computes the answer, never `undefined`, when the memo has none.
 * @returns The answer.
 * @example
 * ```ts
 * const lengths = new Map<string, number>();
 * recall(lengths, "Kabul", (word) => word.length); // 5: computed and kept
 * recall(lengths, "Kabul", (word) => word.length); // 5: from the memo
 * ```
 */
export function recall<K extends string | number, V>(memo: Memo<K, V>, key: K, answer: (key: K) => V): V {
  let value = memo.get(key);
  if (value === undefined) {
    value = answer(key);
    memo.set(key, value);
  }
  return value;
}
