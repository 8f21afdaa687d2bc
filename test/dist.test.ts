// The built package through each export path, ESM and CommonJS, as a consumer imports it by name.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { root } from "./helpers.js";

const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));

function runNode(args: string[]): string {
  return execFileSync(process.execPath, args, { cwd: root, encoding: "utf8" });
}

describe("dist", () => {
  it("has every file package.json points to", () => {
    const targets: string[] = [pkg.main, pkg.module, pkg.types, ...Object.values(pkg.bin as Record<string, string>)];
    for (const conditions of Object.values(pkg.exports as Record<string, unknown>)) {
      if (typeof conditions === "string") targets.push(conditions);
      else for (const c of Object.values(conditions as Record<string, Record<string, string>>)) targets.push(c.types!, c.default!);
    }
    for (const target of targets) expect(existsSync(join(root, target)), target).toBe(true);
  });

  it("ESM: canonym, canonym/aliases, canonym/node, canonym/package.json", () => {
    const script = `
      import { createResolver, compare, normalize } from "canonym";
      import { entities, vladimirPutin } from "canonym/aliases";
      import { loadAliasDirectory } from "canonym/node";
      import pkg from "canonym/package.json" with { type: "json" };
      const r = createResolver(entities);
      console.log(JSON.stringify([r.resolve("أمير خان ماتوكي")?.id, compare("Sergueï Lavrov", "Sergey Lavrov").match,
        normalize("Erdoğan"), vladimirPutin.id, loadAliasDirectory("aliases").entries.length > 0, pkg.name,
        r.extract("Minister Amir Khan Motti in Kabul").map((m) => m.id)]));`;
    expect(JSON.parse(runNode(["--input-type=module", "-e", script]))).toEqual(["amir-khan-muttaqi", true, "erdogan", "vladimir-putin", true, "canonym", ["amir-khan-muttaqi", "kabul"]]);
  });

  it("CommonJS: require of each export path", () => {
    const script = `
      const { createResolver } = require("canonym");
      const { entities } = require("canonym/aliases");
      const { validateAliasDirectory } = require("canonym/node");
      const r = createResolver(entities);
      console.log(JSON.stringify([r.resolve("Dmitry Cernov")?.id, validateAliasDirectory("aliases").length, require("canonym/package.json").name, r.extract("وروسيا").map((m) => m.id)]));`;
    expect(JSON.parse(runNode(["-e", script]))).toEqual(["dmitry-zhirnov", 0, "canonym", ["russia"]]);
  });

  it("each type's entry point, ESM and CommonJS, holds that type only", () => {
    const esm = `
      import { entities as people, zamirKabulov } from "canonym/aliases/people";
      import { entities as organizations } from "canonym/aliases/organizations";
      import { entities as places, germany } from "canonym/aliases/places";
      console.log(JSON.stringify([[...new Set(people.map((e) => e.type))], [...new Set(organizations.map((e) => e.type))],
        [...new Set(places.map((e) => e.type))], places.length > 250, zamirKabulov.id, germany.weakAliases.includes("Allemagne")]));`;
    expect(JSON.parse(runNode(["--input-type=module", "-e", esm]))).toEqual([["person"], ["organization"], ["place"], true, "zamir-kabulov", true]);
    const cjs = `
      const { createResolver } = require("canonym");
      const { entities: places } = require("canonym/aliases/places");
      const { entities: people } = require("canonym/aliases/people");
      const r = createResolver([...people, ...places]);
      console.log(JSON.stringify([r.resolve("Deutschland")?.id, r.resolve("Dmitry Cernov")?.id, r.resolve("Putin")?.id]));`;
    expect(JSON.parse(runNode(["-e", cjs]))).toEqual(["germany", "dmitry-zhirnov", "vladimir-putin"]);
  });

  it("the core entry bundles no dictionary and no Node built-ins", () => {
    for (const file of ["dist/index.js", "dist/index.cjs"]) {
      const code = readFileSync(join(root, file), "utf8");
      expect(code).not.toContain("Islamic province of Khwasan");
      expect(code).not.toContain("زامير كابولوف");
      expect(code).not.toMatch(/from ["']node:|require\(["']node:/);
    }
  });
});
