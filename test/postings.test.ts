import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { addPostingAt, invertIdLists, listAt, positionsByKey, postingsBuilder, postingsFor, sealPostingsBuilder, slotOf, type Postings } from "../src/index/postings.js";
import { lineAt, lineEquals, lineCount, linesFromText, linesOf } from "../src/index/lines.js";

const keysOf = (postings: Postings): string[] => Array.from({ length: lineCount(postings.keys) }, (_, i) => lineAt(postings.keys, i));

/** Keys from a small alphabet, so that lists of several ids are common. */
const shortKey = fc.string({ unit: fc.constantFrom("a", "b", "K", "é", "ب"), maxLength: 3 });

describe("posting lists", () => {
  it("positionsByKey lists each key's positions, keys in the order first met", () => {
    fc.assert(
      fc.property(fc.array(shortKey, { maxLength: 60 }), (keys) => {
        const postings = positionsByKey(keys);
        expect(keysOf(postings)).toEqual([...new Set(keys)]);
        for (const key of keysOf(postings)) {
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
        expect(keysOf(postings)).toEqual([...expected.keys()]);
        for (const [key, ids] of expected) expect(Array.from(postingsFor(postings, key) ?? [])).toEqual(ids);
      }),
    );
  });

  it("finds every key of a table thousands long, and no other", () => {
    const keys = Array.from({ length: 6000 }, (_, i) => `k${i % 5000}`);
    const postings = positionsByKey(keys);
    expect(lineCount(postings.keys)).toBe(5000);
    for (let i = 0; i < 5000; i++) expect(Array.from(postingsFor(postings, `k${i}`) ?? [])).toEqual(i < 1000 ? [i, i + 5000] : [i]);
    for (const missing of ["k5000", "k", "", "K1"]) expect(postingsFor(postings, missing)).toBeUndefined();
  });

  it("invertIdLists lists, for each value, the lists holding it, each once", () => {
    const recordTokens = { starts: Int32Array.of(0, 2, 4, 4), ids: Int32Array.of(0, 1, 1, 1) };
    const tokenRecords = invertIdLists(recordTokens, 3);
    expect(Array.from(listAt(tokenRecords, 0))).toEqual([0]);
    expect(Array.from(listAt(tokenRecords, 1))).toEqual([0, 1]);
    expect(Array.from(listAt(tokenRecords, 2))).toEqual([]);
  });
});

describe("lines", () => {
  const value = fc.string({ unit: fc.constantFrom("a", "b", "\\", "\n", "n", "é", "ب", "\t"), maxLength: 6 });

  it("give back every value as it was, backslashes and line breaks included, and read back from their text", () => {
    fc.assert(
      fc.property(fc.array(value, { maxLength: 20 }), (values) => {
        const lines = linesOf(values);
        expect(lineCount(lines)).toBe(values.length);
        expect(values.map((_, i) => lineAt(lines, i))).toEqual(values);
        expect(linesFromText(lines.text, values.length)).toEqual(lines);
        expect(linesFromText(lines.text, values.length + 1)).toBeUndefined();
        if (values.length > 0) expect(linesFromText(lines.text, values.length - 1)).toBeUndefined();
      }),
    );
  });

  it("tell a value equal to a key only when it is, for values without backslash or line break", () => {
    const plain = fc.string({ unit: fc.constantFrom("a", "b", "K", "é", "ب"), maxLength: 4 });
    fc.assert(
      fc.property(fc.array(plain, { maxLength: 12 }), plain, (values, key) => {
        const lines = linesOf(values);
        values.forEach((v, i) => expect(lineEquals(lines, i, key)).toBe(v === key));
      }),
    );
  });

  it("refuse a text that does not end its last line, or has another count of lines", () => {
    expect(linesFromText("kabul", 1)).toBeUndefined();
    expect(linesFromText(7, 0)).toBeUndefined();
    expect(linesFromText("kabul\n", 0)).toBeUndefined();
    expect(lineCount(linesFromText("", 0) as NonNullable<ReturnType<typeof linesFromText>>)).toBe(0);
  });
});
