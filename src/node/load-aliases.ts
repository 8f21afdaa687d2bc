// Reads a folder of alias files from disk (Node only); everything it checks is done by the pure validators.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { parseAliasFile, toEntity, type AliasProblem } from "../validate/alias-document.js";
import type { DictionaryEntry } from "../validate/dictionary.js";

/** How far a long job over alias files has come: `done` of `total` files at a `stage`. */
export interface AliasProgress {
  /** Reading and checking files, building the resolver, or running each file's tests. */
  stage: "reading" | "indexing" | "testing";
  /** Files (or entities) done in this stage. */
  done: number;
  /** Files (or entities) in this stage. */
  total: number;
}

/** Options of {@link loadAliasDirectory} and `validateAliasDirectory`. */
export interface AliasFolderOptions {
  /** Called as the work advances: after every 1,000 files and once at the end of each stage. */
  onProgress?: (progress: AliasProgress) => void;
}

/**
 * Files between two progress reports.
 * @example
 * ```ts
 * loadAliasDirectory("my-aliases", { onProgress: (p) => p.done % PROGRESS_EVERY === 0 && console.error(p.done) });
 * ```
 */
export const PROGRESS_EVERY = 1_000;

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
 * @param options - `onProgress`, to show progress on a folder of many files.
 * @returns Valid entries and the problems of invalid files, paths relative to the working directory.
 * @throws Error starting "[canonym]" when the folder cannot be read.
 * @example
 * ```ts
 * import { loadAliasDirectory } from "canonym/node";
 * const { entries, problems } = loadAliasDirectory("my-aliases");
 * const resolver = createResolver(entries.map((e) => e.entity));
 * ```
 */
export function loadAliasDirectory(dir: string, options: AliasFolderOptions = {}): LoadedAliases {
  let isDirectory = false;
  try {
    isDirectory = statSync(dir).isDirectory();
  } catch {
    // reported below with the path
  }
  if (!isDirectory) throw new Error(`[canonym] ${dir}: not a readable folder; pass a folder of alias files such as aliases/`);
  const entries: DictionaryEntry[] = [];
  const problems: AliasProblem[] = [];
  const paths = jsonFiles(dir);
  paths.forEach((path, i) => {
    const file = relative(process.cwd(), path) || path;
    const { document, problems: found } = parseAliasFile(file, readFileSync(path, "utf8"));
    problems.push(...found);
    if (document) entries.push({ file, entity: toEntity(document), ambiguous: document.ambiguous ?? [], tests: document.tests });
    if ((i + 1) % PROGRESS_EVERY === 0 && i + 1 < paths.length) options.onProgress?.({ stage: "reading", done: i + 1, total: paths.length });
  });
  options.onProgress?.({ stage: "reading", done: paths.length, total: paths.length });
  return { entries, problems };
}
