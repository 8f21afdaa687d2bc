import { describe, expect, it } from "vitest";
import { entities } from "../src/generated/aliases.js";
import fc from "fast-check";
import { decodeIds, encodeIds } from "../src/index/id-text.js";
import { weakFormsOf, weakFormsText, weakFormsValid, weakFormWords, type WeakForm } from "../src/index/weak-forms.js";
import { createResolver, loadResolver } from "../src/resolve/create-resolver.js";
import { buildIndex, vocabularyEntry } from "../src/index/build-index.js";
import { listAt } from "../src/index/postings.js";
import { inCodeUnitOrder } from "../src/match/code-unit-order.js";
import { deserializeIndex, serializeIndex } from "../src/index/serialize.js";
import type { SoundForm } from "../src/names/analyze.js";

describe("resolver.toJSON and loadResolver", () => {
  const built = createResolver(entities);
  const loaded = loadResolver(JSON.parse(JSON.stringify(built)));

  it("give identical answers after a JSON round trip", () => {
    for (const name of ["Motti", "أمير خان ماتوكي", "Cernov", "Amir", "LAVROV, Sergey", "وروسيا", "ISIS-K", "Kabulov", "nobody at all", "Allemagne", "Nouvelle-Zélande", "ドイツ"]) {
      expect(loaded.resolve(name), name).toEqual(built.resolve(name));
      expect(loaded.candidates(name, { limit: 5 }), name).toEqual(built.candidates(name, { limit: 5 }));
    }
    expect(loaded.size).toBe(built.size);
    expect(JSON.stringify(loaded), "saved again").toBe(JSON.stringify(built));
  });

  it("rebuilds each token's records as the build listed them, a record naming a token twice listed once", () => {
    const index = buildIndex([...entities.slice(0, 50), { id: "twice", name: "Abdul Abdul Ghani" }]);
    const reloaded = deserializeIndex(JSON.parse(JSON.stringify(serializeIndex(index))));
    expect(reloaded.tokenRecords).toEqual(index.tokenRecords);
    const abdul = index.vocabularyByText.get("abdul")!;
    const last = index.recordEntity.length - 1;
    expect(Array.from(listAt(reloaded.tokenRecords, abdul)).filter((record) => record === last)).toEqual([last]);
  });

  it("reads every token back as the build analysed it: forms, penalties, readings and units", () => {
    const index = buildIndex(entities);
    const reloaded = deserializeIndex(JSON.parse(JSON.stringify(serializeIndex(index))));
    expect(reloaded.vocabulary.length).toBe(index.vocabulary.length);
    // Read at load: no entry yet, each read from the saved columns when first asked for; reading ahead only touches the columns.
    reloaded.readAhead!(Array.from(index.vocabulary.keys()));
    expect(reloaded.vocabulary.every((entry) => entry === undefined)).toBe(true);
    index.vocabulary.forEach((built, id) => {
      const entry = built!;
      const { text, script, kind, forms, lookupKeys } = vocabularyEntry(reloaded, id).token;
      // Each field read as lookups read it: a saved form's units are split when first asked for.
      const fieldsOf = (form: SoundForm) => ({ latin: form.latin, symbols: form.symbols, key: form.key, penalty: form.penalty, reading: form.reading, units: form.units });
      // Keys as saved, a line of words: a token of vowels alone has one empty key, which reads back as none (lookups never read them).
      expect({ text, script, kind, forms: forms.map(fieldsOf), lookupKeys: lookupKeys.join(" ") }, entry.token.text).toEqual({ ...entry.token, forms: entry.token.forms.map(fieldsOf), lookupKeys: entry.token.lookupKeys.join(" ") });
      expect({ entityCount: vocabularyEntry(reloaded, id).entityCount, acronym: vocabularyEntry(reloaded, id).acronym }, entry.token.text).toEqual({ entityCount: entry.entityCount, acronym: entry.acronym });
    });
    expect(index.vocabulary.some((entry) => entry!.token.forms.some((form) => form.penalty > 0 && form.units.length > 0))).toBe(true);
  });

  it("keeps options separate from the saved index", () => {
    expect(loadResolver(built.toJSON(), { threshold: 0.9 }).resolve("Putin")).toBeNull();
  });

  it("rejects what is not a saved index, saying what to do", () => {
    expect(() => loadResolver({})).toThrow(/^\[canonym\] loadResolver: expected the output of resolver\.toJSON\(\)/);
    expect(() => loadResolver({ ...built.toJSON(), version: 99 })).toThrow(/version 99/);
    expect(() => loadResolver(null)).toThrow(TypeError);
  });

  it("saves and loads a dictionary of weak aliases alone, which has no tokens", () => {
    const weakOnly = createResolver([{ id: "germany", name: "Germany", type: "place", weakAliases: ["Germany", "Allemagne"] }]);
    const loaded = loadResolver(JSON.parse(JSON.stringify(weakOnly)));
    expect(loaded.resolve("Allemagne")?.id).toBe("germany");
    expect(loaded.extract("Talks in Allemagne.")).toEqual(weakOnly.extract("Talks in Allemagne."));
  });

  it("rejects weak aliases that name no entity of the index, or are not lines of three fields", () => {
    const saved = built.toJSON();
    expect(() => loadResolver({ ...saved, weak: "allemagne\t99999\tAllemagne" })).toThrow(/^\[canonym\] loadResolver: .*\(weak\)/);
    expect(() => loadResolver({ ...saved, weak: "allemagne Allemagne" })).toThrow(/\(weak\)/);
    expect(() => loadResolver({ ...saved, weak: 42 })).toThrow(/\(weak\)/);
    expect(loadResolver({ ...saved, weak: "" }).resolve("Allemagne")).toBeNull();
  });

  it("rejects id lists that are not encodeIds' text, or point past what they index", () => {
    const saved = built.toJSON();
    const withTokens = (tokens: object) => ({ ...saved, records: { ...saved.records, tokens } });
    expect(() => loadResolver(withTokens({ ...saved.records.tokens, ids: [1, 2] }))).toThrow(/^\[canonym\] loadResolver: .*\(records\.tokens\)/);
    expect(() => loadResolver(withTokens({ ...saved.records.tokens, ids: saved.records.tokens.ids + "\"" }))).toThrow(/\(records\.tokens\)/);
    expect(() => loadResolver(withTokens({ ...saved.records.tokens, ids: encodeIds([999_999]) }))).toThrow(/\(records\.tokens\)/);
    expect(() => loadResolver({ ...saved, records: { ...saved.records, entity: encodeIds([-1]) } })).toThrow(/\(records\.entity\)/);
    expect(() => loadResolver({ ...saved, keys: { ...saved.keys, exact: { ...saved.keys.exact, starts: "" } } })).toThrow(/\(keys\.exact\)/);
  });

  it("keeps the titles written before forms, and rejects titles out of order, past the last form, or without a line each", () => {
    const titled = createResolver([
      { id: "putin", name: "Vladimir Putin", aliases: ["President Vladimir Putin"] },
      { id: "lavrov", name: "Sergey Lavrov", aliases: ["Sheikh Mullah Sergey Lavrov", "Mr Lavrov"] },
    ]);
    const saved = titled.toJSON();
    expect(saved.records.titles.titles).toBe("president\nsheikh mullah\nmr\n");
    const loaded = loadResolver(JSON.parse(JSON.stringify(saved)));
    for (const name of ["President Putin", "Mullah Lavrov", "Mr Lavrov", "sheikh mullah"]) expect(loaded.candidates(name), name).toEqual(titled.candidates(name));
    const text = "President Vladimir Putin met Sheikh Mullah Sergey Lavrov.";
    expect(loaded.extract(text)).toEqual(titled.extract(text));
    const withTitles = (titles: object) => ({ ...saved, records: { ...saved.records, titles } });
    const lines = saved.records.titles.titles;
    expect(() => loadResolver(withTitles({ records: encodeIds([1, 4, 3]), titles: lines }))).toThrow(/^\[canonym\] loadResolver: .*\(records\.titles\)/);
    expect(() => loadResolver(withTitles({ records: encodeIds([1, 3, 999]), titles: lines }))).toThrow(/\(records\.titles\)/);
    expect(() => loadResolver(withTitles({ records: encodeIds([1, 3]), titles: lines }))).toThrow(/\(records\.titles\)/);
    expect(() => loadResolver(withTitles({ records: encodeIds([1, 3, 4]), titles: "president\n\nmr\n" }))).toThrow(/\(records\.titles\)/);
    expect(() => loadResolver(withTitles([[1, ["president"]]]))).toThrow(/\(records\.titles\)/);
  });

  it("keeps forms written with a line break or a backslash as they were, and rejects lines unended or of another count than the lists", () => {
    const odd = createResolver([{ id: "odd", name: "Foo\nBar", aliases: ["C:\\Kabul\\n"] }]);
    const loaded = loadResolver(JSON.parse(JSON.stringify(odd)));
    for (const name of ["Foo\nBar", "foo bar", "C:\\Kabul\\n"]) expect(loaded.resolve(name)).toEqual(odd.resolve(name));
    expect(loaded.resolve("C:\\Kabul\\n")?.matched).toBe("C:\\Kabul\\n");
    const saved = built.toJSON();
    expect(() => loadResolver({ ...saved, records: { ...saved.records, alias: saved.records.alias.slice(0, -1) } })).toThrow(/\(records\.alias\)/);
    expect(() => loadResolver({ ...saved, keys: { ...saved.keys, normalized: { ...saved.keys.normalized, keys: "zz\naa\n" } } })).toThrow(/\(keys\.normalized\)/);
    expect(() => loadResolver({ ...saved, keys: { ...saved.keys, exact: { ...saved.keys.exact, keys: ["KBL"] } } })).toThrow(/\(keys\.exact\)/);
  });
});

describe("the saved vocabulary", () => {
  const saved = createResolver(entities).toJSON();
  const withVocabulary = (change: object) => ({ ...saved, vocabulary: { ...saved.vocabulary, ...change } });

  it("names the column that is wrong", () => {
    expect(() => loadResolver(withVocabulary({ text: saved.vocabulary.text + "\nextra" }))).toThrow(/^\[canonym\] loadResolver: .*\(vocabulary\.text\)/);
    expect(() => loadResolver(withVocabulary({ kind: 7 }))).toThrow(/\(vocabulary\.kind\)/);
    // A digit per token: one past the names, a letter, a digit too few or too many.
    expect(saved.vocabulary.script).toMatch(/^[0-9]+$/);
    expect(() => loadResolver(withVocabulary({ script: `:${saved.vocabulary.script.slice(1)}` }))).toThrow(/\(vocabulary\.script\)/);
    expect(() => loadResolver(withVocabulary({ script: `${saved.vocabulary.script.slice(0, -1)}x` }))).toThrow(/\(vocabulary\.script\)/);
    expect(() => loadResolver(withVocabulary({ kind: `3${saved.vocabulary.kind.slice(1)}` }))).toThrow(/\(vocabulary\.kind\)/);
    expect(() => loadResolver(withVocabulary({ kind: saved.vocabulary.kind.slice(1) }))).toThrow(/\(vocabulary\.kind\)/);
    expect(() => loadResolver(withVocabulary({ script: `${saved.vocabulary.script}0` }))).toThrow(/\(vocabulary\.script\)/);
    expect(() => loadResolver(withVocabulary({ lookupKeys: saved.vocabulary.lookupKeys + "\nKBL" }))).toThrow(/\(vocabulary\.lookupKeys\)/);
    expect(() => loadResolver(withVocabulary({ lookupKeys: 1 }))).toThrow(/\(vocabulary\.lookupKeys\)/);
    expect(() => loadResolver(withVocabulary({ forms: saved.vocabulary.forms.replace("\t", "") }))).toThrow(/\(vocabulary\.forms\)/);
    const [firstForm, ...otherForms] = saved.vocabulary.forms.split("\n");
    const fields = firstForm!.split("\t");
    const formsWith = (line: string[]) => ({ forms: [line.join("\t"), ...otherForms].join("\n") });
    expect(() => loadResolver(withVocabulary(formsWith([...fields.slice(0, 3), "-1", ...fields.slice(4)])))).toThrow(/\(vocabulary\.forms\)/);
    expect(() => loadResolver(withVocabulary(formsWith([...fields, "extra"])))).toThrow(/\(vocabulary\.forms\)/);
    expect(() => loadResolver(withVocabulary({ forms: saved.vocabulary.forms + "\n" }))).toThrow(/\(vocabulary\.forms\)/);
    expect(() => loadResolver(withVocabulary({ entityCounts: [1] }))).toThrow(/\(vocabulary\.entityCounts\)/);
    expect(() => loadResolver(withVocabulary({ acronyms: encodeIds([10 ** 7]) }))).toThrow(/\(vocabulary\.acronyms\)/);
  });

  it("round-trips any dictionary, whatever its names hold", () => {
    const name = fc.oneof(fc.string({ unit: "grapheme", minLength: 1, maxLength: 12 }).filter((s) => s.trim() !== ""), fc.constantFrom("Amir\tKhan", "Zamir\nKabulov", "Sergey\u2028Lavrov", "TASS\r\nРИА"));
    fc.assert(
      fc.property(fc.array(fc.tuple(name, fc.array(name, { maxLength: 2 })), { minLength: 1, maxLength: 6 }), fc.array(name, { maxLength: 4 }), (rows, queries) => {
        const dictionary = rows.map(([n, aliases], i) => ({ id: `e${i}`, name: n, aliases }));
        const built = createResolver(dictionary);
        const loaded = loadResolver(JSON.parse(JSON.stringify(built)));
        for (const query of [...queries, ...rows.map(([n]) => n)]) expect(loaded.candidates(query, { limit: 3 })).toEqual(built.candidates(query, { limit: 3 }));
        // Saved again, after lookups have read some of its tokens, it is the index it was loaded from.
        expect(JSON.stringify(loaded)).toBe(JSON.stringify(built));
      }),
      { numRuns: 60, seed: 20261201 },
    );
  });
});

describe("id lists as text", () => {
  it("round-trip any 32-bit integers", () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 })), (values) => {
      expect(Array.from(decodeIds(encodeIds(values))!)).toEqual(values);
    }));
  });

  it("take one character for each small step of an ascending list", () => {
    expect(encodeIds(Array.from({ length: 1000 }, (_, i) => 3 * i))).toHaveLength(1000);
  });

  it("refuse text they did not write", () => {
    for (const text of ["\"", "W", "6 2", "é", "_____________"]) expect(decodeIds(text), text).toBeUndefined();
    expect(decodeIds("")).toEqual(new Int32Array());
  });
});


describe("weak aliases as sorted text", () => {
  it("finds exactly the aliases of a normalised form by bisection, wherever it sorts, nothing for forms absent, and the forms' words", () => {
    const form = fc.stringMatching(/^[a-cé ]{1,4}$/);
    // Aliases its normalised form spells, as it is or capitalised, are written as marks; one that could be read as a mark is escaped.
    const weakAlias = fc.tuple(form, fc.nat(20), fc.string({ maxLength: 5 }), fc.constantFrom("any", "same", "capitalised", "marked")).map(([normalized, entity, text, how]) => ({
      normalized,
      entity,
      alias: how === "same" ? normalized : how === "capitalised" ? normalized.split(" ").map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(" ") : how === "marked" ? `${["", "^", "\\"][entity % 3]}${text}` : text,
    }));
    fc.assert(
      // Entities past 9, so that their order as numbers and as text differ ("10" and "9").
      fc.property(fc.array(weakAlias, { maxLength: 30 }), fc.array(form, { maxLength: 5 }), (written, probes) => {
        const forms = { text: weakFormsText(written) };
        expect(weakFormsValid(forms, 21)).toBe(true);
        for (const normalized of [...written.map((w) => w.normalized), ...probes, "", "\uffff"]) {
          const expected = normalized === "" ? [] : written.filter((w) => w.normalized === normalized).map((w) => ({ ...w, alias: w.alias.replace(/[\t\n]/g, " ") }));
          const byEntityThenAlias = (a: WeakForm, b: WeakForm) => a.entity - b.entity || inCodeUnitOrder(a.alias, b.alias);
          expect(weakFormsOf(forms, normalized), normalized).toEqual(expected.sort(byEntityThenAlias));
        }
        // The words of the forms, split at every space as String.split splits them (empty words too).
        const words = weakFormWords(forms);
        const expectedWords = new Set(written.flatMap((w) => w.normalized.split(" ")));
        for (const word of [...expectedWords, ...probes.flatMap((p) => [p, ...p.split(" ")]), "", "x", "\uffff"]) {
          expect(words.has(word), JSON.stringify(word)).toBe(expectedWords.has(word));
        }
        expect(words.maxWords).toBe(Math.max(1, ...written.map((w) => w.normalized.split(" ").length)));
      }),
    );
  });

  it("are valid only as lines of a form, an entity of the dictionary in decimal digits, and an alias", () => {
    const valid = (text: string) => weakFormsValid({ text }, 10);
    expect(valid("")).toBe(true);
    expect(valid("a\t9\tA\nb\t0\t")).toBe(true);
    for (const text of ["a\t10\tA", "a\t\tA", "\t1\tA", "a\t1", "a\t-1\tA", "a\t1.\tA", "a\t 1\tA", "a\t0000000001\tA", "a\t1\tA\n", "a\t1\tA\nb\t2"]) {
      expect(valid(text), JSON.stringify(text)).toBe(false);
    }
    expect(weakFormsValid({ text: "a\t999999999\tA" }, 1e9)).toBe(true);
  });
});
