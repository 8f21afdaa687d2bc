import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { defineConfig } from "tsup";
import type { Plugin } from "esbuild";
import { MODEL_SCRIPTS, modelText } from "./src/match/learned/model-text.js";

/**
 * For the command only: `transliteration` takes about 80 ms to load, and a lookup in Latin, Arabic,
 * Cyrillic, Hebrew, Hangul or Kana never calls it, so the command loads it on its first call.
 */
const lazyTransliteration: Plugin = {
  name: "lazy-transliteration",
  setup(build) {
    build.onResolve({ filter: /^transliteration$/ }, (args) => (args.namespace === "lazy" ? undefined : { path: "transliteration", namespace: "lazy" }));
    build.onLoad({ filter: /.*/, namespace: "lazy" }, () => ({
      loader: "js",
      contents: [
        'import { createRequire } from "node:module";',
        "let loaded;",
        'export function transliterate(text, options) { return (loaded ??= createRequire(import.meta.url)("transliteration")).transliterate(text, options); }',
      ].join("\n"),
    }));
  },
};

/**
 * For the command only: the six learned models are half a megabyte of text that compiling the command
 * would scan on every start, while a lookup reads one or two of them. The command's build writes each
 * to models/<script>.json beside it and puts in place of src/match/learned/model-text.ts a module
 * that reads a script's file on its first use.
 */
const lazyModels: Plugin = {
  name: "lazy-models",
  setup(build) {
    build.onLoad({ filter: /[\\/]match[\\/]learned[\\/]model-text\.ts$/ }, () => ({
      loader: "js",
      contents: [
        'import { readFileSync } from "node:fs";',
        `export const MODEL_SCRIPTS = ${JSON.stringify(MODEL_SCRIPTS)};`,
        "export function modelText(script) {",
        '  return MODEL_SCRIPTS.includes(script) ? readFileSync(new URL(`./models/${script}.json`, import.meta.url), "utf8") : undefined;',
        "}",
      ].join("\n"),
    }));
    build.onEnd(() => {
      const folder = join(build.initialOptions.outdir ?? "dist", "models");
      mkdirSync(folder, { recursive: true });
      for (const script of MODEL_SCRIPTS) writeFileSync(join(folder, `${script}.json`), modelText(script) as string);
    });
  },
};

/** Names in other scripts stay as UTF-8 rather than \u escapes, which double the size of non-Latin data. */
function keepUtf8(options: { charset?: "ascii" | "utf8" }): void {
  options.charset = "utf8";
}

export default defineConfig([
  {
    entry: {
      index: "src/index.ts",
      aliases: "src/generated/aliases.ts",
      "aliases/people": "src/generated/people.ts",
      "aliases/organizations": "src/generated/organizations.ts",
      "aliases/places": "src/generated/places.ts",
      node: "src/node.ts",
    },
    format: ["esm", "cjs"],
    dts: true,
    clean: true,
    treeshake: true,
    target: "node20",
    esbuildOptions: keepUtf8,
  },
  {
    entry: { cli: "src/cli.ts" },
    format: ["esm"],
    banner: { js: "#!/usr/bin/env node" },
    target: "node20",
    // fuse.js is bundled into the command, which then loads it without Node's module resolution.
    noExternal: ["fuse.js", "transliteration"],
    esbuildPlugins: [lazyTransliteration, lazyModels],
    esbuildOptions: keepUtf8,
  },
]);
