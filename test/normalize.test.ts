import { describe, expect, it } from "vitest";
import { normalize } from "../src/normalize/normalize.js";
import { tokenize } from "../src/normalize/tokenize.js";

describe("normalize", () => {
  it.each([
    ["Sergueï  LAVROV", "serguei lavrov"],
    ["Erdoğan", "erdogan"],
    ["Əliyev", "aliyev"],
    ["Łukasz Øster Straße", "lukasz oster strasse"],
    ["ﬁnance", "finance"],
    ["Ｐｕｔｉｎ", "putin"],
    ["Pu\u200Btin\u200F", "putin"],
    ["\u202Bبوتين\u202C", "بوتين"],
    ["مُحَمَّد", "محمد"],
    ["محـــمد", "محمد"],
    ["أمير إبراهيم آمنة ٱلله", "امير ابراهيم امنه الله"],
    ["مستشفى", "مستشفي"],
    ["رؤوف", "رووف"],
    ["ئيل", "ييل"],
    ["کابل", "كابل"],
    ["ایران", "ايران"],
    ["שָׁלוֹם", "שלום"],
    ["Ёлкин", "елкин"],
    ["d'Afghanistan", "d afghanistan"],
    ["Taliban's", "taliban"],
    ["U.S. Army", "us army"],
    ["Saint-Pétersbourg", "saint petersbourg"],
    ["LAVROV, Sergey", "lavrov sergey"],
    ["  ", ""],
  ])("%s → %s", (input, expected) => {
    expect(normalize(input)).toBe(expected);
  });

  it("keeps Persian letters that are distinct phonemes", () => {
    expect(normalize("پ چ ژ گ")).toBe("پ چ ژ گ");
  });

  it("keeps Devanagari vowel signs and Hangul syllables intact", () => {
    expect(normalize("मोदी")).toBe("मोदी");
    expect(normalize("김정은")).toBe("김정은");
  });

  it("is idempotent and invariant under NFC/NFD and case", () => {
    for (const s of ["Sergueï Lavrov", "Erdoğan", "أمير خان مُتَّقي", "Ὀδυσσεύς", "Владимир Путин", "שָׁלוֹם", "O'Brien-Smith", "ハール"]) {
      const n = normalize(s);
      expect(normalize(n)).toBe(n);
      expect(normalize(s.normalize("NFD"))).toBe(n);
      expect(normalize(s.toUpperCase())).toBe(n);
    }
  });

  it("throws a TypeError for a non-string", () => {
    expect(() => normalize(42 as unknown as string)).toThrow(TypeError);
    expect(() => normalize(null as unknown as string)).toThrow(/\[canonym\] normalize expects a string, got null/);
  });

  it("tokenize splits on single spaces", () => {
    expect(tokenize("amir khan muttaqi")).toEqual(["amir", "khan", "muttaqi"]);
    expect(tokenize("")).toEqual([]);
  });
});
