// One test block per alias file, generated from the data: schema, file rules, and the file's own tests.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import Ajv2020 from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import * as bundled from "../src/generated/aliases.js";
import { createResolver } from "../src/resolve/create-resolver.js";
import { formatProblem, parseAliasFile, toEntity } from "../src/validate/alias-document.js";
import { checkDictionary, checkEntityTests, type DictionaryEntry } from "../src/validate/dictionary.js";
import { aliasFiles, root } from "./helpers.js";

const schema = JSON.parse(readFileSync(join(root, "schema", "entity.schema.json"), "utf8"));
const validateSchema = new Ajv2020({ allErrors: true }).compile(schema);
const files = aliasFiles();
const parsed = files.map((file) => ({ file, text: readFileSync(join(root, file), "utf8"), ...parseAliasFile(file, readFileSync(join(root, file), "utf8")) }));
const entries: DictionaryEntry[] = parsed.flatMap(({ file, document }) =>
  document ? [{ file, entity: toEntity(document), ambiguous: document.ambiguous ?? [], tests: document.tests }] : [],
);
const resolver = createResolver(entries.map((e) => e.entity));

describe("the alias dictionary", () => {
  it("has files", () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it("has unique ids and no undeclared alias collisions", () => {
    expect(checkDictionary(entries).map(formatProblem)).toEqual([]);
  });

  it("is what canonym/aliases exports, one named export per entity", () => {
    expect(bundled.entities.map((e) => e.id).sort()).toEqual(entries.map((e) => e.entity.id).sort());
    for (const entry of entries) {
      const exportName = entry.entity.id.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
      expect((bundled as Record<string, unknown>)[exportName], `export ${exportName}`).toEqual(entry.entity);
    }
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
