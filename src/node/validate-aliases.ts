import { createResolver } from "../resolve/create-resolver.js";
import type { EntityInput } from "../resolve/types.js";
import type { AliasProblem } from "../validate/alias-document.js";
import { checkDictionary, checkEntityTests, type DictionaryEntry } from "../validate/dictionary.js";
import { loadAliasDirectory, PROGRESS_EVERY, type AliasFolderOptions, type LoadedAliases } from "./load-aliases.js";

/**
 * Merges a base dictionary with entries that add to it or replace entities of the same id.
 *
 * @param base - Entities such as the bundled `entities`.
 * @param entries - Entries loaded from alias files.
 * @returns Base entities not replaced, as entries labelled `base`, then the new entries.
 * @example
 * ```ts
 * const merged = mergeEntries(entities, loadAliasDirectory("my-aliases").entries);
 * createResolver(merged.map((e) => e.entity));
 * ```
 */
export function mergeEntries(base: readonly EntityInput[], entries: readonly DictionaryEntry[], label = "canonym/aliases"): DictionaryEntry[] {
  const replaced = new Set(entries.map((e) => e.entity.id));
  return [...base.filter((e) => !replaced.has(e.id)).map((entity) => ({ file: `${label} (${entity.id})`, entity })), ...entries];
}

/**
 * Validates a folder of alias files as `npm test` and `canonym validate` do: each file's syntax and
 * fields, unique ids and alias collisions across the dictionary, then each file's own tests run
 * against a resolver over the whole dictionary.
 *
 * @param dir - The folder of alias files.
 * @param base - Entities the folder adds to (e.g. the bundled `entities`); none by default.
 * @param options - `onProgress`, to show progress on a folder of many files.
 * @returns Every problem found; empty when the folder is valid.
 * @example
 * ```ts
 * import { validateAliasDirectory } from "canonym/node";
 * for (const p of validateAliasDirectory("aliases")) console.error(formatProblem(p));
 * ```
 */
export function validateAliasDirectory(dir: string, base: readonly EntityInput[] = [], options: AliasFolderOptions = {}): AliasProblem[] {
  return validateLoadedAliases(loadAliasDirectory(dir, options), base, options);
}

/**
 * The checks of {@link validateAliasDirectory} on files already loaded with `loadAliasDirectory`.
 *
 * @param loaded - What `loadAliasDirectory` returned.
 * @param base - Entities the files add to; none by default.
 * @param options - `onProgress`.
 * @returns Every problem found; empty when the files are valid.
 * @example
 * ```ts
 * const loaded = loadAliasDirectory("aliases");
 * validateLoadedAliases(loaded).length === 0 && console.log(`${loaded.entries.length} files valid`);
 * ```
 */
export function validateLoadedAliases(loaded: LoadedAliases, base: readonly EntityInput[] = [], options: AliasFolderOptions = {}): AliasProblem[] {
  const { entries, problems } = loaded;
  const merged = mergeEntries(base, entries);
  const dictionaryProblems = checkDictionary(merged);
  if (problems.length > 0 || dictionaryProblems.length > 0) return [...problems, ...dictionaryProblems];
  options.onProgress?.({ stage: "indexing", done: 0, total: entries.length });
  const resolver = createResolver(merged.map((e) => e.entity));
  options.onProgress?.({ stage: "indexing", done: entries.length, total: entries.length });
  return entries.flatMap((entry, i) => {
    if ((i + 1) % PROGRESS_EVERY === 0 || i + 1 === entries.length) options.onProgress?.({ stage: "testing", done: i + 1, total: entries.length });
    return checkEntityTests(entry, resolver);
  });
}
