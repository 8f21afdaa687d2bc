// Dictionaries from strangers: prototype keys as ids, fields and names; inputs that must not be mutated; limits.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { entities } from "../src/generated/aliases.js";
import { compare } from "../src/match/compare.js";
import { normalize } from "../src/normalize/normalize.js";
import { loadAliasDirectory } from "../src/node/load-aliases.js";
import { validateAliasDirectory } from "../src/node/validate-aliases.js";
import { createResolver, loadResolver } from "../src/resolve/create-resolver.js";
import type { EntityInput } from "../src/resolve/types.js";
import { validateEntities } from "../src/validate/entity-input.js";
import { MAX_NAME_LENGTH, MAX_TEXT_LENGTH } from "../src/validate/limits.js";

const PROTOTYPE_WORDS = ["__proto__", "constructor", "prototype", "toString", "hasOwnProperty", "valueOf"];

function prototypesIntact(): void {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  expect(Object.keys(Object.prototype)).toEqual([]);
  expect(typeof ({}).toString).toBe("function");
}

describe("prototype keys", () => {
  const dir = mkdtempSync(join(tmpdir(), "canonym-hostile-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("are ordinary ids, names and aliases in alias files", () => {
    mkdirSync(join(dir, "organization"));
    for (const id of ["constructor", "prototype"]) {
      writeFileSync(join(dir, "organization", `${id}.json`), JSON.stringify({
        id, type: "organization", name: `The ${id} Group`, aliases: { en: [id === "constructor" ? "__proto__" : "hasOwnProperty"] },
        tests: { resolves: [`The ${id} Group`], rejects: [] }, sources: ["https://example.org"],
      }));
    }
    expect(validateAliasDirectory(dir)).toEqual([]);
    const resolver = createResolver(loadAliasDirectory(dir).entries.map((e) => e.entity));
    expect(resolver.resolve("__proto__")?.id).toBe("constructor");
    expect(resolver.resolve("hasOwnProperty")?.id).toBe("prototype");
    expect(resolver.resolve("toString")).toBeNull();
    prototypesIntact();
  });

  it("as fields of an entity given to createResolver are unknown fields, reported, and pollute nothing", () => {
    const parsed = JSON.parse('[{"id": "x", "name": "Kabul", "__proto__": {"polluted": true}}]') as EntityInput[];
    expect(validateEntities(parsed)).toEqual(['[canonym] entities[0]: unknown field "__proto__"; an entity has only id, name, type, aliases, weakAliases, familyNameFirst']);
    expect(() => createResolver(parsed)).toThrow(TypeError);
    prototypesIntact();
  });

  it("as ids, names and queries of a resolver resolve like any other, also after saving and loading", () => {
    const dictionary: EntityInput[] = PROTOTYPE_WORDS.map((word, i) => ({ id: `entity-${i}`, name: `${word} Holdings`, aliases: [word] }));
    dictionary.push({ id: "constructor", name: "Builder Guild" }, { id: "prototype", name: "First Model Works" });
    for (const resolver of [createResolver(dictionary), loadResolver(JSON.parse(JSON.stringify(createResolver(dictionary))))]) {
      PROTOTYPE_WORDS.forEach((word, i) => expect(resolver.resolve(word)?.id).toBe(`entity-${i}`));
      expect(resolver.resolve("Builder Guild")?.id).toBe("constructor");
      expect(resolver.extract("The prototype of First Model Works.").map((m) => m.id)).toEqual(["entity-2", "prototype"]);
    }
    for (const word of PROTOTYPE_WORDS) expect(createResolver(entities).resolve(word)).toBeNull();
    prototypesIntact();
  });

  it("in a saved index do not pollute when loaded", () => {
    const saved = JSON.parse(JSON.stringify(createResolver(entities))) as Record<string, unknown>;
    const hostile = JSON.parse(`{"__proto__": {"polluted": true}, ${JSON.stringify(saved).slice(1)}`) as unknown;
    expect(loadResolver(hostile).resolve("Motti")?.id).toBe("amir-khan-muttaqi");
    prototypesIntact();
  });
});

describe("an entity list given to createResolver", () => {
  const deepFreeze = <T>(value: T): T => {
    if (typeof value === "object" && value !== null) {
      for (const inner of Object.values(value)) deepFreeze(inner);
      Object.freeze(value);
    }
    return value;
  };

  it("is never modified: a deeply frozen list builds, and a copy of it compares equal afterwards", () => {
    const before = structuredClone(entities);
    const frozen = deepFreeze(structuredClone(entities));
    expect(createResolver(frozen).resolve("Motti")?.id).toBe("amir-khan-muttaqi");
    expect(frozen).toEqual(before);
    createResolver(entities);
    expect(entities).toEqual(before);
  });

  it("is validated like an alias file: unknown fields, wrong types, empty or over-long names, ids not in kebab-case", () => {
    expect(validateEntities([
      { id: "Bad Id", name: "A" },
      { id: "ok", name: "" },
      { id: "ok-2", name: "B", aliases: ["x".repeat(MAX_NAME_LENGTH + 1)] },
      { id: "ok-3", name: "C", type: 7 },
      { id: "ok-4", name: "D", alias: ["E"] },
      { id: "ok-5", name: "E F", type: "person", familyNameFirst: "yes" },
      { id: "ok-6", name: "G H", type: "place", familyNameFirst: true },
    ] as unknown as EntityInput[])).toEqual([
      '[canonym] entities[0].id: "Bad Id" is not kebab-case; use lowercase letters, digits and single hyphens, e.g. "amir-khan-muttaqi"',
      '[canonym] entities[1].name: expected a non-empty string, got ""',
      `[canonym] entities[2].aliases[0]: ${MAX_NAME_LENGTH + 1} UTF-16 code units is over the limit of ${MAX_NAME_LENGTH} (MAX_NAME_LENGTH); give a name, not a text`,
      "[canonym] entities[3].type: expected a string, got number",
      '[canonym] entities[4]: unknown field "alias"; an entity has only id, name, type, aliases, weakAliases, familyNameFirst',
      '[canonym] entities[5].familyNameFirst: expected true or false, got "yes"',
      '[canonym] entities[6].familyNameFirst: only a person\'s name has a family name, and this entity\'s type is "place"; set type "person" or remove familyNameFirst',
    ]);
  });

  it("reports a hole in a sparse array instead of skipping it", () => {
    const sparse = [{ id: "a", name: "A" }] as EntityInput[];
    sparse[2] = { id: "c", name: "C" };
    expect(validateEntities(sparse)).toEqual(["[canonym] entities[1]: expected an object { id, name, type?, aliases?, weakAliases?, familyNameFirst? }, got undefined"]);
  });
});

describe("input limits", () => {
  const resolver = createResolver(entities);
  const longName = "Putin ".repeat(200).slice(0, MAX_NAME_LENGTH);

  it("answers names up to MAX_NAME_LENGTH and refuses longer ones with a RangeError that says what to do", () => {
    expect(() => resolver.resolve(longName)).not.toThrow();
    expect(() => resolver.resolve(`${longName}x`)).toThrow(new RangeError(`[canonym] resolver.resolve: a name of 1,001 UTF-16 code units is over the limit of 1,000; pass a name; find the names in a text with resolver.extract`));
    expect(() => resolver.candidates(`${longName}x`)).toThrow(RangeError);
    expect(() => compare("Putin", `${longName}x`)).toThrow(/^\[canonym\] compare: a name \(b\) of 1,001 UTF-16 code units is over the limit/);
  });

  it("extracts from a text of a million characters and refuses one over MAX_TEXT_LENGTH", () => {
    const text = "Vladimir Putin met Sergey Lavrov in Kabul. ".repeat(25_000);
    expect(text.length).toBeGreaterThan(1_000_000);
    expect(resolver.extract(text)).toHaveLength(75_000);
    expect(() => resolver.extract(" ".repeat(MAX_TEXT_LENGTH + 1))).toThrow(/^\[canonym\] resolver\.extract: a text of 16,777,217 UTF-16 code units is over the limit of 16,777,216; split the text/);
  });

  it("extracts from 100,000 tokens and from one word of 100,000 letters", () => {
    const words = Array.from({ length: 100_000 }, (_, i) => `w${i % 1000}`).join(" ");
    expect(resolver.extract(`${words} Putin`).map((m) => m.id)).toEqual(["vladimir-putin"]);
    for (const letter of ["a", "ж", "ب", "京"]) expect(resolver.extract(letter.repeat(100_000))).toEqual([]);
  });

  it("matches a token over MAX_TOKEN_LENGTH by its exact text only", () => {
    const long = `Z${"a".repeat(80)}`;
    const own = createResolver([{ id: "long", name: long }]);
    expect(own.resolve(long)?.id).toBe("long");
    expect(own.resolve(`${long}b`)).toBeNull();
  });

  it("rejects invalid options with a TypeError that names the option", () => {
    expect(() => resolver.candidates("Putin", { limit: 0 })).toThrow("[canonym] resolver.candidates: option limit expects a whole number of at least 1, got 0");
    expect(() => resolver.resolve("Putin", { treshold: 0.5 } as never)).toThrow('[canonym] resolver.resolve: unknown option "treshold"; the options are types, threshold');
    expect(() => resolver.extract("Putin", { types: "person" } as never)).toThrow("[canonym] resolver.extract: option types expects an array of type names, got \"person\"");
    expect(() => resolver.resolve("Putin", null as never)).toThrow(/options must be an object/);
    expect(() => createResolver(entities, { threshold: 2 })).toThrow("[canonym] createResolver: option threshold expects a number from 0 to 1, got 2");
    expect(() => compare("a", "b", { person: "yes" } as never)).toThrow(TypeError);
  });
});

describe("every Unicode letter", () => {
  const resolver = createResolver(entities);

  /** The letters of each 256-code-point block that has any, as a text of four-letter words. */
  function letterBlocks(): string[] {
    const blocks: string[] = [];
    for (let start = 0; start <= 0x10ffff; start += 256) {
      const letters: string[] = [];
      for (let c = start; c < start + 256; c++) {
        const char = String.fromCodePoint(c);
        if (/\p{L}/u.test(char)) letters.push(char);
      }
      if (letters.length === 0) continue;
      const words: string[] = [];
      for (let i = 0; i < letters.length; i += 4) words.push(letters.slice(i, i + 4).join(""));
      blocks.push(words.join(" "));
    }
    return blocks;
  }

  it("is cleaned, looked up, compared and searched for in text without an error, block by block", () => {
    const blocks = letterBlocks();
    expect(blocks.length).toBeGreaterThan(300);
    for (const text of blocks) {
      const name = text.slice(0, 60);
      expect(normalize(normalize(name))).toBe(normalize(name));
      expect(() => resolver.resolve(name)).not.toThrow();
      expect(compare(name, "Vladimir Putin").score).toBeLessThanOrEqual(1);
      for (const m of resolver.extract(text)) expect(text.slice(m.start, m.end)).toBe(m.text);
    }
  });
});
