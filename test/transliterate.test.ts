import { describe, expect, it } from "vitest";
import { normalize } from "../src/normalize/normalize.js";
import { scriptOf, scriptRuns } from "../src/normalize/script.js";
import { toLatin } from "../src/normalize/transliterate/index.js";

const latin = (s: string) => toLatin(normalize(s));

describe("toLatin", () => {
  it.each([
    // Cyrillic: Russian, Ukrainian, Belarusian
    ["Жирнов", "zhirnov"],
    ["Щукин", "shchukin"],
    ["Ельцин", "yeltsin"],
    ["Київ", "kyiv"],
    ["Гончаренко", "goncharenko"],
    ["Григорій", "hryhoriy"],
    ["Лукашэнка", "lukashenka"],
    ["Ўладзімір", "wladzimir"],
    // Arabic, Persian, Urdu: alef kept, long vowels read
    ["كابولوف", "kabuluf"],
    ["فلاديمير", "fladimir"],
    ["روسيا", "rusya"],
    ["أوزبكستان", "uzbkstan"],
    ["پوتین", "putin"],
    ["گرگان", "grgan"],
    ["چین", "chin"],
    // Hebrew
    ["ליבגולד", "livgold"],
    ["ג׳ורג׳", "jorj"],
    ["דוד", "dod"],
    // Greek, Devanagari, Han, Hangul, Kana
    ["Γιώργος", "giorgos"],
    ["मोदी", "modii"],
    ["北京", "beijing"],
    ["나가미네", "nagamine"],
    ["김정은", "gimjeongeun"],
    ["ハール", "haaru"],
    ["すずき", "suzuki"],
    ["ボック", "bokku"],
    ["チャーチル", "chaachiru"],
    ["ウィシット", "wishitto"],
    ["ティファニー", "tifanii"],
    ["イェーツ", "yeetsu"],
    ["きょうと", "kyouto"],
    ["シンゾウ", "shinzou"],
    // Latin passes through
    ["Zhirnov", "zhirnov"],
  ])("%s → %s", (input, expected) => {
    const token = normalize(input).split(" ")[0] as string;
    expect(toLatin(token)).toBe(expected);
  });

  it("romanises mixed-script tokens run by run", () => {
    expect(latin("abcжз")).toBe("abczhz");
    expect(scriptRuns("abcжз").map((r) => r.script)).toEqual(["latin", "cyrillic"]);
  });

  it("names scripts", () => {
    expect(["ж", "ك", "ש", "λ", "क", "中", "한", "カ", "a", "1"].map(scriptOf)).toEqual([
      "cyrillic", "arabic", "hebrew", "greek", "devanagari", "han", "hangul", "kana", "latin", "other",
    ]);
  });
});
