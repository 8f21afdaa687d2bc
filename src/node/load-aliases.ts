// Reads a folder of alias files from disk (Node only); everything it checks is done by the pure validators.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { parseAliasFile, toEntity, type AliasProblem } from "../validate/alias-document.js";
import type { DictionaryEntry } from "../validate/dictionary.js";

/** What {@link loadAliasDirectory} found. */
export interface LoadedAliases {
  /** Valid files, as dictionary entries (entity, file, declarations, tests). */
  entries: DictionaryEntry[];
  /** Problems of the files that are not valid. */
  problems: AliasProblem[];
}

function jsonFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((d) => {
      const path = join(dir, d.name);
      if (d.isDirectory()) return d.name === "node_modules" || d.name.startsWith(".") ? [] : jsonFiles(path);
      return d.isFile() && d.name.endsWith(".json") ? [path] : [];
    })
    .sort();
}

/**
 * Reads every `*.json` file under a folder of alias files (such as `aliases/`) and checks each one.
 *
 * @param dir - The folder.
 * @returns Valid entries and the problems of invalid files, paths relative to the working directory.
 * @throws Error starting "[canonym]" when the folder cannot be read.
 * @example
 * ```ts
 * import { loadAliasDirectory } from "canonym/node";
 * const { entries, problems } = loadAliasDirectory("my-aliases");
 * const resolver = createResolver(entries.map((e) => e.entity));
 * ```
 */
export function loadAliasDirectory(dir: string): LoadedAliases {
  let isDirectory = false;
  try {
    isDirectory = statSync(dir).isDirectory();
  } catch {
    // reported below with the path
  }
  if (!isDirectory) throw new Error(`[canonym] ${dir}: not a readable folder; pass a folder of alias files such as aliases/`);
  const entries: DictionaryEntry[] = [];
  const problems: AliasProblem[] = [];
  for (const path of jsonFiles(dir)) {
    const file = relative(process.cwd(), path) || path;
    const { document, problems: found } = parseAliasFile(file, readFileSync(path, "utf8"));
    problems.push(...found);
    if (document) entries.push({ file, entity: toEntity(document), ambiguous: document.ambiguous ?? [], tests: document.tests });
  }
  return { entries, problems };
}
