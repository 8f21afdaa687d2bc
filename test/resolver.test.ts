import { describe, expect, it } from "vitest";
import { entities } from "../src/generated/aliases.js";
import { createResolver, loadResolver } from "../src/resolve/create-resolver.js";
import { afterTitlePhrase, TITLE_PHRASE_SET_ASIDE } from "../src/names/title-phrase.js";
import { evidenceRanker } from "../src/resolve/record-evidence.js";
import { initialsApart } from "../src/names/initials.js";
import { nameParts } from "../src/names/analyze.js";
import { validateEntities } from "../src/validate/entity-input.js";
import { slipOf, swapApart } from "../src/index/weak-slips.js";

const resolver = createResolver(entities);

describe("resolve", () => {
  it.each([
    ["أمير خان ماتوكي", "amir-khan-muttaqi"],
    ["Mullah Amir Khan Muttaqi", "amir-khan-muttaqi"],
    ["Muttaqi", "amir-khan-muttaqi"],
    ["Lavrov", "sergey-lavrov"],
    ["LAVROV, Sergey", "sergey-lavrov"],
    ["Sergej Lawrow", "sergey-lavrov"],
    ["President Putin", "vladimir-putin"],
    ["Владимир Владимирович Путин", "vladimir-putin"],
    ["Kabulov", "zamir-kabulov"],
    ["وروسيا", "russia"],
    ["Moskau", "moscow"],
  ])("%s → %s", (name, id) => {
    const result = resolver.resolve(name);
    expect(result?.id).toBe(id);
    expect(result?.score).toBeGreaterThanOrEqual(0.7);
  });

  it.each(["Amir", "Hassan", "Gul", "al", "Dmitry Kozak", "Vladimir Zhirinovsky", "Zamir Khan", "", "   ", "East", "Bavaria"])(
    "abstains on %j",
    (name) => {
      expect(resolver.resolve(name)).toBeNull();
    },
  );

  it("reads initials written together, as Russian papers write a given name and patronymic, one initial each", () => {
    for (const name of ["Putin V.V.", "V.V. Putin", "Путин В.В.", "Lavrov S.V.", "Лавров С.В.", "A.K. Muttaqi", "Kabulov Z.N."]) {
      expect(resolver.resolve(name)?.explanation.pairs.filter((pair) => pair.rule === "initial").length, name).toBeGreaterThan(0);
    }
    expect([resolver.resolve("Путин В.В.")?.id, resolver.resolve("Kabulov Z.N.")?.id]).toEqual(["vladimir-putin", "zamir-kabulov"]);
    // An abbreviation alone is no set of initials.
    expect(resolver.resolve("U.S.")).toMatchObject({ id: "united-states", score: 1 });
    expect([initialsApart("Putin V.V."), initialsApart("Путин В.В."), initialsApart("U.S."), initialsApart("Vladimir Putin")]).toEqual(["Putin V. V.", "Путин В. В.", undefined, undefined]);
    expect(resolver.extract("Встречу провёл Лавров С.В. в Москве. V.V. Putin spoke.").map((m) => [m.text, m.id])).toEqual([
      ["Лавров С.В.", "sergey-lavrov"],
      ["Москве", "moscow"],
      ["V.V. Putin", "vladimir-putin"],
    ]);
  });

  it("drops a query's qualifiers in brackets, as lists and notes write them, unless nothing else is left", () => {
    expect(resolver.resolve("Zamir Kabulov (Russian envoy)")).toMatchObject({ id: "zamir-kabulov", score: 1 });
    expect(resolver.resolve("Putin, Vladimir [RU]")).toMatchObject({ id: "vladimir-putin", score: 1 });
    expect(resolver.resolve("(Taliban)")?.id).toBe("taliban");
    expect(nameParts("Amir Khan Muttaqi {1970}").words).toEqual(["amir", "khan", "muttaqi"]);
  });

  it("sets aside an office written before a name, with what it is of, where the whole query names no one", () => {
    for (const [query, id, office] of [
      ["Russian President Vladimir Putin", "vladimir-putin", "russian president"],
      ["President of Russia Vladimir Putin", "vladimir-putin", "president of russia"],
      ["Afghan Foreign Minister Amir Khan Muttaqi", "amir-khan-muttaqi", "afghan foreign minister"],
      ["Foreign Minister of Afghanistan Amir Khan Muttaqi", "amir-khan-muttaqi", "foreign minister of afghanistan"],
      ["Russian Ambassador to Afghanistan Dmitry Zhirnov", "dmitry-zhirnov", "russian ambassador to afghanistan"],
      ["Министр иностранных дел России Сергей Лавров", "sergey-lavrov", "министр иностранных дел россии"],
      ["الرئيس الروسي فلاديمير بوتين", "vladimir-putin", "الرييس الروسي"],
    ]) {
      const resolution = resolver.resolve(query as string);
      expect(resolution?.id, query).toBe(id);
      expect(resolution?.explanation.notes).toContain(`${TITLE_PHRASE_SET_ASIDE}: ${office}`);
      // Candidates agree: the person first, as resolve answers, each entity once, at its best.
      const [first, ...others] = resolver.candidates(query as string);
      expect(first, query).toEqual(resolution);
      expect(others.every((other) => other.score <= (first?.score ?? 0) && other.id !== id)).toBe(true);
    }
    // The office's own entity stays a candidate, below the person ("Afghan Foreign Minister" reads as the ministry).
    expect(resolver.candidates("Afghan Foreign Minister Amir Khan Muttaqi").map((candidate) => candidate.id)).toContain("afghan-ministry-of-foreign-affairs");
    expect(afterTitlePhrase("UN Secretary-General Antonio Guterres")).toEqual([{ office: "un secretary general", name: "antonio guterres" }]);
    // A title word inside a name after a given name is part of it; a single word after an office may be the office's own.
    expect(afterTitlePhrase("Mohammed Sheikh Ali Hassan")).toEqual([]);
    expect(afterTitlePhrase("President Mohammed Ali Rajai")).toEqual([]);
    expect(afterTitlePhrase("Martin Luther King Jr")).toEqual([]);
    expect(resolver.resolve("Russian President")).toBeNull();
    // The whole query comes first: a form that writes the office keeps its own answer.
    expect(resolver.resolve("Afghan Ministry of Foreign Affairs")?.explanation.notes.join()).not.toContain(TITLE_PHRASE_SET_ASIDE);
  });

  it("reports how it matched", () => {
    expect(resolver.resolve("Vladimir Putin")).toMatchObject({ id: "vladimir-putin", name: "Vladimir Putin", type: "person", score: 1, method: "exact", matched: "Vladimir Putin" });
    expect(resolver.resolve("vladimir putin")?.method).toBe("normalized");
    expect(resolver.resolve("Putin")?.method).toBe("partial");
    expect(resolver.resolve("Putin")?.explanation.unmatchedReference).toEqual(["vladimir"]);
  });

  it("abstains when two entities are too close to call", () => {
    const twins = createResolver([
      { id: "john-smith-a", name: "John Smith", type: "person" },
      { id: "john-smith-b", name: "John Smith", type: "person" },
    ]);
    expect(twins.resolve("John Smith")).toBeNull();
    expect(twins.candidates("John Smith").map((c) => c.id)).toEqual(["john-smith-a", "john-smith-b"]);
    const surnames = createResolver([
      { id: "sergey-lavrov", name: "Sergey Lavrov", type: "person" },
      { id: "pyotr-lavrov", name: "Pyotr Lavrov", type: "person" },
    ]);
    expect(surnames.resolve("Lavrov")).toBeNull();
    expect(surnames.resolve("Sergey Lavrov")?.id).toBe("sergey-lavrov");
  });

  it("abstains on a form of two entities, even when a third, spelled alike in another script, is within the margin", () => {
    const namesakes = [
      { id: "ivan-petrov-a", name: "Ivan Petrov", type: "person" },
      { id: "ivan-petrov-b", name: "Ivan Petrov", type: "place" },
      { id: "ivan-petrov-c", name: "Иван Петров", type: "person" },
    ];
    const wide = createResolver(namesakes, { ambiguityMargin: 0.1 });
    expect(wide.candidates("Ivan Petrov").map((c) => c.id)).toEqual(["ivan-petrov-a", "ivan-petrov-b", "ivan-petrov-c"]);
    expect(wide.resolve("Ivan Petrov")).toBeNull();
    expect(wide.resolve("Ivan Petrov", { types: ["place"] })?.id).toBe("ivan-petrov-b");
    expect(wide.resolve("Иван Петров")?.id).toBe("ivan-petrov-c");
  });

  it("takes a threshold and an ambiguity margin", () => {
    expect(createResolver(entities, { threshold: 0.9 }).resolve("Putin")).toBeNull();
    expect(resolver.resolve("Putin", { threshold: 0.9 })).toBeNull();
    expect(resolver.resolve("Dmitry Gornyov", { threshold: 0.99 })?.id).toBe("dmitry-zhirnov");
  });

  it("filters by type", () => {
    expect(resolver.resolve("Kabul", { types: ["person"] })).toBeNull();
    expect(resolver.resolve("Kabul", { types: ["place"] })?.id).toBe("kabul");
  });

  it("throws a TypeError for a non-string name", () => {
    expect(() => resolver.resolve(undefined as unknown as string)).toThrow(/\[canonym\] resolver.resolve expects a name as a string/);
  });
});

describe("candidates", () => {
  it("lists entities best first, one per entity, within the limit", () => {
    const list = resolver.candidates("Cernov", { limit: 5 });
    expect(list[0]?.id).toBe("dmitry-zhirnov");
    expect(list.length).toBeLessThanOrEqual(5);
    expect(new Set(list.map((c) => c.id)).size).toBe(list.length);
    for (let i = 1; i < list.length; i++) expect(list[i]!.score).toBeLessThanOrEqual(list[i - 1]!.score);
  });

  it("lists candidates below the resolve threshold, down to minScore", () => {
    const list = resolver.candidates("Amir");
    expect(list[0]?.id).toBe("amir-khan-muttaqi");
    expect(list[0]!.score).toBeLessThan(0.7);
    expect(resolver.candidates("Amir", { minScore: 0.9 })).toEqual([]);
  });

  it("is deterministic", () => {
    expect(resolver.candidates("Dmitry")).toEqual(resolver.candidates("Dmitry"));
  });
});

describe("a weak alias misspelt", () => {
  it("resolves a name one slip inside a long word from a weak alias that is its entity's name", () => {
    for (const [typed, id] of [
      ["Venezuala", "venezuela"],
      ["Isreal", "israel"],
      ["Sengal", "senegal"],
      ["Ukrane", "ukraine"],
      ["United Kingdm", "united-kingdom"],
    ]) {
      const found = resolver.resolve(typed as string);
      expect([found?.id, found?.score, found?.method], typed).toEqual([id, expect.closeTo(0.92, 1), expect.stringMatching(/phonetic|fuzzy/)]);
      expect(found?.explanation.pairs.length, typed).toBeGreaterThan(0);
    }
  });

  it("tells a slip inside a word from one at its edges, and a swap from other slips", () => {
    expect(["venezuala", "isreal", "sengal", "ukrayine"].map((typed, k) => slipOf(typed, ["venezuela", "israel", "senegal", "ukraine"][k]!))).toEqual([true, true, true, true]);
    expect([slipOf("roland", "poland"), slipOf("bulgarian", "bulgaria"), slipOf("chlie", "chile"), slipOf("israel", "israel"), slipOf("isrl", "israel")]).toEqual([false, false, false, false, false]);
    expect([swapApart("fracne", "france"), swapApart("franke", "france"), swapApart("france", "france")]).toEqual([true, false, false]);
  });

  it("scores a swap of two letters as a typo, however it changes the sounds, and says so", () => {
    const found = resolver.resolve("Fracne");
    expect([found?.id, found?.score, found?.method]).toEqual(["france", 0.85, "fuzzy"]);
    expect(found?.explanation.notes).toContain("one slip from weak alias France");
    expect(found?.explanation.pairs.map((pair) => [pair.query, pair.reference, pair.similarity])).toEqual([["fracne", "france", 0.85]]);
    expect(resolver.resolve("South Afrcia")?.explanation).toMatchObject({ score: 0.85, unmatchedQuery: [], unmatchedReference: [] });
    // A letter more or less keeps the score its sounds give: "Hunary" is 0.46 like Hungary, and no one.
    expect(resolver.resolve("Hunary")).toBeNull();
  });

  it("takes a misspelt weak name over a sound-alike of another entity's alias", () => {
    // "Mauritus" sounds like "Emirates" (0.79) and is one letter short of Mauritius.
    expect(resolver.candidates("Mauritus", { limit: 2 }).map((c) => c.id)).toEqual(["mauritius", "united-arab-emirates"]);
    expect(resolver.resolve("Mauritus")?.id).toBe("mauritius");
  });

  it("reads no slip at a word's first or last letter, in a short word, or of a weak alias that is not the name", () => {
    // "Roland" is no Poland, "Bulgarian" no Bulgaria (nor German "Bulgarien"), "Chlie" no Chile, "Allemgne" no Allemagne.
    for (const typed of ["Roland", "Bulgarian", "Chlie", "Allemgne", "Germanz"]) {
      expect(resolver.candidates(typed).map((c) => c.id), typed).not.toContain(
        { Roland: "poland", Bulgarian: "bulgaria", Chlie: "chile", Allemgne: "germany", Germanz: "germany" }[typed],
      );
    }
  });

  it("reads a slip in a dictionary of your own, as a loaded index does", () => {
    const own = createResolver([{ id: "x", name: "Hibatullah Akhundzada", type: "person", weakAliases: ["Hibatullah Akhundzada"] }]);
    expect(own.resolve("Hibatullah Akhundzda")?.id).toBe("x");
    expect(loadResolver(JSON.parse(JSON.stringify(own))).resolve("Hibatullah Akhundzda")).toEqual(own.resolve("Hibatullah Akhundzda"));
  });

  it("reads slips only in the names the saved index marks as weak aliases too", () => {
    const own = createResolver([
      { id: "x", name: "Hibatullah Akhundzada", type: "person", weakAliases: ["Hibatullah Akhundzada"] },
      { id: "y", name: "Abdul Ghani Baradar", type: "person", weakAliases: ["Mullah Baradar"] },
    ]);
    const saved = own.toJSON();
    expect(saved.entities.map((entity) => entity.nameIsWeak)).toEqual([true, undefined]);
    // Unmarked, the name is read as any other: the slip no longer reaches its weak alias.
    const unmarked = loadResolver({ ...saved, entities: saved.entities.map(({ nameIsWeak: _, ...entity }) => entity) });
    expect(unmarked.resolve("Hibatullah Akhundzda")?.explanation.notes ?? []).not.toContain("one slip from weak alias Hibatullah Akhundzada");
    expect(own.resolve("Hibatullah Akhundzda")?.explanation.notes).toContain("one slip from weak alias Hibatullah Akhundzada");
  });
});

const SYLLABLES = ["ka", "ri", "mo", "tan", "bel", "sa", "no", "vik", "lu", "zar"];
/** A made-up name of three syllables, one per number below 1,000 (from 1,000 on they repeat). */
const syllableName = (n: number): string => `${SYLLABLES[n % 10]}${SYLLABLES[Math.floor(n / 10) % 10]}${SYLLABLES[Math.floor(n / 100) % 10]}`;

describe("large dictionaries", () => {
  it("finds the one name sharing a rare part with the query among thousands sharing a common one", () => {
    const entities = Array.from({ length: 2000 }, (_, n) => ({ id: `john-${n}`, name: `John ${syllableName(n)}`, type: "person" }));
    entities.push({ id: "john-zhirnovsky", name: "John Zhirnovsky", type: "person" });
    const resolver = createResolver(entities);
    expect(resolver.resolve("John Zhirnovski")?.id).toBe("john-zhirnovsky");
    expect(resolver.resolve("Jon Zhirnovsky")?.id).toBe("john-zhirnovsky");
    expect(resolver.candidates("John", { limit: 3 })).toHaveLength(3);
  });

  it("finds a name one typing slip away when thousands of others share the slip's consonant key", () => {
    const crowd: string[] = [];
    for (const onset of ["j", "zh", "ch", "sh"])
      for (const labial of ["v", "f", "vv", "ff", "w"])
        for (const velar of ["g", "gh", "q", "kh"])
          for (const [v, w, x] of [["u", "i", "oo"], ["i", "u", "ee"], ["ee", "oo", "u"], ["oo", "u", "i"], ["u", "u", "ee"]]) crowd.push(`${onset}${v}${labial}${w}${velar}${x}`);
    const entities = crowd.map((surname, n) => ({ id: `p${n}`, name: `Helegbe ${surname}`, type: "person" }));
    entities.push({ id: "helegbe-zalpeko", name: "Helegbe Zalpeko", type: "person" });
    const resolver = createResolver(entities);
    // Every name of the crowd sounds a little like "Zapeko": the typo is ranked first, not resolved.
    expect(resolver.candidates("Zapeko")[0]?.id).toBe("helegbe-zalpeko");
    expect(resolver.candidates("Helegbe Zapeko")[0]?.id).toBe("helegbe-zalpeko");
    expect(resolver.resolve("Helegbe Zlapeko")?.id).toBe("helegbe-zalpeko");
  });

  it("lists the near respellings of a name the dictionary spells as written, among hundreds sharing its keys and its surname", () => {
    // Every vowel pattern of m-h-m-d and m-h-m-t, "Mohammed" and "Mohamed" among them: all share the query's consonant key and its surname.
    const vowels = ["a", "e", "i", "o", "u"];
    const crowd = vowels.flatMap((a) => vowels.flatMap((b) => vowels.flatMap((c) => ["m", "mm"].flatMap((m) => ["d", "t"].map((d) => `m${a}h${b}${m}${c}${d}`)))));
    const capitalised = (word: string) => word[0]!.toUpperCase() + word.slice(1);
    const entities = crowd.map((given) => ({ id: given, name: `${capitalised(given)} Hassan`, type: "person" }));
    const list = createResolver(entities).candidates("Mohammed Hassan", { limit: 10 });
    // A token found whole is compared with few others, but those are its nearest: one letter dropped, one vowel changed.
    expect(list[0]?.id).toBe("mohammed");
    expect(list.map((c) => c.id)).toContain("mohamed");
    for (const candidate of list.slice(1)) expect(candidate.score).toBeGreaterThan(0.9);
  });
});

describe("names in no dictionary", () => {
  it("answers no one for a name whose only match is an initial beside a surname that merely resembles one", () => {
    const surnames = ["Snider", "Snuffy", "Glebov", "Escourrou"];
    const entities = surnames.flatMap((surname, n) => [
      { id: `p${n}`, name: `${"TSGJ"[n]}. ${surname}`, type: "person" },
      { id: `q${n}`, name: `Helegbe ${surname}`, type: "person" },
    ]);
    const resolver = createResolver(entities);
    for (const query of ["Tixozcre Snydro", "Sewel Snyphu", "Gletixoz Glephuub", "Jumcre Ozcre"]) {
      expect(resolver.resolve(query), query).toBeNull();
    }
    // Beside a surname spelled alike the initial still names the person; a surname that only resembles
    // one still names a person whose other part is the same name.
    expect(resolver.resolve("Tom Snider")?.id).toBe("p0");
    expect(resolver.resolve("Sam Snuffy")?.id).toBe("p1");
    expect(resolver.resolve("Helegbe Glebof")?.id).toBe("q2");
  });
});

describe("across scripts", () => {
  const crowd = Array.from({ length: 500 }, (_, n) => syllableName(n));
  const people = (names: string[]) => names.map((name, n) => ({ id: `p${n}`, name, type: "person" }));

  it("reads a name in another script as a Latin one its romanisation hardly resembles, through the learned model", () => {
    // 希瑟 romanises as "xise", which the rules find unlike "heather"; the model reads it as Heather.
    const resolver = createResolver(people(["Heather", ...crowd]));
    expect(resolver.candidates("希瑟")[0]?.id).toBe("p0");
  });

  it("finds a name the dictionary writes in another script from a Latin spelling its romanisation hardly resembles", () => {
    const resolver = createResolver(people(["希瑟", ...crowd]));
    expect(resolver.candidates("Heather")[0]?.id).toBe("p0");
  });
});

describe("createResolver input", () => {
  it("rejects invalid entity lists, naming position and field", () => {
    expect(() => createResolver([{ id: "Bad Id", name: "x" }])).toThrow(/entities\[0\]\.id: "Bad Id" is not kebab-case/);
    expect(() => createResolver("x" as never)).toThrow(TypeError);
    expect(validateEntities([{ id: "a", name: "" }, { id: "a", name: "b", aliases: [3] }])).toEqual([
      "[canonym] entities[0].name: expected a non-empty string, got \"\"",
      "[canonym] entities[1].id: \"a\" is already used by entities[0]; ids must be unique",
      "[canonym] entities[1].aliases[0]: expected a non-empty string, got number",
    ]);
  });

  it("does not modify the list it is given", () => {
    const list = [{ id: "kabul", name: "Kabul", type: "place", aliases: ["Kaboul"] }];
    const copy = structuredClone(list);
    createResolver(list).resolve("Kaboul");
    expect(list).toEqual(copy);
  });

  it("reads a name written family name first so: the family name alone names the person, a given name alone does not", () => {
    const people = createResolver([
      { id: "xi-jinping", name: "Xi Jinping", type: "person", familyNameFirst: true },
      { id: "kim-jong-un", name: "Kim Jong Un", type: "person", familyNameFirst: true },
      { id: "wen-jinping", name: "Wen Jinping", type: "person" },
    ]);
    expect(people.resolve("Xi")?.id).toBe("xi-jinping");
    expect(people.resolve("Xi")?.method).toBe("partial");
    // "Jinping" is the given name of the first, the family name of the third.
    expect(people.resolve("Jinping")?.id).toBe("wen-jinping");
    expect(people.resolve("Jong Un")).toBeNull();
    expect(loadResolver(JSON.parse(JSON.stringify(people))).resolve("Xi")?.id).toBe("xi-jinping");
    // Without the flag, the same name is read given name first.
    const givenFirst = createResolver([{ id: "xi-jinping", name: "Xi Jinping", type: "person" }]);
    expect(givenFirst.resolve("Xi")).toBeNull();
    expect(givenFirst.resolve("Jinping")?.id).toBe("xi-jinping");
    // "XI, Jinping", as a list writes it, is in speaking order already: not turned round into "Jinping Xi".
    const listed = createResolver([{ id: "xi-jinping", name: "XI, Jinping", type: "person", familyNameFirst: true }]);
    expect(listed.resolve("Xi")?.id).toBe("xi-jinping");
    expect(listed.resolve("Jinping")).toBeNull();
  });

  it("reads a Chinese or Korean form of a person written family name first as family and given name", () => {
    const people = createResolver([
      { id: "xi-jinping", name: "Xi Jinping", type: "person", familyNameFirst: true, aliases: ["习近平"] },
      { id: "kim-jong-un", name: "Kim Jong Un", type: "person", familyNameFirst: true, aliases: ["김정은"] },
    ]);
    // The given name alone names nobody, in either script; the family name names the person.
    expect(people.resolve("Jinping")).toBeNull();
    expect(people.resolve("近平")).toBeNull();
    expect(people.resolve("정은")).toBeNull();
    expect(people.resolve("习")?.id).toBe("xi-jinping");
    // The form itself is still the same name, whole: exact for resolve and candidates alike.
    for (const [name, id] of [["习近平", "xi-jinping"], ["김정은", "kim-jong-un"]] as const) {
      expect(people.resolve(name)).toMatchObject({ id, score: 1, method: "exact" });
      expect(people.candidates(name)[0]).toMatchObject({ id, score: 1, method: "exact", explanation: { notes: ["same text"] } });
    }
    expect(loadResolver(JSON.parse(JSON.stringify(people))).resolve("Jinping")).toBeNull();
    // A dictionary with the Latin form alone: the Chinese name, one word, is the whole name run together, not the given name.
    const latinOnly = createResolver([{ id: "xi-jinping", name: "Xi Jinping", type: "person", familyNameFirst: true }]);
    expect(latinOnly.resolve("习近平")?.id).toBe("xi-jinping");
    expect(latinOnly.resolve("Jinping")).toBeNull();
  });

  it("works with no type and no aliases", () => {
    expect(createResolver([{ id: "x", name: "Xylophone Quartet" }]).resolve("xylophone quartet")?.type).toBe("");
  });
});

describe("evidenceRanker", () => {
  const source = (records: number[], weight: number, leads = true) => ({ records: { starts: Int32Array.of(0, records.length), ids: Int32Array.from(records) }, token: 0, weight, leads });

  it("returns every record reached, first reached first, when within the limit", () => {
    expect(evidenceRanker(10)([[source([5, 2], 0.9)], [source([7, 2], 0.8)]], 5)).toEqual([5, 2, 7]);
  });

  it("keeps the records with the most summed evidence, a token's best match counting once, ties by position", () => {
    const rank = evidenceRanker(10);
    const sources = [[source([1, 2, 3, 4], 0.9), source([4], 0.95)], [source([3, 1], 0.7)]];
    expect(rank(sources, 2)).toEqual([1, 3]);
    expect(rank(sources, 3)).toEqual([1, 3, 4]);
  });

  it("lets a source that does not lead add to records reached otherwise, and reach none itself", () => {
    const rank = evidenceRanker(10);
    expect(rank([[source([1, 2, 3], 0.9)], [source([3, 8, 9], 0.7, false)]], 1)).toEqual([3]);
    expect(rank([[source([8], 0.9, false)]], 5)).toEqual([]);
  });

  it("leaves nothing of one call in the next", () => {
    const rank = evidenceRanker(10);
    rank([[source([0, 1, 2, 3, 4, 5, 6, 7, 8, 9], 0.9)]], 3);
    expect(rank([[source([9], 0.5)], [source([4, 9], 0.6)]], 5)).toEqual([9, 4]);
  });
});
