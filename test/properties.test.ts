// Properties every input must keep, checked with fast-check on generated names, texts and dictionaries.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { entities } from "../src/generated/aliases.js";
import { entities as organizations } from "../src/generated/organizations.js";
import { entities as people } from "../src/generated/people.js";
import { entities as places } from "../src/generated/places.js";
import { alignmentScore, alignNames, KIND_WEIGHT, type AlignContext } from "../src/match/align.js";
import { compare } from "../src/match/compare.js";
import { compareTokens, MIN_PAIR_SIMILARITY, RULE_ORDER, UNLIKE, type MatchRule } from "../src/match/token-match.js";
import { descending } from "../src/match/descending.js";
import { mayHoldAcronym } from "../src/names/acronyms.js";
import { scriptOf } from "../src/normalize/script.js";
import { inCodeUnitOrder } from "../src/match/code-unit-order.js";
import { selectRank } from "../src/match/select-rank.js";
import { analyzeName, type AnalyzedName } from "../src/names/analyze.js";
import { normalize } from "../src/normalize/normalize.js";
import { createResolver } from "../src/resolve/create-resolver.js";
import type { EntityInput } from "../src/resolve/types.js";
import { vocabularyHits } from "../src/resolve/vocabulary-hits.js";
import { FIXED_SEED, anyName, anyText, generatedDictionary } from "./arbitraries.js";

const runs = { seed: FIXED_SEED, numRuns: 2_000 };
const bundled = createResolver(entities);
/** The hand-written entities and the first places, weak aliases included: small enough to build a resolver per run. */
const smallDictionary = [...people, ...organizations, ...places.slice(0, 40)];
const inUnitInterval = (score: number): boolean => score >= 0 && score <= 1 && !Number.isNaN(score);

describe("normalize", () => {
  it("is idempotent", () => {
    fc.assert(fc.property(anyName, (s) => normalize(normalize(s)) === normalize(s)), runs);
  });

  it("gives the same answer for the NFC, NFD, NFKC and NFKD forms of a string", () => {
    fc.assert(fc.property(anyName, (s) => {
      const expected = normalize(s);
      return ["NFC", "NFD", "NFKC", "NFKD"].every((form) => normalize(s.normalize(form)) === expected);
    }), runs);
  });

  it("takes its shortcut for plain ASCII words without changing the answer", () => {
    const plain = fc.string({ unit: fc.constantFrom(..."aZ09 ,-.".split(""), "Putin", "Lavrov", "al", "V.", "U.S.", " a.b."), maxLength: 12 });
    // A zero-width space, which normalize removes, sends the same text down the full path.
    fc.assert(fc.property(plain, (s) => normalize(s) === normalize(`\u200B${s}`)), runs);
  });

  it("gives the same answer whatever the case", () => {
    fc.assert(fc.property(anyName, (s) => {
      const expected = normalize(s);
      return normalize(s.toUpperCase()) === expected && normalize(s.toLowerCase()) === expected;
    }), runs);
  });
});

describe("scores", () => {
  it("stay in [0, 1] in compare, candidates, resolve and extract", () => {
    fc.assert(fc.property(anyName, anyName, anyText, (a, b, text) => {
      expect(inUnitInterval(compare(a, b).score)).toBe(true);
      for (const c of bundled.candidates(a, { minScore: 0 })) expect(inUnitInterval(c.score)).toBe(true);
      const resolved = bundled.resolve(b);
      if (resolved) expect(resolved.score >= 0.7 && resolved.score <= 1).toBe(true);
      for (const m of bundled.extract(text)) expect(inUnitInterval(m.score)).toBe(true);
    }), { ...runs, numRuns: 500 });
  });
});

describe("compare", () => {
  it("scores a name with any token 1 against itself", () => {
    fc.assert(fc.property(anyName, (a) => normalize(a) === "" || compare(a, a).score === 1), runs);
  });

  it("is symmetric between two distinctive one-token names, as it documents (nothing left over, no initial, particle or common part)", () => {
    const word = anyName.filter((s) => {
      const { tokens } = analyzeName(s);
      return tokens.length === 1 && tokens[0]!.kind === "distinctive" && tokens[0]!.forms[0]!.latin.length >= 2;
    });
    fc.assert(fc.property(word, word, (a, b) => compare(a, b, { person: false }).score === compare(b, a, { person: false }).score), runs);
  });
});

describe("determinism", () => {
  it("answers a query the same whether the resolver is fresh or has answered others (its caches change nothing)", () => {
    fc.assert(fc.property(fc.array(anyName, { minLength: 1, maxLength: 8 }), (queries) => {
      const warmed = createResolver(smallDictionary);
      for (const q of queries) warmed.candidates(q);
      const fresh = createResolver(smallDictionary);
      const last = queries[queries.length - 1] as string;
      expect(warmed.candidates(last)).toEqual(fresh.candidates(last));
      expect(warmed.resolve(last)).toEqual(fresh.resolve(last));
    }), { ...runs, numRuns: 200 });
  });

  it("orders equal scores by id, whatever the order of the dictionary", () => {
    fc.assert(fc.property(generatedDictionary, fc.nat(), anyName, (dictionary, rotation, query) => {
      const shift = rotation % dictionary.length;
      const rotated = [...dictionary.slice(shift), ...dictionary.slice(0, shift)];
      const asked = query.length % 2 === 0 ? query : (dictionary[0] as EntityInput).name;
      expect(createResolver(rotated).candidates(asked)).toEqual(createResolver(dictionary).candidates(asked));
    }), { ...runs, numRuns: 300 });
  });
});

describe("self-consistency", () => {
  /** Forms written by exactly one entity of a dictionary (after normalisation): those must resolve to it. */
  function ownForms(dictionary: readonly EntityInput[]): Array<[string, string]> {
    const owners = new Map<string, Set<string>>();
    const formsOf = (e: EntityInput): string[] => [e.name, ...(e.aliases ?? []), ...(e.weakAliases ?? [])];
    for (const e of dictionary) for (const form of formsOf(e)) {
      const key = normalize(form);
      owners.set(key, (owners.get(key) ?? new Set()).add(e.id));
    }
    return dictionary.flatMap((e) => formsOf(e).filter((form) => owners.get(normalize(form))?.size === 1).map((form): [string, string] => [form, e.id]));
  }

  it("resolves every name and alias (weak ones too) of every bundled entity to that entity, where no other entity writes it", () => {
    const wrong = ownForms(entities).filter(([form, id]) => bundled.resolve(form)?.id !== id);
    expect(wrong).toEqual([]);
  });

  it("does the same on generated dictionaries", () => {
    fc.assert(fc.property(generatedDictionary, (dictionary) => {
      const resolver = createResolver(dictionary);
      for (const [form, id] of ownForms(dictionary)) expect(resolver.resolve(form)?.id).toBe(id);
    }), { ...runs, numRuns: 300 });
  });
});

describe("selectRank", () => {
  it("finds the value a full sort puts at the rank, duplicates and negative numbers included", () => {
    const values = fc.array(fc.integer({ min: -20, max: 20 }), { minLength: 1, maxLength: 200 });
    fc.assert(
      fc.property(values, fc.nat(), (list, k) => {
        const rank = k % list.length;
        const sorted = Float64Array.from(list).sort();
        return selectRank(Float64Array.from(list), rank) === sorted[rank];
      }),
      runs,
    );
  });
});

describe("vocabularyHits", () => {
  /** The tally as a Map and a sort, as lookups kept it before: buckets of the most hits, then hits less a tenth of the gap, ties by position. */
  function mostAgreedByMap(adds: ReadonlyArray<readonly [number, number]>, size: number, gapOf: (id: number) => number): number[] {
    const hits = new Map<number, number>();
    for (const [id, weight] of adds) hits.set(id, (hits.get(id) ?? 0) + weight);
    if (hits.size <= size) return [...hits.keys()];
    const counts = [...new Set(hits.values())].sort((a, b) => b - a);
    const kept: number[] = [];
    for (const count of counts) {
      for (const [id, hit] of hits) if (hit === count) kept.push(id);
      if (kept.length >= size) break;
    }
    if (kept.length <= size) return kept;
    const score = (id: number): number => 10 * (hits.get(id) as number) - gapOf(id);
    return kept.sort((a, b) => score(b) - score(a) || a - b).slice(0, size);
  }

  it("keeps the tokens a Map and a sort would, in the same order, and starts each lookup clean", () => {
    const adds = fc.array(fc.tuple(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 1, max: 3 })), { maxLength: 300 });
    const lengths = Uint16Array.from({ length: 61 }, (_, id) => (id * 7) % 5);
    const hits = vocabularyHits(lengths);
    fc.assert(
      fc.property(adds, fc.integer({ min: 1, max: 40 }), fc.integer({ min: 0, max: 6 }), (list, size, length) => {
        const gapOf = (id: number): number => Math.abs(length - (lengths[id] as number));
        for (const [id, weight] of list) hits.add(Int32Array.of(id), weight);
        return JSON.stringify(hits.takeMostAgreed(size, length)) === JSON.stringify(mostAgreedByMap(list, size, gapOf));
      }),
      runs,
    );
  });
});

describe("alignNames", () => {
  /** The greedy pass over pair objects and a plain sort, as alignment was written before its pairs became columns. */
  function pairsByObjects(query: AnalyzedName, reference: AnalyzedName, context: AlignContext): Array<[number, number]> {
    const candidates: Array<{ i: number; j: number; worth: number }> = [];
    query.tokens.forEach((token, i) =>
      reference.tokens.forEach((_, j) => {
        const { similarity } = context.matchOf(i, j);
        if (similarity >= MIN_PAIR_SIMILARITY) candidates.push({ i, j, worth: similarity * ((KIND_WEIGHT[token.kind] + context.referenceWeight(j)) / 2) });
      }),
    );
    candidates.sort((a, b) => b.worth - a.worth || a.i - b.i || a.j - b.j);
    const usedQuery = new Set<number>();
    const usedReference = new Set<number>();
    const chosen: Array<[number, number]> = [];
    for (const { i, j } of candidates) {
      if (usedQuery.has(i) || usedReference.has(j)) continue;
      usedQuery.add(i);
      usedReference.add(j);
      chosen.push([i, j]);
    }
    return chosen;
  }

  // Distinct words, so that a pair's texts give back its positions; sixteen of them make pairs enough to merge in several rounds.
  const WORDS = ["kabul", "putin", "lavrov", "muttaqi", "zhirnov", "kabulov", "ahmad", "khan", "amir", "dmitry", "sergey", "vladimir", "zamir", "moscow", "doha", "tehran"];
  const nameOf = fc.shuffledSubarray(WORDS, { minLength: 1 }).map((words) => analyzeName(words.join(" ")));

  it("chooses the pairs a sort of pair objects would, in the same order, with the same score as alignmentScore", () => {
    // Few distinct similarities and weights, so that ties are common.
    const similarity = fc.constantFrom(0.3, 0.6, 0.7, 0.9, 1);
    const weight = fc.constantFrom(0.15, 0.6, 1);
    fc.assert(
      fc.property(nameOf, nameOf, fc.array(similarity, { minLength: 256, maxLength: 256 }), fc.array(weight, { minLength: 16, maxLength: 16 }), fc.boolean(), (query, reference, similarities, weights, person) => {
        const context: AlignContext = {
          matchOf: (i, j) => ({ similarity: similarities[i * 16 + j] as number, rule: RULE_ORDER[(i + j) % RULE_ORDER.length] as MatchRule, via: "" }),
          referenceWeight: (j) => weights[j] as number,
          referenceIsPerson: person,
        };
        const alignment = alignNames(query, reference, context);
        const positions = alignment.pairs.map((p) => [query.tokens.findIndex((t) => t.text === p.query), reference.tokens.findIndex((t) => t.text === p.reference)]);
        const { score, method } = alignmentScore(query, reference, context);
        return JSON.stringify(positions) === JSON.stringify(pairsByObjects(query, reference, context)) && score === alignment.score && method === alignment.method;
      }),
      { ...runs, numRuns: 500 },
    );
  });

  it("chooses alike for names of many words, whose pairs do not fit the room it keeps, and for small names after them", () => {
    const syllables = ["ka", "ri", "mo", "tan", "bel", "sa", "no"];
    const words = syllables.flatMap((a) => syllables.map((b) => `${a}${b}`)).slice(0, 40);
    const long = analyzeName(words.join(" "));
    const reversed = analyzeName([...words].reverse().join(" "));
    const small = analyzeName("kari mono");
    for (const [query, reference] of [[long, reversed], [small, long], [small, small]] as const) {
      const context: AlignContext = {
        matchOf: (i, j) => ({ similarity: [0.6, 0.7, 0.9, 1, 0.3][(i * 7 + j * 3) % 5] as number, rule: "fuzzy", via: "" }),
        referenceWeight: (j) => [0.15, 0.6, 1][j % 3] as number,
        referenceIsPerson: true,
      };
      const positions = alignNames(query, reference, context).pairs.map((p) => [query.tokens.findIndex((t) => t.text === p.query), reference.tokens.findIndex((t) => t.text === p.reference)]);
      expect(positions).toEqual(pairsByObjects(query, reference, context));
    }
  });
});

describe("descending", () => {
  it("sorts as the difference of the two numbers would, high to low, ties broken alike", () => {
    const scores = fc.array(fc.tuple(fc.constantFrom(0, 0.25, 0.5, 1 / 3, -0.1, Number.NaN), fc.integer({ min: 0, max: 9 })), { maxLength: 40 });
    fc.assert(
      fc.property(scores, (pairs) => {
        const byDifference = [...pairs].sort((a, b) => b[0] - a[0] || a[1] - b[1]);
        const byDescending = [...pairs].sort((a, b) => descending(a[0], b[0]) || a[1] - b[1]);
        return JSON.stringify(byDescending) === JSON.stringify(byDifference);
      }),
      runs,
    );
  });
});

describe("mayHoldAcronym", () => {
  it("answers as the Unicode pattern alone would, on any text", () => {
    const unicodeOnly = /[\p{Lu}\p{N}][\p{Lu}\p{N}]|\p{Lu}\.\p{Lu}/u;
    const texts = fc.oneof(fc.string(), fc.string({ unit: "grapheme" }), fc.string({ unit: fc.constantFrom("A", "b", "7", ".", " ", "Σ", "ж", "Ж", "٣", "é", "É") }));
    fc.assert(fc.property(texts, (text) => mayHoldAcronym(text) === unicodeOnly.test(text)), runs);
  });
});

describe("scriptOf", () => {
  it("puts an ASCII character in the script its Unicode property gives", () => {
    for (let code = 0; code < 128; code++) {
      const char = String.fromCharCode(code);
      expect(scriptOf(char), JSON.stringify(char)).toBe(/\p{Script=Latin}/u.test(char) ? "latin" : "other");
    }
  });
});

describe("compareTokens with a similarity to drop below", () => {
  it("answers UNLIKE below it and the same match from it up, with the learned model or without", () => {
    fc.assert(
      fc.property(anyName, anyName, fc.boolean(), fc.constantFrom(0.3, MIN_PAIR_SIMILARITY, 0.9), (a, b, learned, dropBelow) => {
        const [query] = analyzeName(a).tokens;
        const [reference] = analyzeName(b).tokens;
        if (!query || !reference) return true;
        const kept = compareTokens(query, reference, learned);
        const dropped = compareTokens(query, reference, learned, dropBelow);
        if (kept.similarity < dropBelow) return dropped === UNLIKE;
        return dropped.similarity === kept.similarity && dropped.rule === kept.rule && dropped.via === kept.via;
      }),
      runs,
    );
  });
});

describe("inCodeUnitOrder", () => {
  it("sorts strings as a sort without a comparator does, by UTF-16 code units", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: "binary" }), { maxLength: 40 }), (words) => {
        return JSON.stringify([...words].sort(inCodeUnitOrder)) === JSON.stringify([...words].sort());
      }),
      runs,
    );
  });
});
