// Checks for alias files that mirror schema/entity.schema.json (JSON Schema 2020-12), plus what a schema cannot say: file name = id, folder = type, declared ambiguities.
import type { EntityInput } from "../resolve/types.js";
import { MAX_NAME_LENGTH } from "./limits.js";

/** A bundled or contributed entity file, parsed. */
export interface AliasDocument {
  /** Kebab-case id, the same as the file's name. */
  id: string;
  /** The entity's type, the same as the file's folder. */
  type: "person" | "organization" | "place";
  /** The canonical name. */
  name: string;
  /** Aliases grouped by BCP 47 language code. */
  aliases: Record<string, string[]>;
  /** Aliases that knowingly share a normalised form with another entity's alias. */
  ambiguous?: string[];
  /** A person whose names are written family name first, in every script ("Xi Jinping"): see {@link EntityInput}. */
  familyNameFirst?: boolean;
  /** The file's own tests. */
  tests: {
    /** Spellings that must resolve to this entity. */
    resolves: string[];
    /** Spellings that must not. */
    rejects: string[];
  };
  /** Where the aliases come from (URLs). */
  sources: string[];
  /** Anything a reviewer should know. */
  notes?: string;
}

/** One thing wrong with an alias file: where, which field, what, and what to do. */
export interface AliasProblem {
  /** The file, as given (e.g. "aliases/person/vladimir-putin.json"). */
  file: string;
  /** JSON path of the field, e.g. "tests.resolves[2]"; "" for the whole file. */
  field: string;
  /** What is wrong and what to do, starting "[canonym]". */
  message: string;
}

const TYPES = ["person", "organization", "place"] as const;
const FIELDS: readonly string[] = ["$schema", "id", "type", "name", "aliases", "ambiguous", "familyNameFirst", "tests", "sources", "notes"];
const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const LANGUAGE = /^(?:[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*|und)$/;
const URL_PATTERN = /^https?:\/\//;
const LINE_AND_COLUMN = /line (\d+) column (\d+)/;
const POSITION = /position (\d+)/;
const PATH_SEPARATORS = /[\\/]/;
const JSON_EXTENSION = /\.json$/;

/**
 * Formats a problem as one line: `[canonym] <file>: <field>: <message>`.
 *
 * @param problem - A problem from {@link parseAliasFile} or {@link checkDictionary}.
 * @returns The line.
 * @example
 * ```ts
 * formatProblem({ file: "aliases/place/kabul.json", field: "name", message: "expected a non-empty string" });
 * // "[canonym] aliases/place/kabul.json: name: expected a non-empty string"
 * ```
 */
export function formatProblem(problem: AliasProblem): string {
  return `[canonym] ${problem.file}: ${problem.field ? `${problem.field}: ` : ""}${problem.message}`;
}

function lineAndColumn(text: string, message: string): string {
  const explicit = LINE_AND_COLUMN.exec(message);
  if (explicit) return `line ${explicit[1]}, column ${explicit[2]}`;
  const position = POSITION.exec(message);
  if (!position) return "end of file";
  const before = text.slice(0, Number(position[1]));
  const lines = before.split("\n");
  return `line ${lines.length}, column ${(lines[lines.length - 1] ?? "").length + 1}`;
}

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === "string");
}

function checkStringList(value: unknown, field: string, problems: Array<[string, string]>, options: { min?: number; pattern?: RegExp; hint?: string; maxLength?: number } = {}): void {
  if (!Array.isArray(value)) {
    problems.push([field, `expected an array of strings, got ${value === null ? "null" : typeof value}`]);
    return;
  }
  if (options.min && value.length < options.min) problems.push([field, `expected at least ${options.min} entr${options.min === 1 ? "y" : "ies"}`]);
  const seen = new Set<string>();
  value.forEach((item: unknown, i) => {
    if (typeof item !== "string" || item.trim() === "") problems.push([`${field}[${i}]`, "expected a non-empty string"]);
    else if (options.maxLength !== undefined && item.length > options.maxLength) problems.push([`${field}[${i}]`, `${item.length} characters is over the limit of ${options.maxLength} for a name; give a name, not a text`]);
    else if (options.pattern && !options.pattern.test(item)) problems.push([`${field}[${i}]`, `${JSON.stringify(item)} ${options.hint ?? "is malformed"}`]);
    else if (seen.has(item)) problems.push([`${field}[${i}]`, `${JSON.stringify(item)} is listed twice; remove one`]);
    else seen.add(item);
  });
}

/** What {@link parseAliasFile} found in a file. */
export interface ParsedAliasFile {
  /** The document, when it has no problem. */
  document?: AliasDocument;
  /** Every problem found. */
  problems: AliasProblem[];
}

/**
 * Parses and checks one alias file: JSON syntax (with line and column), known fields only, types,
 * kebab-case id equal to the file name, type equal to the folder, language codes, and that every
 * `ambiguous` entry is one of the file's own names.
 *
 * @param file - Path as it should appear in messages (its last two segments must be `<type>/<id>.json`).
 * @param text - The file's content.
 * @returns The document when it is valid, and every problem found.
 * @example
 * ```ts
 * const { problems } = parseAliasFile("aliases/place/kabul.json", '{"id": "Kabul"}');
 * problems[0].field; // "id"
 * ```
 */
export function parseAliasFile(file: string, text: string): ParsedAliasFile {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { problems: [{ file, field: "", message: `not valid JSON at ${lineAndColumn(text, message)} (${message}); fix the syntax` }] };
  }
  const found: Array<[string, string]> = [];
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    return { problems: [{ file, field: "", message: "expected a JSON object; copy an existing file as a template" }] };
  }
  const doc = data as Record<string, unknown>;
  for (const key of Object.keys(doc)) {
    if (!FIELDS.includes(key)) found.push([key, `unknown field; allowed fields are ${FIELDS.join(", ")}`]);
  }
  const segments = file.split(PATH_SEPARATORS);
  const fileId = (segments[segments.length - 1] ?? "").replace(JSON_EXTENSION, "");
  const folder = segments[segments.length - 2];
  if (typeof doc.id !== "string" || !KEBAB_CASE.test(doc.id)) {
    found.push(["id", `${JSON.stringify(doc.id)} is not kebab-case; use lowercase letters, digits and single hyphens, e.g. "amir-khan-muttaqi"`]);
  } else if (doc.id !== fileId) {
    found.push(["id", `"${doc.id}" differs from the file name "${fileId}.json"; rename the file or change the id`]);
  }
  if (typeof doc.type !== "string" || !(TYPES as readonly string[]).includes(doc.type)) {
    found.push(["type", `${JSON.stringify(doc.type)} is not one of ${TYPES.join(", ")}`]);
  } else if (folder !== undefined && (TYPES as readonly string[]).includes(folder) && doc.type !== folder) {
    found.push(["type", `"${doc.type}" but the file is in aliases/${folder}/; move the file or change the type`]);
  }
  if (typeof doc.name !== "string" || doc.name.trim() === "") found.push(["name", "expected the canonical name as a non-empty string"]);
  else if (doc.name.length > MAX_NAME_LENGTH) found.push(["name", `${doc.name.length} characters is over the limit of ${MAX_NAME_LENGTH} for a name`]);
  if (typeof doc.aliases !== "object" || doc.aliases === null || Array.isArray(doc.aliases)) {
    found.push(["aliases", 'expected an object of language code → names, e.g. { "en": ["..."], "ar": ["..."] }']);
  } else {
    for (const [language, names] of Object.entries(doc.aliases)) {
      if (!LANGUAGE.test(language)) found.push([`aliases.${language}`, 'is not a BCP 47 language code such as "en", "ar", "zh-Hant" (use "und" when unknown)']);
      checkStringList(names, `aliases.${language}`, found, { maxLength: MAX_NAME_LENGTH });
    }
  }
  if (doc.ambiguous !== undefined) {
    checkStringList(doc.ambiguous, "ambiguous", found);
    const own = new Set([doc.name, ...Object.values((doc.aliases ?? {}) as Record<string, unknown>).filter(isStringList).flat()]);
    if (isStringList(doc.ambiguous)) doc.ambiguous.forEach((alias, i) => {
      if (!own.has(alias)) found.push([`ambiguous[${i}]`, `${JSON.stringify(alias)} is not one of this file's names; list only the file's own aliases`]);
    });
  }
  if (doc.familyNameFirst !== undefined && typeof doc.familyNameFirst !== "boolean") found.push(["familyNameFirst", "expected true or false"]);
  else if (doc.familyNameFirst === true && doc.type !== "person") found.push(["familyNameFirst", 'only a person\'s name has a family name; remove it, or move the file to aliases/person/ with type "person"']);
  if (typeof doc.tests !== "object" || doc.tests === null || Array.isArray(doc.tests)) {
    found.push(["tests", 'expected { "resolves": [...], "rejects": [...] }']);
  } else {
    const tests = doc.tests as Record<string, unknown>;
    for (const key of Object.keys(tests)) if (key !== "resolves" && key !== "rejects") found.push([`tests.${key}`, 'unknown field; use "resolves" and "rejects"']);
    checkStringList(tests.resolves, "tests.resolves", found, { min: 1, maxLength: MAX_NAME_LENGTH });
    checkStringList(tests.rejects, "tests.rejects", found, { maxLength: MAX_NAME_LENGTH });
  }
  checkStringList(doc.sources, "sources", found, { min: 1, pattern: URL_PATTERN, hint: "is not an http(s) URL" });
  if (doc.notes !== undefined && typeof doc.notes !== "string") found.push(["notes", "expected a string"]);
  const problems = found.map(([field, message]) => ({ file, field, message }));
  return problems.length > 0 ? { problems } : { document: doc as unknown as AliasDocument, problems };
}

/**
 * The entity a resolver needs from an alias document: id, type, canonical name, every alias across
 * languages, once each, and whether the names are written family name first.
 *
 * @param document - A valid document.
 * @returns The entity.
 * @example
 * ```ts
 * const { document } = parseAliasFile("aliases/place/kabul.json", JSON.stringify({ id: "kabul", type: "place", name: "Kabul", aliases: { en: ["Kabul"], fr: ["Kaboul"], ar: ["كابول"] },
 *   tests: { resolves: ["Kaboul"], rejects: [] }, sources: ["https://en.wikipedia.org/wiki/Kabul"] }));
 * toEntity(document!); // { id: "kabul", type: "place", name: "Kabul", aliases: ["Kaboul", "كابول"] }
 * ```
 */
export function toEntity(document: AliasDocument): EntityInput {
  const aliases = [...new Set(Object.values(document.aliases).flat())].filter((a) => a !== document.name);
  const entity: EntityInput = { id: document.id, type: document.type, name: document.name, aliases };
  return document.familyNameFirst ? { ...entity, familyNameFirst: true } : entity;
}
