// One test block per alias file, generated from the data: schema, file rules, and the file's own tests.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import Ajv2020 from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import * as bundled from "../src/generated/aliases.js";
import * as organizations from "../src/generated/organizations.js";
import * as people from "../src/generated/people.js";
import * as places from "../src/generated/places.js";
import { createResolver } from "../src/resolve/create-resolver.js";
import { formatProblem, parseAliasFile, toEntity } from "../src/validate/alias-document.js";
import { checkDictionary, checkEntityTests, type DictionaryEntry } from "../src/validate/dictionary.js";
import type { EntityInput } from "../src/resolve/types.js";
import { aliasFiles, root } from "./helpers.js";

const schema = JSON.parse(readFileSync(join(root, "schema", "entity.schema.json"), "utf8"));
const validateSchema = new Ajv2020({ allErrors: true }).compile(schema);
const files = aliasFiles();
const parsed = files.map((file) => ({ file, text: readFileSync(join(root, file), "utf8"), ...parseAliasFile(file, readFileSync(join(root, file), "utf8")) }));
const entries: DictionaryEntry[] = parsed.flatMap(({ file, document }) =>
  document ? [{ file, entity: toEntity(document), ambiguous: document.ambiguous ?? [], tests: document.tests }] : [],
);
// Each file's tests run against the whole bundled dictionary, CLDR's places included: what users load.
const resolver = createResolver(bundled.entities);
const exportNameOf = (id: string): string => id.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());

describe("the alias dictionary", () => {
  it("has files", () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it("has unique ids and no undeclared alias collisions", () => {
    expect(checkDictionary(entries).map(formatProblem)).toEqual([]);
  });

  it("exports every file's entity from canonym/aliases by name; a place keeps its names and gains CLDR's", () => {
    for (const entry of entries) {
      const exported = (bundled as unknown as Record<string, EntityInput | undefined>)[exportNameOf(entry.entity.id)];
      const { aliases = [], weakAliases = [], ...rest } = exported ?? { id: "", name: "" };
      const { aliases: fileAliases = [], ...fileRest } = entry.entity;
      expect(rest, `${entry.file}: export ${exportNameOf(entry.entity.id)}`).toEqual(fileRest);
      if (entry.entity.type === "place") expect(aliases, entry.file).toEqual(expect.arrayContaining([...fileAliases]));
      else expect({ aliases, weakAliases }, entry.file).toEqual({ aliases: fileAliases, weakAliases: [] });
    }
  });

  it("is people, organisations and places, each entry point holding only its type, one named export per entity", () => {
    const parts = [[people, "person"], [organizations, "organization"], [places, "place"]] as const;
    expect(bundled.entities).toEqual(parts.flatMap(([module]) => module.entities));
    for (const [module, type] of parts) {
      expect(new Set(module.entities.map((e) => e.type))).toEqual(new Set([type]));
      for (const entity of module.entities) expect((module as Record<string, unknown>)[exportNameOf(entity.id)]).toBe(entity);
    }
    const files = new Set(entries.map((e) => e.entity.id));
    expect(bundled.entities.filter((e) => !files.has(e.id)).every((e) => e.type === "place" && (e.weakAliases?.length ?? 0) > 0)).toBe(true);
  });

  it("has countries and territories from CLDR with their names in many languages, matched only as written", () => {
    expect(places.entities.length).toBeGreaterThan(250);
    const { germany, coteDIvoire, afghanistan } = places as unknown as Record<string, EntityInput>;
    expect(germany?.weakAliases).toEqual(expect.arrayContaining(["Germany", "Allemagne", "Deutschland", "Германия", "ألمانيا", "ドイツ", "德国"]));
    expect(resolver.resolve("Allemagne")?.id).toBe("germany");
    expect(resolver.resolve("Côte d’Ivoire")?.id).toBe(coteDIvoire?.id);
    // A hand-written country keeps fuzzy matching for its own names and CLDR's English ones.
    expect(afghanistan?.aliases).toEqual(expect.arrayContaining(["Islamic Republic of Afghanistan", "Afganistán"]));
    expect(resolver.resolve("Afganistan")?.id).toBe("afghanistan");
    // Sound-alikes of weak aliases do not resolve: "Putin" is not Bhutan, "July" not Chile.
    expect(resolver.resolve("Putin")?.id).toBe("vladimir-putin");
    expect(resolver.candidates("July").map((c) => c.id)).not.toContain("chile");
  });

  it("has no two entities writing a name alike, across files and CLDR's places", () => {
    expect(checkDictionary(bundled.entities.map((entity) => ({ file: entity.id, entity }))).map(formatProblem)).toEqual([]);
  });
});

describe.each(parsed)("$file", ({ file, text, document, problems }) => {
  it("matches schema/entity.schema.json", () => {
    const valid = validateSchema(JSON.parse(text));
    expect(valid ? [] : validateSchema.errors?.map((e) => `${file}: ${e.instancePath || "/"} ${e.message}`)).toEqual([]);
  });

  it("passes the file rules (id = file name, type = folder, languages, ambiguous)", () => {
    expect(problems.map(formatProblem)).toEqual([]);
  });

  it("resolves its tests.resolves and none of its tests.rejects", () => {
    const entry = entries.find((e) => e.file === file);
    expect(entry, `${file} did not parse`).toBeDefined();
    expect(checkEntityTests(entry!, resolver).map(formatProblem)).toEqual([]);
  });

  it("resolves every one of its own names to itself", () => {
    const misses = [document!.name, ...Object.values(document!.aliases).flat()]
      .filter((alias) => resolver.resolve(alias)?.id !== document!.id)
      .map((alias) => `${file}: aliases: ${JSON.stringify(alias)} resolves to ${resolver.resolve(alias)?.id ?? "nothing"}`);
    expect(misses).toEqual([]);
  });
});
