// Minified + gzipped size of small consumers of the built package, bundled with esbuild as an app would.
import { gzipSync } from "node:zlib";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const CONSUMERS = {
  "normalize only": 'import { normalize } from "canonym"; console.log(normalize("x"));',
  "compare": 'import { compare } from "canonym"; console.log(compare("a", "b"));',
  "createResolver": 'import { createResolver } from "canonym"; console.log(createResolver([]).size);',
  "canonym/aliases": 'import { entities } from "canonym/aliases"; console.log(entities.length);',
  "canonym/aliases/people": 'import { entities } from "canonym/aliases/people"; console.log(entities.length);',
  "canonym/aliases/organizations": 'import { entities } from "canonym/aliases/organizations"; console.log(entities.length);',
  "canonym/aliases/places": 'import { entities } from "canonym/aliases/places"; console.log(entities.length);',
  "createResolver + canonym/aliases": 'import { createResolver } from "canonym"; import { entities } from "canonym/aliases"; console.log(createResolver(entities).size);',
};

/**
 * Bundles a consumer of the built package (its specifiers mapped to dist/) as an app would: minified,
 * for the browser, with UTF-8 output, as a bundler configured for it writes names in other scripts
 * (esbuild's default escapes them).
 * @param {string} source
 * @returns {Promise<string>} The bundled code.
 */
export async function bundleConsumer(source) {
  const result = await build({
    stdin: { contents: source, resolveDir: root, loader: "js" },
    bundle: true, minify: true, format: "esm", platform: "browser", write: false, logLevel: "silent", charset: "utf8",
    alias: {
      canonym: join(root, "dist", "index.js"),
      "canonym/aliases": join(root, "dist", "aliases.js"),
      "canonym/aliases/people": join(root, "dist", "aliases", "people.js"),
      "canonym/aliases/organizations": join(root, "dist", "aliases", "organizations.js"),
      "canonym/aliases/places": join(root, "dist", "aliases", "places.js"),
    },
  });
  return result.outputFiles[0].text;
}

export async function bundleSizes() {
  const sizes = {};
  for (const [name, source] of Object.entries(CONSUMERS)) {
    const code = await bundleConsumer(source);
    sizes[name] = { minifiedKb: Buffer.byteLength(code) / 1024, gzipKb: gzipSync(code).length / 1024 };
  }
  return sizes;
}
