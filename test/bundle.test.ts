// Tree-shaking, proven by bundling small consumers of the built package with esbuild.
import { gzipSync } from "node:zlib";
import { join } from "node:path";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";
import { root } from "./helpers.js";

const FUSE_MARKER = "Invalid doc index";
const ALIAS_MARKER = "Islamic province of Khwasan";

async function bundle(source: string): Promise<{ code: string; gzip: number }> {
  const result = await build({
    stdin: { contents: source, resolveDir: root, loader: "js" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    write: false,
    logLevel: "silent",
    alias: { canonym: join(root, "dist", "index.js"), "canonym/aliases": join(root, "dist", "aliases.js") },
  });
  const code = result.outputFiles[0]?.text ?? "";
  return { code, gzip: gzipSync(code).length };
}

describe("tree-shaking", () => {
  it("importing only normalize pulls in neither fuse.js nor the bundled aliases", async () => {
    const { code } = await bundle('import { normalize } from "canonym"; console.log(normalize("x"));');
    expect(code).not.toContain(FUSE_MARKER);
    expect(code).not.toContain(ALIAS_MARKER);
  });

  it("importing createResolver pulls in no alias data", async () => {
    const { code } = await bundle('import { createResolver } from "canonym"; console.log(createResolver([]).size);');
    expect(code).toContain(FUSE_MARKER);
    expect(code).not.toContain(ALIAS_MARKER);
  });

  it("canonym/aliases carries the data, and one entity alone leaves the others out", async () => {
    expect((await bundle('import { entities } from "canonym/aliases"; console.log(entities.length);')).code).toContain(ALIAS_MARKER);
    const one = await bundle('import { kabul } from "canonym/aliases"; console.log(kabul.id);');
    expect(one.code).toContain("Kaboul");
    expect(one.code).not.toContain(ALIAS_MARKER);
  });
});
