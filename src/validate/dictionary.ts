// Cross-file rules over a whole dictionary: unique ids, no silent alias collisions, and each file's own tests.
import { normalize } from "../normalize/normalize.js";
import type { Resolver } from "../resolve/create-resolver.js";
import type { EntityInput } from "../resolve/types.js";
import type { AliasProblem } from "./alias-document.js";

/** An entity with the file it came from and what that file declares. */
export interface DictionaryEntry {
  /** Where the entity comes from: an alias file, or a label such as "canonym/aliases (kabul)". */
  file: string;
  /** The entity. */
  entity: EntityInput;
  /** Aliases the file declares as knowingly shared with another entity. */
  ambiguous?: readonly string[];
  /** The file's own tests. */
  tests?: {
    /** Spellings that must resolve to this entity. */
    readonly resolves: readonly string[];
    /** Spellings that must not. */
    readonly rejects: readonly string[];
  };
}

/**
 * Finds duplicate ids (naming both files) and aliases (weak ones too) of different entities that normalise to the
 * same form, unless either file lists its alias under `ambiguous`.
 *
 * @param entries - Every entity of the dictionary with its file.
 * @returns The problems found.
 * @example
 * ```ts
 * checkDictionary([
 *   { file: "a.json", entity: { id: "x", name: "Kabul" } },
 *   { file: "b.json", entity: { id: "y", name: "KABUL" } },
 * ]).length; // 1: "Kabul" and "KABUL" normalise alike
 * ```
 */
export function checkDictionary(entries: readonly DictionaryEntry[]): AliasProblem[] {
  const problems: AliasProblem[] = [];
  const ids = new Map<string, string>();
  const forms = new Map<string, { entry: DictionaryEntry; alias: string }>();
  for (const entry of entries) {
    const { id } = entry.entity;
    const other = ids.get(id);
    if (other !== undefined) {
      problems.push({ file: entry.file, field: "id", message: `"${id}" is already the id of ${other}; choose another id or merge the two files` });
      continue;
    }
    ids.set(id, entry.file);
    for (const alias of new Set([entry.entity.name, ...(entry.entity.aliases ?? []), ...(entry.entity.weakAliases ?? [])])) {
      const form = normalize(alias);
      const previous = forms.get(form);
      if (previous && previous.entry.entity.id !== id) {
        const declared = entry.ambiguous?.includes(alias) || previous.entry.ambiguous?.includes(previous.alias);
        if (!declared) {
          problems.push({
            file: entry.file,
            field: "aliases",
            message: `${JSON.stringify(alias)} normalises to "${form}", as ${JSON.stringify(previous.alias)} of "${previous.entry.entity.id}" (${previous.entry.file}) does; remove it, or list it under "ambiguous" if both entities really go by it`,
          });
        }
      } else if (!previous) {
        forms.set(form, { entry, alias });
      }
    }
  }
  return problems;
}

/**
 * Runs a file's own tests: every `tests.resolves` spelling must resolve to the entity, no
 * `tests.rejects` spelling may.
 *
 * @param entry - The entity with its tests.
 * @param resolver - A resolver over the whole dictionary.
 * @returns One problem per failed spelling, saying what it resolved to instead.
 * @example
 * ```ts
 * const entity = { id: "kabul", type: "place", name: "Kabul", aliases: ["Kaboul"] };
 * const entry = { file: "aliases/place/kabul.json", entity, tests: { resolves: ["Kaboul"], rejects: ["Kandahar"] } };
 * checkEntityTests(entry, createResolver([entity])); // []: the file's tests pass
 * ```
 */
export function checkEntityTests(entry: DictionaryEntry, resolver: Resolver): AliasProblem[] {
  const problems: AliasProblem[] = [];
  const { id } = entry.entity;
  entry.tests?.resolves.forEach((spelling, i) => {
    const result = resolver.resolve(spelling);
    if (result?.id === id) return;
    const [best, second] = resolver.candidates(spelling, { limit: 2 });
    const why = result
      ? `resolves to "${result.id}" (score ${result.score.toFixed(2)})`
      : best?.id === id && second
        ? `is too close to call between "${id}" (${best.score.toFixed(2)}) and "${second.id}" (${second.score.toFixed(2)})`
        : best?.id === id
          ? `scores ${best.score.toFixed(2)}, below the threshold`
          : "resolves to nothing";
    problems.push({ file: entry.file, field: `tests.resolves[${i}]`, message: `${JSON.stringify(spelling)} ${why}; add the spelling to "aliases" or fix the test` });
  });
  entry.tests?.rejects.forEach((spelling, i) => {
    const result = resolver.resolve(spelling);
    if (result?.id !== id) return;
    problems.push({
      file: entry.file,
      field: `tests.rejects[${i}]`,
      message: `${JSON.stringify(spelling)} resolves here (score ${result.score.toFixed(2)}, matched ${JSON.stringify(result.matched)}); remove the alias that causes it or fix the test`,
    });
  });
  return problems;
}
