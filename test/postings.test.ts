import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { addPostingAt, invertIdLists, listAt, positionsByKey, postingsBuilder, postingsFor, sealPostingsBuilder, slotOf } from "../src/index/postings.js";

/** Keys from a small alphabet, so that lists of several ids are common. */
const shortKey = fc.string({ unit: fc.constantFrom("a", "b", "K", "é", "ب"), maxLength: 3 });

describe("posting lists", () => {
  it("positionsByKey lists each key's positions, keys sorted as strings sort", () => {
    fc.assert(
      fc.property(fc.array(shortKey, { maxLength: 60 }), (keys) => {
        const postings = positionsByKey(keys);
        expect(postings.keys).toEqual([...new Set(keys)].sort());
        for (const key of postings.keys) {
          expect(Array.from(postingsFor(postings, key) ?? [])).toEqual(keys.flatMap((k, i) => (k === key ? [i] : [])));
        }
        expect(postingsFor(postings, "missing")).toBeUndefined();
      }),
    );
  });

  it("a sealed builder lists under each key the ids added there, each once, in ascending order", () => {
    fc.assert(
      fc.property(fc.array(fc.array(shortKey, { maxLength: 4 }), { maxLength: 40 }), (keysById) => {
        const builder = postingsBuilder();
        keysById.forEach((keys, id) => {
          for (const key of keys) addPostingAt(builder, slotOf(builder, key), id);
        });
        const postings = sealPostingsBuilder(builder);
        const expected = new Map<string, number[]>();
        keysById.forEach((keys, id) => {
          for (const key of new Set(keys)) expected.set(key, [...(expected.get(key) ?? []), id]);
        });
        expect(postings.keys).toEqual([...expected.keys()].sort());
        for (const [key, ids] of expected) expect(Array.from(postingsFor(postings, key) ?? [])).toEqual(ids);
      }),
    );
  });

  it("invertIdLists lists, for each value, the lists holding it, each once", () => {
    const recordTokens = { starts: Int32Array.of(0, 2, 4, 4), ids: Int32Array.of(0, 1, 1, 1) };
    const tokenRecords = invertIdLists(recordTokens, 3);
    expect(Array.from(listAt(tokenRecords, 0))).toEqual([0]);
    expect(Array.from(listAt(tokenRecords, 1))).toEqual([0, 1]);
    expect(Array.from(listAt(tokenRecords, 2))).toEqual([]);
  });
});
