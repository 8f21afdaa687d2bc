import { defineConfig } from "tsup";
import type { Plugin } from "esbuild";

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
    esbuildPlugins: [lazyTransliteration],
    esbuildOptions: keepUtf8,
  },
]);
