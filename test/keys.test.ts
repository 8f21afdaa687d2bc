import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { linesOf } from "../src/index/lines.js";
import { spellingFilter, spellingFilterOf } from "../src/index/spelling-filter.js";
import { buildIndex } from "../src/index/build-index.js";
import { deserializeIndex, serializeIndex } from "../src/index/serialize.js";
import { entities } from "../src/generated/aliases.js";
import { deletionKeys } from "../src/keys/deletions.js";
import { consonantKey, soundSymbols } from "../src/keys/phonetic.js";
import { oneEditSpellings, spellingHash } from "../src/keys/spelling-edits.js";
import { normalize } from "../src/normalize/normalize.js";
import { toLatin } from "../src/normalize/transliterate/index.js";

const key = (s: string) => consonantKey(soundSymbols(toLatin(normalize(s))));
const near = (a: string, b: string) => deletionKeys(key(a)).some((k) => deletionKeys(key(b)).includes(k));

describe("phonetic keys", () => {
  it("fold sound classes: v/f/w, p/b, q/k/c, zh/j/z, kh/h, sh/sch/ch, ou/u", () => {
    expect(soundSymbols("poutine")).toBe("putine");
    expect(soundSymbols("schmidt")).toBe(soundSymbols("shmidt"));
    expect(soundSymbols("tschaikowski")).toBe("Saikovski");
    expect(key("Vladimir")).toBe(key("Wladimir"));
    expect(key("Vladimir")).toBe(key("فلاديمير"));
    expect(key("Putin")).toBe(key("بوتين"));
    expect(key("Qasim")).toBe(key("Kasim"));
    expect(key("Zhirnov")).toBe(key("Jirnov"));
    expect(key("Khan")).toBe(key("Kan"));
  });

  it("bring vowel-less and differently transliterated spellings together", () => {
    expect(key("ماتوكي")).toBe(key("Muttaqi"));
    expect(near("Motti", "Muttaqi")).toBe(true);
    expect(key("زييرنوف")).toBe(key("Zhirnov"));
    expect(key("Cernov")).toBe(key("Zhirnov"));
    expect(key("كابولوف")).toBe(key("Kablov"));
    expect(key("Kabulov")).toBe(key("Kablov"));
    expect(near("Гамбург", "Hamburg")).toBe(true);
  });

  it("keep different names apart", () => {
    expect(near("Putin", "Lavrov")).toBe(false);
    expect(near("Kozak", "Zhirnov")).toBe(false);
  });

  it("deletionKeys adds one-deletion variants only for keys of three classes or more", () => {
    expect(deletionKeys("MTK")).toEqual(["MTK", "TK", "MK", "MT"]);
    expect(deletionKeys("MR")).toEqual(["MR"]);
  });
});

describe("one-edit spellings", () => {
  it("are every deletion, insertion, substitution and adjacent swap, each once, without the token", () => {
    const spellings = oneEditSpellings("abc");
    expect(spellings).toEqual(expect.arrayContaining(["bc", "ac", "ab", "bac", "acb", "xabc", "abxc", "abcx", "xbc", "abx"]));
    expect(spellings).not.toContain("abc");
    expect(new Set(spellings).size).toBe(spellings.length);
    // 4 × 26 insertions, of which doubling a letter is reached twice; 3 × 25 substitutions; 3 deletions; 2 swaps.
    expect(spellings).toHaveLength(4 * 26 - 3 + 3 * 25 + 3 + 2);
  });

  it("find the typo'd spellings of a name", () => {
    expect(oneEditSpellings("nsohi")).toContain("noshi");
    expect(oneEditSpellings("zapo")).toContain("zarpo");
    expect(oneEditSpellings("muttaqi")).not.toContain("motti");
  });

  it("hash each spelling, before writing it out, as spellingHash hashes it written out", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-zé']{0,7}$/), (token) => {
        const seen = new Set<number>();
        oneEditSpellings(token, (hash) => (seen.add(hash), false));
        // The edits that give the token back (a letter changed to itself) are hashed too, and not written out.
        seen.delete(spellingHash(token));
        expect(seen).toEqual(new Set(oneEditSpellings(token).map(spellingHash)));
      }),
    );
  });

  it("through a filter of a vocabulary, find exactly the vocabulary's spellings that the unfiltered list holds, in its order", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-d]{1,6}$/), fc.array(fc.stringMatching(/^[a-d]{0,7}$/), { maxLength: 40 }), (token, vocabulary) => {
        const inVocabulary = new Set(vocabulary);
        const filtered = oneEditSpellings(token, spellingFilter(linesOf(vocabulary))).filter((s) => inVocabulary.has(s));
        expect(filtered).toEqual(oneEditSpellings(token).filter((s) => inVocabulary.has(s)));
      }),
    );
  });

  it("through a filter of lines some of which are escaped, pass each line as written", () => {
    const mayExist = spellingFilter(linesOf(["back\\slash", "line\nbreak", "plain"]));
    expect(["back\\slash", "line\nbreak", "plain"].every((spelling) => mayExist(spellingHash(spelling)))).toBe(true);
  });

  it("through the filter of a built index and of the same index loaded, pass every token of the vocabulary", () => {
    const built = buildIndex(entities);
    const loaded = deserializeIndex(JSON.parse(JSON.stringify(serializeIndex(built))));
    for (const index of [built, loaded]) {
      const mayExist = spellingFilterOf(index);
      expect(built.vocabulary.filter((entry) => !mayExist(spellingHash(entry!.token.text)))).toEqual([]);
    }
  });

  it("are mostly not written out through a filter of other spellings", () => {
    const vocabulary = Array.from({ length: 5000 }, (_, i) => `w${i.toString(36)}`);
    const passed = oneEditSpellings("zamirov", spellingFilter(linesOf(vocabulary)));
    expect(passed.length).toBeLessThan(oneEditSpellings("zamirov").length / 10);
  });
});
