// The contribution scaffold as a contributor runs it: `npm run new-entity -- "Name"` writes a file that
// passes validation as written, refuses to overwrite, and says what was wrong with bad arguments.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { validateAliasDirectory } from "../src/node.js";
import { root } from "./helpers.js";

const dir = mkdtempSync(join(tmpdir(), "canonym-new-entity-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function scaffold(...args: string[]) {
  return spawnSync(process.execPath, [join(root, "scripts", "new-entity.mjs"), ...args], { encoding: "utf8", cwd: root });
}

describe("npm run new-entity", () => {
  it("writes a valid file for a person, named after the kebab-case id", () => {
    const run = scaffold("Sergueï Choïgou", "--aliases", dir);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain("serguei-choigou.json");
    const document = JSON.parse(readFileSync(join(dir, "person", "serguei-choigou.json"), "utf8"));
    expect(document).toMatchObject({ id: "serguei-choigou", type: "person", name: "Sergueï Choïgou", tests: { resolves: ["Sergueï Choïgou"], rejects: [] } });
    expect(document.sources[0]).toMatch(/^https:\/\/en\.wikipedia\.org\/wiki\//);
    expect(validateAliasDirectory(dir)).toEqual([]);
  });

  it("takes a type and a source", () => {
    const run = scaffold("Shanghai Cooperation Organisation", "--type", "organization", "--source", "https://www.sectsco.org/", "--aliases", dir);
    expect(run.status, run.stderr).toBe(0);
    const document = JSON.parse(readFileSync(join(dir, "organization", "shanghai-cooperation-organisation.json"), "utf8"));
    expect(document.sources).toEqual(["https://www.sectsco.org/"]);
    expect(validateAliasDirectory(dir)).toEqual([]);
  });

  it("refuses to overwrite an entity that exists, in any type folder", () => {
    const run = scaffold("Serguei Choigou", "--type", "organization", "--aliases", dir);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^\[canonym\] new-entity: .*person\/serguei-choigou\.json already exists: edit it instead/);
  });

  it("explains bad arguments, with usage, exit code 2", () => {
    for (const [args, message] of [
      [[], /give the entity's canonical name/],
      [["Kabul", "--type", "city"], /--type "city" is not one of person, organization, place/],
      [["Кабул"], /no Latin letters or digits to make an id from/],
      [["Kabul", "--source", "wikipedia"], /--source "wikipedia" is not a URL/],
      [["Kabul", "--colour", "red"], /Unknown option '--colour'/],
    ] as Array<[string[], RegExp]>) {
      const run = scaffold(...args, "--aliases", dir);
      expect(run.status, args.join(" ")).toBe(2);
      expect(run.stderr).toMatch(message);
      expect(run.stderr).toContain("usage: npm run new-entity");
    }
  });
});
