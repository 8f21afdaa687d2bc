import { describe, expect, it } from "vitest";
import { liquidKey } from "../src/keys/deletions.js";
import { transliterationUnits } from "../src/keys/units.js";
import { channelLogProbability, channelReadings, channelSimilarity } from "../src/match/channel.js";
import { emissionsFor } from "../src/match/learned/index.js";
import { normalize } from "../src/normalize/normalize.js";
import type { Script } from "../src/normalize/script.js";

const SCRIPTS: Script[] = ["arabic", "cyrillic", "hebrew", "han", "hangul", "kana"];
const units = (s: string) => transliterationUnits(normalize(s)).units;

describe("learned transliteration tables", () => {
  it.each(SCRIPTS)("%s: hold letters-to-substrings only, so no name from the training data ships", (script) => {
    const table = emissionsFor(script)!;
    expect(Object.keys(table).length).toBeGreaterThan(10);
    for (const [unit, row] of Object.entries(table)) {
      expect(unit.length, unit).toBeLessThanOrEqual(8);
      for (const [piece, logp] of Object.entries(row)) {
        expect(piece.length, `${unit} → ${piece}`).toBeLessThanOrEqual(4);
        expect(logp).toBeLessThanOrEqual(0);
      }
    }
  });

  it("has no model for scripts it was not trained on", () => {
    expect(emissionsFor("greek")).toBeUndefined();
    expect(emissionsFor("latin")).toBeUndefined();
  });
});

describe("transliterationUnits", () => {
  it("marks the edges of alphabetic words and splits Hangul into jamo", () => {
    expect(units("бутин")).toEqual(["^б", "у", "т'", "и", "н$"]);
    expect(units("김")).toEqual(["i0m20", "f16"]);
    expect(units("北京")).toEqual(["bei", "jing"]);
    expect(units("すずき")).toEqual(["ス", "ズ", "キ"]);
    expect(transliterationUnits("putin").units).toEqual([]);
  });
});

describe("channel model", () => {
  const russian = emissionsFor("cyrillic")!;

  it("prefers the right spelling", () => {
    const u = units("Жирнов");
    expect(channelLogProbability(u, "zhirnov", russian)).toBeGreaterThan(channelLogProbability(u, "kozak", russian));
    expect(channelSimilarity(u, "zhirnov", russian)).toBeGreaterThan(0.8);
    expect(channelSimilarity(u, "kozak", russian)).toBeLessThan(0.5);
  });

  it("scores in [0, 0.97] and charges consonants no unit wrote", () => {
    for (const latin of ["kabul", "kabulov", "x", "qqqqqqqq"]) {
      const s = channelSimilarity(units("Кабул"), latin, russian);
      expect(s).toBeGreaterThanOrEqual(0);
      expect(s).toBeLessThanOrEqual(0.97);
    }
    expect(channelSimilarity(units("Кабул"), "kabulov", russian)).toBeLessThan(channelSimilarity(units("Кабул"), "kabul", russian) - 0.1);
  });

  it("reads likely Latin spellings by beam search", () => {
    expect(channelReadings(units("Путин"), russian, 3)).toContain("putin");
  });

  it("liquidKey drops l and r", () => {
    expect(liquidKey("KLTNR")).toBe("KTN");
    expect(liquidKey("BRSTMR")).toBe("BSTM");
  });
});
