import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { writeAliasFolder } from "../bench/alias-folder.mjs";
import { loadAliasDirectory, type AliasProgress } from "../src/node/load-aliases.js";
import { validateAliasDirectory, validateLoadedAliases } from "../src/node/validate-aliases.js";
import { formatProblem, parseAliasFile } from "../src/validate/alias-document.js";
import { checkDictionary } from "../src/validate/dictionary.js";
import { root } from "./helpers.js";

const valid = {
  id: "kabul",
  type: "place",
  name: "Kabul",
  aliases: { fr: ["Kaboul"] },
  tests: { resolves: ["Kaboul"], rejects: [] },
  sources: ["https://en.wikipedia.org/wiki/Kabul"],
};
const FILE = "aliases/place/kabul.json";
const problemsOf = (doc: unknown, file = FILE) => parseAliasFile(file, JSON.stringify(doc, null, 2)).problems.map(formatProblem);

describe("parseAliasFile", () => {
  it("accepts a valid file", () => {
    expect(problemsOf(valid)).toEqual([]);
  });

  it("reports malformed JSON with line and column", () => {
    const [problem] = parseAliasFile(FILE, '{\n  "id": "kabul",\n  "name" "Kabul"\n}').problems;
    expect(formatProblem(problem!)).toMatch(/^\[canonym\] aliases\/place\/kabul\.json: not valid JSON at line 3, column 10/);
  });

  it("names the file and field of each problem", () => {
    expect(problemsOf({ ...valid, extra: 1 })).toEqual([
      "[canonym] aliases/place/kabul.json: extra: unknown field; allowed fields are $schema, id, type, name, aliases, ambiguous, familyNameFirst, tests, sources, notes",
    ]);
    expect(problemsOf({ ...valid, id: "Kabul City" })[0]).toMatch(/kabul\.json: id: "Kabul City" is not kebab-case/);
    expect(problemsOf({ ...valid, id: "kabul-city" })[0]).toMatch(/id: "kabul-city" differs from the file name "kabul\.json"/);
    expect(problemsOf({ ...valid, type: "person" })[0]).toMatch(/type: "person" but the file is in aliases\/place\//);
    expect(problemsOf({ ...valid, type: "city" })[0]).toMatch(/type: "city" is not one of person, organization, place/);
    expect(problemsOf({ ...valid, name: "" })[0]).toMatch(/name: expected the canonical name/);
    expect(problemsOf({ ...valid, aliases: { french: ["Kaboul"] } })[0]).toMatch(/aliases\.french: is not a BCP 47 language code/);
    expect(problemsOf({ ...valid, aliases: { fr: ["Kaboul", ""] } })[0]).toMatch(/aliases\.fr\[1\]: expected a non-empty string/);
    expect(problemsOf({ ...valid, tests: { resolves: [], rejects: [] } })[0]).toMatch(/tests\.resolves: expected at least 1 entry/);
    expect(problemsOf({ ...valid, sources: ["wikipedia"] })[0]).toMatch(/sources\[0\]: "wikipedia" is not an http\(s\) URL/);
    expect(problemsOf({ ...valid, ambiguous: ["Kabol"] })[0]).toMatch(/ambiguous\[0\]: "Kabol" is not one of this file's names/);
    expect(problemsOf({ ...valid, familyNameFirst: "yes" })[0]).toMatch(/familyNameFirst: expected true or false/);
    expect(problemsOf({ ...valid, familyNameFirst: true })[0]).toMatch(/familyNameFirst: only a person's name has a family name; remove it, or move the file to aliases\/person\//);
    expect(problemsOf([valid])[0]).toMatch(/expected a JSON object/);
  });

  it("cannot be used to pollute prototypes", () => {
    const text = '{"__proto__": {"polluted": true}, "id": "kabul", "type": "place", "name": "Kabul", "aliases": {"__proto__": ["x"]}, "tests": {"resolves": ["Kabul"], "rejects": []}, "sources": ["https://x.org"]}';
    const { problems } = parseAliasFile(FILE, text);
    expect(problems.map((p) => p.field)).toEqual(["__proto__", "aliases.__proto__"]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe("checkDictionary", () => {
  const entry = (file: string, id: string, name: string, ambiguous: string[] = []) => ({ file, entity: { id, name }, ambiguous });

  it("names both files of a duplicate id", () => {
    const [problem] = checkDictionary([entry("a.json", "x", "One"), entry("b.json", "x", "Two")]);
    expect(formatProblem(problem!)).toBe('[canonym] b.json: id: "x" is already the id of a.json; choose another id or merge the two files');
  });

  it("reports aliases of two entities that normalise alike, unless declared", () => {
    const [problem] = checkDictionary([entry("a.json", "x", "Supreme Court"), entry("b.json", "y", "SUPREME  COURT")]);
    expect(formatProblem(problem!)).toMatch(/b\.json: aliases: "SUPREME  COURT" normalises to "supreme court", as "Supreme Court" of "x" \(a\.json\) does/);
    expect(checkDictionary([entry("a.json", "x", "Supreme Court"), entry("b.json", "y", "SUPREME  COURT", ["SUPREME  COURT"])])).toEqual([]);
  });
});

describe("alias folders on disk", () => {
  function folder(files: Record<string, unknown>): string {
    const dir = mkdtempSync(join(tmpdir(), "canonym-"));
    for (const [path, content] of Object.entries(files)) {
      mkdirSync(join(dir, path, ".."), { recursive: true });
      writeFileSync(join(dir, path), typeof content === "string" ? content : JSON.stringify(content));
    }
    return dir;
  }

  it("loads valid files and reports invalid ones", () => {
    const dir = folder({ "place/kabul.json": valid, "place/bad.json": "{" });
    const { entries, problems } = loadAliasDirectory(dir);
    expect(entries.map((e) => e.entity.id)).toEqual(["kabul"]);
    expect(problems[0]?.file).toMatch(/place[\\/]bad\.json$/);
  });

  it("runs each file's tests against the whole dictionary and names the failing field", () => {
    const dir = folder({ "place/kabul.json": { ...valid, tests: { resolves: ["Kaboul", "Qandahar"], rejects: ["Kabol"] } } });
    expect(validateAliasDirectory(dir).map((p) => `${p.field}: ${p.message}`)).toEqual([
      'tests.resolves[1]: "Qandahar" resolves to nothing; add the spelling to "aliases" or fix the test',
      'tests.rejects[0]: "Kabol" resolves here (score 0.92, matched "Kabul"); remove the alias that causes it or fix the test',
    ]);
  });

  it("says what is wrong when the folder does not exist", () => {
    expect(() => loadAliasDirectory("/nonexistent/aliases")).toThrow(/^\[canonym\] \/nonexistent\/aliases: not a readable folder/);
  });
});

describe("progress over a folder of many alias files", () => {
  const dir = writeAliasFolder(2_500);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("is reported every 1,000 files and at the end of each stage", () => {
    const seen: string[] = [];
    const onProgress = ({ stage, done, total }: AliasProgress): void => {
      seen.push(`${stage} ${done}/${total}`);
    };
    const loaded = loadAliasDirectory(dir, { onProgress });
    expect(validateLoadedAliases(loaded, [], { onProgress })).toEqual([]);
    expect(seen).toEqual([
      "reading 1000/2500", "reading 2000/2500", "reading 2500/2500",
      "indexing 0/2500", "indexing 2500/2500",
      "testing 1000/2500", "testing 2000/2500", "testing 2500/2500",
    ]);
  });

  it.skipIf(!existsSync("/usr/bin/script"))("is shown by the CLI on a terminal, on one line it clears, and not in a pipe", () => {
    const cli = `${process.execPath} ${join(root, "dist", "cli.js")} validate ${dir}`;
    const onTerminal = spawnSync("script", ["-qec", cli, "/dev/null"], { encoding: "utf8" });
    expect(onTerminal.stdout).toContain("\r\x1b[K[canonym] reading alias files: 2,500 of 2,500");
    expect(onTerminal.stdout).toContain("\r\x1b[K[canonym] running the files' tests: 2,500 of 2,500\r\x1b[K");
    expect(onTerminal.stdout).toContain("2500 alias files valid");
    const piped = spawnSync(process.execPath, [join(root, "dist", "cli.js"), "validate", dir], { encoding: "utf8" });
    expect(piped.stderr).toBe("");
    expect(piped.stdout.trim()).toBe(`${dir}: 2500 alias files valid`);
  });
});
