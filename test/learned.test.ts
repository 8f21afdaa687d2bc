import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { liquidKey } from "../src/keys/deletions.js";
import { transliterationUnits } from "../src/keys/units.js";
import { channelLogProbability, channelReadings, channelSimilarity, isVowelCode, VOWELS, type EmissionRow, type EmissionTable } from "../src/match/channel.js";
import { decodeChannel } from "../src/match/channel-decode.js";
import { inCodeUnitOrder } from "../src/match/code-unit-order.js";
import { buildIndex } from "../src/index/build-index.js";
import { deserializeIndex, serializeIndex } from "../src/index/serialize.js";
import { entities } from "../src/generated/aliases.js";
import { childOf, latinLexicon, latinLexiconOf, latinWords, LEXICON_ROOT, wordsEndingAt, type LatinLexicon } from "../src/index/latin-lexicon.js";
import { modelFor } from "../src/match/learned/index.js";
import { normalize } from "../src/normalize/normalize.js";
import type { Script } from "../src/normalize/script.js";

const SCRIPTS: Script[] = ["arabic", "cyrillic", "hebrew", "han", "hangul", "kana"];
const units = (s: string) => transliterationUnits(normalize(s)).units;

describe("learned transliteration tables", () => {
  it.each(SCRIPTS)("%s: hold letters-to-substrings only, so no name from the training data ships", (script) => {
    const model = modelFor(script)!;
    for (const { logWeight } of model.classes) expect(logWeight).toBeLessThanOrEqual(0);
    for (const table of [model.merged, ...model.classes.map((c) => c.emissions)]) {
      expect(table.units.length).toBeGreaterThan(10);
      for (const unit of table.units) {
        expect(unit.length, unit).toBeLessThanOrEqual(8);
        const row = table.emissions(unit)!;
        expect(row.length, unit).toBeGreaterThan(0);
        row.forEach(([piece, logp], i) => {
          expect(piece, `${unit} → ${piece}`).toMatch(/^[^\s:]{0,4}$/);
          expect(logp).toBeLessThanOrEqual(i > 0 ? row[i - 1]![1] : 0);
        });
      }
      expect(table.emissions("not a unit")).toBeUndefined();
    }
  });

  it("has no model for scripts it was not trained on", () => {
    expect(modelFor("greek")).toBeUndefined();
    expect(modelFor("latin")).toBeUndefined();
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

  it("reads the letters other languages add to Arabic and Cyrillic script as the Arabic or Russian letters of their sounds, which the models know", () => {
    expect(units("گورباچف")).toEqual(["^غ", "و", "ر", "ب", "ا", "ت", "ش", "ف$"]);
    expect(units("پوتین")).toEqual(["^ب", "و", "ت", "ي", "ن$"]);
    expect(units("ژیرنوف")[0]).toBe("^ج");
    expect(units("Ђоковић")).toEqual(["^д", "ж", "о", "к", "о", "в'", "и", "ч$"]);
    expect(units("Ґонґадзе")[0]).toBe("^г");
    const arabic = modelFor("arabic")!.merged;
    for (const unit of ["غ", "ت", "ش", "ب", "ج", "ف", "د", "ر", "ن", "ي"]) expect(arabic.emissions(unit), unit).toBeDefined();
    const cyrillic = modelFor("cyrillic")!.merged;
    for (const unit of ["и", "е", "г", "у", "д", "ж", "ч", "к", "н", "о", "х", "а"]) expect(cyrillic.emissions(unit), unit).toBeDefined();
  });
});

describe("channel model", () => {
  const russian = modelFor("cyrillic")!;

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
    expect(channelReadings(units("Путин"), russian.merged, 3)).toContain("putin");
  });

  it("keeps the beam a full sort would: every extension ranked by score, ties in order, each spelling at its best", () => {
    /** The beam search written plainly: all extensions sorted (stably), the first of each spelling kept, 8 at most. */
    const plainReadings = (sequence: readonly string[], table: EmissionTable, count: number): string[] => {
      let beam = [{ text: "", logp: 0 }];
      for (const unit of sequence) {
        const choices = (table.emissions(unit) ?? [[unit, 0] as const]).slice(0, 5);
        const extended = beam.flatMap((partial) => choices.map(([piece, logp]) => ({ text: partial.text + piece, logp: partial.logp + logp })));
        extended.sort((a, b) => b.logp - a.logp);
        beam = extended.filter((candidate, i) => extended.findIndex((other) => other.text === candidate.text) === i).slice(0, 8);
      }
      return beam.slice(0, count).map((b) => b.text).filter((t) => t !== "");
    };
    // Few pieces and few scores, so that spellings meet again and scores tie; sequences long enough that a
    // search keeps more spellings than its trail first has room for (256).
    const row = fc.array(fc.tuple(fc.constantFrom("", "a", "b", "ab", "ba"), fc.constantFrom(-0.5, -1, -1.5, -2)), { minLength: 1, maxLength: 7 });
    fc.assert(
      fc.property(fc.tuple(row, row, row), fc.array(fc.constantFrom("x", "y", "z", "w"), { maxLength: 16 }), (rows, sequence) => {
        const byUnit = new Map<string, EmissionRow>([["x", rows[0]], ["y", rows[1]], ["z", rows[2]]]);
        const table: EmissionTable = { units: [...byUnit.keys()], emissions: (unit) => byUnit.get(unit) };
        for (const count of [1, 5, 8]) expect(channelReadings(sequence, table, count)).toEqual(plainReadings(sequence, table, count));
      }),
    );
  });

  it("aligns each orthography of a mixture as it would alone, also where one orthography never saw a unit another did", () => {
    const alone = (table: EmissionTable) => ({ classes: [{ logWeight: 0, emissions: table }], merged: table });
    /** The orthographies' own log-probabilities summed by their shares, in their order, as the mixture sums them. */
    const summed = (sequence: readonly string[], latin: string, weights: readonly number[], tables: readonly EmissionTable[]): number => {
      let total = -Infinity;
      tables.forEach((table, c) => {
        const logp = weights[c]! + channelLogProbability(sequence, latin, alone(table));
        if (logp === -Infinity) return;
        total = total === -Infinity ? logp : Math.max(total, logp) + Math.log1p(Math.exp(-Math.abs(total - logp)));
      });
      return total;
    };
    // Pieces that share letters, so that one walk down a trie meets several orthographies' emissions; a unit a table may lack.
    const row = fc.array(fc.tuple(fc.constantFrom("", "a", "b", "ab", "ba", "bb"), fc.constantFrom(-0.5, -1, -2)), { minLength: 1, maxLength: 5 });
    const table = fc.record({ x: fc.option(row), y: fc.option(row), z: fc.option(row) }).map((rows): EmissionTable => {
      const byUnit = new Map<string, EmissionRow>();
      for (const [unit, unitRow] of Object.entries(rows)) if (unitRow) byUnit.set(unit, unitRow);
      return { units: [...byUnit.keys()], emissions: (unit) => byUnit.get(unit) };
    });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(table, fc.constantFrom(-0.2, -0.7, -1.6)), { minLength: 1, maxLength: 3 }),
        fc.array(fc.constantFrom("x", "y", "z", "w"), { maxLength: 5 }),
        fc.stringMatching(/^[abc]{0,6}$/),
        (orthographies, sequence, latin) => {
          const tables = orthographies.map(([t]) => t);
          const weights = orthographies.map(([, w]) => w);
          const model = { classes: orthographies.map(([emissions, logWeight]) => ({ logWeight, emissions })), merged: tables[0]! };
          expect(channelLogProbability(sequence, latin, model)).toBe(summed(sequence, latin, weights, tables));
        },
      ),
    );
  });

  it("tells vowels by code unit exactly as VOWELS lists them, for every UTF-16 code unit", () => {
    for (let code = 0; code <= 0xffff; code++) expect(isVowelCode(code)).toBe(VOWELS.includes(String.fromCharCode(code)));
  });

  it("liquidKey drops l and r", () => {
    expect(liquidKey("KLTNR")).toBe("KTN");
    expect(liquidKey("BRSTMR")).toBe("BSTM");
  });
});

describe("Latin lexicon", () => {
  const lexicon = latinLexicon(latinWords(["", "kabul", "kabul", "kabulov", "kazan", "zamir"], Int32Array.of(9, 2, 5, 1, 3, 0)));
  /** A lexicon of words whose ids are their positions, and its words in its order. */
  const lexiconOf = (words: string[]) => {
    const trie = latinLexicon(latinWords(words, Int32Array.from(words, (_, i) => i)));
    return { trie, sorted: Array.from(trie.ids, (id) => words[id]!) };
  };
  const walk = (prefix: string) => [...prefix].reduce((node, c) => (node < 0 ? node : childOf(lexicon, node, c.charCodeAt(0))), LEXICON_ROOT);
  const range = (node: number) => ({ lo: lexicon.lo[node], hi: lexicon.hi[node], depth: lexicon.depth[node] });
  const childLetters = (l: LatinLexicon, node: number) => {
    const letters: string[] = [];
    for (let child = l.firstChild[node]!; child >= 0; child = l.nextSibling[child]!) letters.push(String.fromCharCode(l.code[child]!));
    return letters;
  };

  it("walks prefixes as trie nodes over the sorted words", () => {
    expect(range(walk("ka"))).toEqual({ lo: 1, hi: 5, depth: 2 });
    expect(range(walk("kab"))).toEqual({ lo: 1, hi: 4, depth: 3 });
    expect(walk("kx")).toBe(-1);
    expect(childLetters(lexicon, walk("ka"))).toEqual(["b", "z"]);
    expect(childLetters(lexicon, LEXICON_ROOT)).toEqual(["k", "z"]);
  });

  it("has a node for every distinct prefix and no other, holding the words with that prefix, children in alphabetical order", () => {
    const words = ["al", "alba", "alpha", "b", "be", "bee", "beta", "zeta"];
    const { trie, sorted } = lexiconOf(words);
    const prefixes = new Set(words.flatMap((w) => Array.from({ length: w.length + 1 }, (_, n) => w.slice(0, n))));
    expect(trie.code.length).toBe(prefixes.size);
    const spelled: string[] = [];
    const visit = (node: number, prefix: string): void => {
      spelled.push(prefix);
      const letters = childLetters(trie, node);
      expect([...letters].sort()).toEqual(letters);
      for (const letter of letters) {
      const child = childOf(trie, node, letter.charCodeAt(0));
      expect(sorted.slice(trie.lo[child], trie.hi[child]).every((w) => w.startsWith(prefix + letter))).toBe(true);
      expect(trie.hi[child]! - trie.lo[child]!).toBe(words.filter((w) => w.startsWith(prefix + letter)).length);
      visit(child, prefix + letter);
    }
    };
    visit(LEXICON_ROOT, "");
    expect(new Set(spelled)).toEqual(prefixes);
  });

  it("numbers each node's children one after another, level by level, so that walking them reads adjacent memory", () => {
    const word = fc.array(fc.constantFrom("a", "b", "c"), { maxLength: 5 }).map((letters) => letters.join(""));
    fc.assert(
      fc.property(fc.array(word, { maxLength: 30 }), (unsorted) => {
        const { trie } = lexiconOf(unsorted);
        for (let node = 0; node < trie.code.length; node++) {
          expect([-1, node + 1]).toContain(trie.nextSibling[node]);
          if (node > 0) expect(trie.depth[node]).toBeGreaterThanOrEqual(trie.depth[node - 1]!);
        }
      }),
    );
  });

  it("lists every token spelled by a prefix, and only those", () => {
    expect(wordsEndingAt(lexicon, walk("kabul"))).toEqual([2, 5]);
    expect(wordsEndingAt(lexicon, walk("kabu"))).toEqual([]);
    expect(wordsEndingAt(lexicon, LEXICON_ROOT)).toEqual([9]);
  });

  it("orders words as comparing them whole does, ties by position, whatever their letters", () => {
    const byComparison = (words: string[]) => Array.from(words.keys()).sort((a, b) => inCodeUnitOrder(words[a]!, words[b]!) || a - b);
    // Letters at the edges of a to z, a NUL and others far from them, prefixes of one another, repeats,
    // and nodes of more words than are sorted by insertion.
    const letter = fc.constantFrom("a", "b", "y", "z", "`", "{", "A", "'", "-", "\u0000", "\u00ff", "\u0101", "\uffff");
    fc.assert(
      fc.property(fc.array(fc.array(letter, { maxLength: 10 }).map((letters) => letters.join("")), { maxLength: 60 }), (words) => {
        const { trie } = lexiconOf(words);
        expect(Array.from(trie.ids)).toEqual(byComparison(words));
        expect(Array.from(trie.lengths)).toEqual(byComparison(words).map((k) => words[k]!.length));
      }),
      { numRuns: 500 },
    );
    expect(Array.from(lexiconOf(["aĀz", "aāb", "aÿc"]).trie.ids)).toEqual([2, 0, 1]);
  });

  it("holds the Latin tokens of an index, sorted", () => {
    const index = buildIndex([{ id: "z", name: "Zamir Kabulov" }, { id: "k", name: "Кабул" }, { id: "p", name: "Putin" }]);
    expect(Array.from(latinLexiconOf(index).ids, (id) => index.vocabulary[id]!.token.text)).toEqual(["kabulov", "putin", "zamir"]);
    expect(latinLexiconOf(index)).toBe(latinLexiconOf(index));
  });

  it("reads a loaded index's Latin tokens from its saved columns as a built index's tokens give them", () => {
    const index = buildIndex(entities);
    const loaded = deserializeIndex(JSON.parse(JSON.stringify(serializeIndex(index))));
    expect(loaded.readLatinWords()).toEqual(index.readLatinWords());
    expect(latinLexiconOf(loaded)).toEqual(latinLexiconOf(index));
  });
});

describe("channel decoding over a lexicon", () => {
  const russian = modelFor("cyrillic")!.merged;
  const names = ["Guido", "Gabet", "Gebet", "Vidal", "Badoglio", "Badallo", "Zhirnov", "Zhirinovsky", "Kozak", "Cornelius", "Cornelie"];
  const index = buildIndex(names.map((name) => ({ id: name, name })));
  const lexicon = latinLexiconOf(index);
  const decode = (query: string, count = 3) =>
    decodeChannel(units(query), russian, lexicon, count).map((w) => ({ text: index.vocabulary[w.id]!.token.text, logp: w.logProbability }));

  it("finds the spelling the model reads best, even with no consonant key in common", () => {
    expect(decode("гвидо")[0]!.text).toBe("guido");
    expect(decode("бадольо")[0]!.text).toBe("badoglio");
    expect(decode("Жирнов")[0]!.text).toBe("zhirnov");
    expect(decode("корнелий")[0]!.text).toBe("cornelius");
  });

  it("scores no word above its best alignment under the table it follows, sorted likeliest first", () => {
    const single = { classes: [{ logWeight: 0, emissions: russian }], merged: russian };
    for (const query of ["гвидо", "Жирнов", "Козак", "корнелий", "видаль"]) {
      const decoded = decode(query, 5);
      expect(decoded.length).toBeGreaterThan(0);
      for (let i = 1; i < decoded.length; i++) expect(decoded[i]!.logp).toBeLessThanOrEqual(decoded[i - 1]!.logp);
      for (const { text, logp } of decoded) expect(logp).toBeLessThanOrEqual(channelLogProbability(units(query), text, single) + 1e-9);
    }
  });

  it("returns nothing from an empty lexicon, and at most the count asked", () => {
    expect(decodeChannel(units("гвидо"), russian, latinLexicon(latinWords([], new Int32Array())), 5)).toEqual([]);
    expect(decode("корнелий", 5).map((w) => w.text)).toEqual(expect.arrayContaining(["cornelius", "cornelie"]));
    expect(decode("корнелий", 1)).toHaveLength(1);
  });

  it("keeps the likeliest words, ties by vocabulary position, whatever the count: each shorter list begins the longer", () => {
    const bundled = buildIndex(entities);
    const bundledLexicon = latinLexiconOf(bundled);
    for (const query of ["гвидо", "Жирнов", "Кабулов", "Лавров", "москва", "Аа", "о", "талибан"]) {
      const longest = decodeChannel(units(query), russian, bundledLexicon, 40);
      for (let k = 1; k < longest.length; k++) {
        const [before, after] = [longest[k - 1]!, longest[k]!];
        expect(before.logProbability > after.logProbability || (before.logProbability === after.logProbability && before.id < after.id), query).toBe(true);
      }
      for (const count of [0, 1, 2, 5, 16, 39]) expect(decodeChannel(units(query), russian, bundledLexicon, count), `${query} ${count}`).toEqual(longest.slice(0, count));
    }
  });
});
