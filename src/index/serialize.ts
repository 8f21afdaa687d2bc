// A versioned, JSON-safe form of a built index: the analysed vocabulary as columns of text and every sealed list as text, so that loading analyses nothing, computes no key and parses few values.
import { AS_WRITTEN, NO_UNITS, type NameToken, type SoundForm } from "../names/analyze.js";
import { SCRIPTS, type Script } from "../normalize/script.js";
import type { LatinWords } from "./latin-lexicon.js";
import { vocabularyEntry, type NameIndex, type TextPositions, type VocabularyEntry } from "./build-index.js";
import { decodeIds, encodeIds } from "./id-text.js";
import { invertIdLists, keyTable, lineOf, type IdLists, type Postings } from "./postings.js";
import { linesFromText, type Lines } from "./lines.js";
import { recordTitlesFromJSON, recordTitlesToJSON, type SerializedRecordTitles } from "./record-titles.js";
import { weakFormsValid, type WeakForms } from "./weak-forms.js";

/** The format version {@link serializeIndex} writes and {@link deserializeIndex} reads. */
const FORMAT = "canonym-index";
const VERSION = 11;

/**
 * Sealed id lists as JSON: list `i` is `ids[starts[i]]` up to `ids[starts[i + 1]]`, both written as
 * id text (each id its difference from the one before, zigzag-coded, five bits per base-64
 * character), which loads several times faster than JSON arrays of numbers.
 */
export interface SerializedLists {
  /** Where each list starts in `ids`, and one more: where the last ends. */
  starts: string;
  /** Every list's ids, one after another. */
  ids: string;
}

/** Sealed lists by key as JSON: the list of the key on line `i` of `keys` is list `i`. */
export interface SerializedPostings extends SerializedLists {
  /** The keys, each ended by a line break, in the order they were first listed. */
  keys: string;
}

/** A built index as plain JSON data, from `resolver.toJSON()`; load it with {@link loadResolver}. */
export interface SerializedIndex {
  /** Always "canonym-index": what the data is. */
  format: typeof FORMAT;
  /** The format version; {@link loadResolver} refuses any other. */
  version: number;
  /** The dictionary's entities in order: id, canonical name, type, and the flags set. */
  entities: NameIndex["entities"];
  /** The analysed vocabulary, column by column. */
  vocabulary: SerializedVocabulary;
  /** Dictionary forms, column by column: entity position, the form as written, titles where there are any, vocabulary positions. */
  records: {
    /** Entity position of each form, as id text (see {@link SerializedLists}). */
    entity: string;
    /** Each form as written, each ended by a line break (a backslash in a form written as two, a line break as a backslash and "n"). */
    alias: string;
    /** Titles of the forms that have any: their positions, and their titles as lines. */
    titles: SerializedRecordTitles;
    /** Vocabulary positions of each form's tokens. */
    tokens: SerializedLists;
  };
  /** Weak aliases as one text of sorted lines "normalised form TAB entity position TAB alias". */
  weak: string;
  /** The key lists: consonant keys, with one deletion, without liquids; normalised forms. */
  keys: {
    /** Vocabulary positions by consonant key. */
    exact: SerializedPostings;
    /** Vocabulary positions by every key one deletion away. */
    deletion: SerializedPostings;
    /** Vocabulary positions by key without liquids (l, r), one deletion away. */
    liquid: SerializedPostings;
    /** Form positions by normalised form. */
    normalized: SerializedPostings;
  };
}

/**
 * The vocabulary column by column, each column one text with a line per token (per form for
 * `forms`): JSON parses one long string far faster than as many small arrays.
 */
export interface SerializedVocabulary {
  /** Each token's normalised text, each ended by a line break. */
  text: string;
  /** Each token's script, a digit per token: its place in the list latin, cyrillic, arabic, hebrew, greek, devanagari, han, hangul, kana, other (0 to 9). */
  script: string;
  /** Each token's kind, a digit per token: particle 0, common 1, distinctive 2. */
  kind: string;
  /** Each token's lookup keys, separated by spaces, each token's ended by a line break. */
  lookupKeys: string;
  /** How many forms each token has, as id text (see {@link SerializedLists}). */
  formCounts: string;
  /** Every form of every token in order: romanisation, sound symbols, key, penalty, reading and units (separated by spaces), separated by tabs. */
  forms: string;
  /** How many entities use each token, as id text (see {@link SerializedLists}). */
  entityCounts: string;
  /** The positions of the tokens the dictionary writes only as acronyms, as id text (see {@link SerializedLists}). */
  acronyms: string;
}

const KINDS: ReadonlyArray<NameToken["kind"]> = ["particle", "common", "distinctive"];
const DIGIT_ZERO = 48;

function vocabularyToJSON(vocabulary: readonly VocabularyEntry[]): SerializedVocabulary {
  const tokens = vocabulary.map((entry) => entry.token);
  return {
    text: tokens.map((t) => `${t.text}\n`).join(""),
    script: tokens.map((t) => String.fromCharCode(DIGIT_ZERO + SCRIPTS.indexOf(t.script))).join(""),
    kind: tokens.map((t) => String.fromCharCode(DIGIT_ZERO + KINDS.indexOf(t.kind))).join(""),
    lookupKeys: tokens.map((t) => `${t.lookupKeys.join(" ")}\n`).join(""),
    formCounts: encodeIds(tokens.map((t) => t.forms.length)),
    forms: tokens.flatMap((t) => t.forms.map((f) => [f.latin, f.symbols, f.key, f.penalty, f.reading, f.units.join(" ")].join("\t"))).join("\n"),
    entityCounts: encodeIds(vocabulary.map((entry) => entry.entityCount)),
    acronyms: encodeIds(vocabulary.flatMap((entry, id) => (entry.acronym ? [id] : []))),
  };
}

/** Id text decoded, or undefined when the value is not id text. */
function idsFrom(value: unknown): Int32Array | undefined {
  return typeof value === "string" ? decodeIds(value) : undefined;
}

/**
 * Each digit of a column as a position in `names`: a saved index's scripts and kinds are a digit per
 * token, where a line of each name per token was 4.8 MB of the 100,000-entity index's 59 to parse and
 * read line by line. Undefined when the column is not `count` digits, each below the names' count.
 */
function namedDigits(column: unknown, count: number, names: readonly string[]): Uint8Array | undefined {
  if (typeof column !== "string" || column.length !== count) return undefined;
  const positions = new Uint8Array(count);
  for (let k = 0; k < count; k++) {
    const position = column.charCodeAt(k) - DIGIT_ZERO;
    if (position < 0 || position >= names.length) return undefined;
    positions[k] = position;
  }
  return positions;
}

const wordsOf = (line: string): string[] => (line === "" ? [] : line.split(" "));

/** Line `i` of a vocabulary column as it lies: the columns are written unescaped, since no token's text or key has a line break. */
function columnLine(lines: Lines, i: number): string {
  return lines.text.slice(lines.starts[i], (lines.starts[i + 1] as number) - 1);
}

/** The saved vocabulary's columns, from which each token is read when a lookup first compares it. */
interface VocabularyColumns {
  /** The text column, a line per token. */
  texts: Lines;
  /** Each token's script, as its position in {@link SCRIPTS}. */
  scripts: Uint8Array;
  /** Each token's kind, as its position in {@link KINDS}. */
  kinds: Uint8Array;
  /** The lookup keys column, a line per token. */
  lookupKeys: Lines;
  /** Every form's line, one after another. */
  forms: string;
  /** Where each form's line starts in `forms`, and one more, where a line after the last would start. */
  formStarts: Int32Array;
  /** The position of each token's first form, and one more: where the last token's forms end. */
  firstForms: Int32Array;
  /** What reading ahead last summed, kept on this object, which the index holds, so that neither the bundler nor the compiler drops its loads as unused. */
  readAheadSum: number;
}

/** Whether the field of `text` from `start` to `end` is `value`, read in place. */
function fieldIs(text: string, start: number, end: number, value: string): boolean {
  return end - start === value.length && text.startsWith(value, start);
}

/**
 * A form read from its line where it lies: a lookup reads the forms of dozens of saved tokens, and
 * splitting each line made an array and six strings, most of them equal to strings the token has.
 * Its units, which only a learned comparison with a Latin query and saving again read, stay one
 * string until first asked for: splitting them for every form read was a seventh of reading the
 * vocabulary's tokens (all 237,000 of the 100,000-entity index in random order, 430 to 456 ms against
 * 523 to 549).
 */
class SavedForm implements SoundForm {
  /** The units, or until first asked for, the units field of the form's line. */
  #units: readonly string[] | string;

  constructor(readonly latin: string, readonly symbols: string, readonly key: string, readonly penalty: number, readonly reading: string, units: readonly string[] | string) {
    this.#units = units;
  }

  get units(): readonly string[] {
    const units = this.#units;
    if (typeof units !== "string") return units;
    return (this.#units = units.split(" "));
  }
}

function savedForm(columns: VocabularyColumns, form: number, text: string): SoundForm {
  const { forms } = columns;
  const start = columns.formStarts[form] as number;
  const end = (columns.formStarts[form + 1] as number) - 1;
  const afterLatin = forms.indexOf("\t", start);
  const afterSymbols = forms.indexOf("\t", afterLatin + 1);
  const afterKey = forms.indexOf("\t", afterSymbols + 1);
  const afterPenalty = forms.indexOf("\t", afterKey + 1);
  const afterReading = forms.indexOf("\t", afterPenalty + 1);
  // Most Latin tokens romanise as written, and most romanisations sound as spelled: one string, not three.
  const latin = fieldIs(forms, start, afterLatin, text) ? text : forms.slice(start, afterLatin);
  const symbols = fieldIs(forms, afterLatin + 1, afterSymbols, latin) ? latin : forms.slice(afterLatin + 1, afterSymbols);
  const penalty = afterPenalty - afterKey === 2 && forms.charCodeAt(afterKey + 1) === DIGIT_ZERO ? 0 : Number(forms.slice(afterKey + 1, afterPenalty));
  const reading = fieldIs(forms, afterPenalty + 1, afterReading, AS_WRITTEN) ? AS_WRITTEN : forms.slice(afterPenalty + 1, afterReading);
  return new SavedForm(latin, symbols, forms.slice(afterSymbols + 1, afterKey), penalty, reading, afterReading + 1 === end ? NO_UNITS : forms.slice(afterReading + 1, end));
}

/**
 * A token read from a saved index. Its lookup keys, which lookups never read of a dictionary token
 * (only saving the index again does), stay in their column until asked for: a string each would be
 * one more object per token for the collector to copy when lookups first read tokens.
 */
class SavedToken implements NameToken {
  readonly #columns: VocabularyColumns;
  readonly #id: number;

  constructor(readonly text: string, readonly script: Script, readonly kind: NameToken["kind"], readonly forms: SoundForm[], columns: VocabularyColumns, id: number) {
    this.#columns = columns;
    this.#id = id;
  }

  get lookupKeys(): string[] {
    return wordsOf(columnLine(this.#columns.lookupKeys, this.#id));
  }
}

// A lookup reads dozens of saved tokens, which then live as long as the resolver, and are promoted by
// the young-generation collector: a Latin token's form shares the reading and the empty list of units
// every such form has, and its romanisation and sound symbols the token's text where they are the same;
// a token's list of forms is made at its length, where pushing to an empty array leaves room for sixteen.
function savedToken(columns: VocabularyColumns, id: number): NameToken {
  const text = columnLine(columns.texts, id);
  const first = columns.firstForms[id] as number;
  const count = (columns.firstForms[id + 1] as number) - first;
  const forms = count === 1 ? [savedForm(columns, first, text)] : Array.from({ length: count }, (_, k) => savedForm(columns, first + k, text));
  return new SavedToken(text, SCRIPTS[columns.scripts[id] as number] as Script, KINDS[columns.kinds[id] as number] as NameToken["kind"], forms, columns, id);
}

/** A form line's fields: romanisation, sound symbols, key, penalty, reading, units. */
const FORM_FIELDS = 6;
const PENALTY = /^\d+(?:\.\d+)?(?:e-\d+)?$/;

/**
 * Where each line of the forms column starts, checking as it goes that every line has its six
 * fields and a penalty that is a number; undefined when the column is not `count` such lines.
 */
function formLineStarts(forms: unknown, count: number): Int32Array | undefined {
  if (typeof forms !== "string" || (count === 0) !== (forms === "")) return undefined;
  // A dictionary of weak aliases alone has no forms: the line after the last starts past the empty text.
  if (count === 0) return Int32Array.of(1);
  const starts = new Int32Array(count + 1);
  let start = 0;
  for (let line = 0; line < count; line++) {
    if (start > forms.length) return undefined;
    starts[line] = start;
    const end = forms.indexOf("\n", start);
    const stop = end === -1 ? forms.length : end;
    let tab = start - 1;
    let penaltyStart = 0;
    for (let field = 1; field < FORM_FIELDS; field++) {
      tab = forms.indexOf("\t", tab + 1);
      if (tab === -1 || tab >= stop) return undefined;
      if (field === 3) penaltyStart = tab + 1;
      else if (field === 4 && !PENALTY.test(forms.slice(penaltyStart, tab))) return undefined;
    }
    const extra = forms.indexOf("\t", tab + 1);
    if (extra !== -1 && extra < stop) return undefined;
    start = stop + 1;
  }
  if (start !== forms.length + 1) return undefined;
  starts[count] = start;
  return starts;
}

/** The saved vocabulary's entries, none read yet, how to read one and to read ahead, each token's position by its text, each token's length of sound symbols, and how to read its Latin words. */
function vocabularyFromJSON(data: unknown): { entries: NameIndex["vocabulary"]; readEntry: (id: number) => VocabularyEntry; readAhead: (ids: readonly number[]) => void; texts: Lines; byText: TextPositions; symbolLengths: Int32Array; latinWords: () => LatinWords } {
  const corrupt = (column: string) => new TypeError(`${CORRUPT} (vocabulary.${column}); rebuild it with createResolver and toJSON`);
  const columns = (typeof data === "object" && data !== null ? data : {}) as Partial<Record<keyof SerializedVocabulary, unknown>>;
  const entityCounts = idsFrom(columns.entityCounts);
  if (!entityCounts || entityCounts.some((n) => n < 0)) throw corrupt("entityCounts");
  const count = entityCounts.length;
  const texts = linesFromText(columns.text, count);
  if (!texts) throw corrupt("text");
  const scripts = namedDigits(columns.script, count, SCRIPTS);
  if (!scripts) throw corrupt("script");
  const kinds = namedDigits(columns.kind, count, KINDS);
  if (!kinds) throw corrupt("kind");
  const lookupKeys = linesFromText(columns.lookupKeys, count);
  if (!lookupKeys) throw corrupt("lookupKeys");
  const formCounts = idsFrom(columns.formCounts);
  if (!formCounts || formCounts.length !== count || formCounts.some((n) => n < 0)) throw corrupt("formCounts");
  const firstForms = new Int32Array(count + 1);
  for (let id = 0; id < count; id++) firstForms[id + 1] = (firstForms[id] as number) + (formCounts[id] as number);
  const formStarts = formLineStarts(columns.forms, firstForms[count] as number);
  if (!formStarts) throw corrupt("forms");
  const acronyms = idsFrom(columns.acronyms);
  if (!acronyms || !within(acronyms, count)) throw corrupt("acronyms");
  const acronymSet = new Set(acronyms);
  const saved: VocabularyColumns = { texts, scripts, kinds, lookupKeys, forms: columns.forms as string, formStarts, firstForms, readAheadSum: 0 };
  const symbolLengths = new Int32Array(count);
  for (let id = 0; id < count; id++) {
    // The primary form's sound symbols are its line's second field.
    const first = firstForms[id] as number;
    if (first < (firstForms[id + 1] as number)) {
      const tab = saved.forms.indexOf("\t", formStarts[first] as number);
      symbolLengths[id] = saved.forms.indexOf("\t", tab + 1) - tab - 1;
    }
  }
  // An entry, and its analysed token, only when a lookup first asks for it: most of a large vocabulary never is compared.
  const entries = new Array<VocabularyEntry | undefined>(count).fill(undefined);
  const readEntry = (id: number): VocabularyEntry => ({ token: savedToken(saved, id), entityCount: entityCounts[id] as number, acronym: acronymSet.has(id) });
  const readAhead = (ids: readonly number[]): void => {
    let sum = 0;
    for (let k = 0; k < ids.length; k++) {
      const id = ids[k] as number;
      if (entries[id] !== undefined) continue;
      sum += saved.forms.charCodeAt(formStarts[firstForms[id] as number] as number) + texts.text.charCodeAt(texts.starts[id] as number) + (entityCounts[id] as number) + (scripts[id] as number) + (kinds[id] as number);
    }
    saved.readAheadSum = sum;
  };
  return { entries, readEntry, readAhead, texts, byText: textPositions(texts), symbolLengths, latinWords: () => savedLatinWords(saved) };
}

/**
 * The Latin words of a saved vocabulary: each Latin token's primary romanisation, the first field of
 * its first form's line, copied from the forms column letter by letter. Sliced into a string per
 * token, they took 45 to 80 ms to gather at 100,000 entities, as long as building the lexicon.
 */
function savedLatinWords(columns: VocabularyColumns): LatinWords {
  const { forms, formStarts, firstForms, scripts } = columns;
  const latin = SCRIPTS.indexOf("latin");
  const count = scripts.length;
  const ids = new Int32Array(count);
  const ends = new Int32Array(count);
  let latinCount = 0;
  let letterCount = 0;
  for (let id = 0; id < count; id++) {
    const first = firstForms[id] as number;
    if (scripts[id] !== latin || first === firstForms[id + 1]) continue;
    const start = formStarts[first] as number;
    const end = forms.indexOf("\t", start);
    if (end === start) continue;
    ids[latinCount] = id;
    ends[latinCount++] = end;
    letterCount += end - start;
  }
  const starts = new Int32Array(latinCount + 1);
  const letters = new Uint16Array(letterCount);
  for (let k = 0, at = 0; k < latinCount; k++) {
    const end = ends[k] as number;
    for (let i = formStarts[firstForms[ids[k] as number] as number] as number; i < end; i++) letters[at++] = forms.charCodeAt(i);
    starts[k + 1] = at;
  }
  return { ids: ids.slice(0, latinCount), starts, letters };
}

/** Each line's position by its text, through a typed hash table over the lines: no string per line, as a Map would need. */
function textPositions(lines: Lines): TextPositions {
  const table = keyTable(lines);
  return {
    get(text) {
      const line = lineOf(lines, table, text);
      return line === -1 ? undefined : line;
    },
    has: (text) => lineOf(lines, table, text) !== -1,
  };
}

const listsToJSON = (lists: IdLists): SerializedLists => ({ starts: encodeIds(lists.starts), ids: encodeIds(lists.ids) });
const postingsToJSON = (postings: Postings): SerializedPostings => ({ keys: postings.keys.text, ...listsToJSON(postings) });

/**
 * Writes an index as plain data that survives `JSON.stringify`.
 *
 * @param index - A built index.
 * @returns The serialised index.
 * @example
 * ```ts
 * import { writeFileSync } from "node:fs";
 * const data = serializeIndex(buildIndex([{ id: "kabul", name: "Kabul", type: "place" }]));
 * writeFileSync("index.json", JSON.stringify(data));
 * data.entities; // [{ id: "kabul", name: "Kabul", type: "place" }]
 * ```
 */
export function serializeIndex(index: NameIndex): SerializedIndex {
  return {
    format: FORMAT,
    version: VERSION,
    entities: index.entities,
    vocabulary: vocabularyToJSON(Array.from(index.vocabulary, (_, id) => vocabularyEntry(index, id))),
    records: { entity: encodeIds(index.recordEntity), alias: index.recordAlias.text, titles: recordTitlesToJSON(index.recordTitles), tokens: listsToJSON(index.recordTokens) },
    weak: index.weakForms.text,
    keys: { exact: postingsToJSON(index.byExactKey), deletion: postingsToJSON(index.byKey), liquid: postingsToJSON(index.byLiquidKey), normalized: postingsToJSON(index.byNormalized) },
  };
}

const CORRUPT = "[canonym] loadResolver: the serialised index is incomplete or corrupt";

// Plain loops: these run over millions of ids when a large index loads.
function ascending(values: Int32Array): boolean {
  for (let i = 1; i < values.length; i++) if ((values[i] as number) < (values[i - 1] as number)) return false;
  return true;
}

function within(ids: Int32Array, bound: number): boolean {
  for (let i = 0; i < ids.length; i++) if ((ids[i] as number) < 0 || (ids[i] as number) >= bound) return false;
  return true;
}

/** Checked sealed lists: `count` lists of ids below `bound`. */
function listsFrom(data: unknown, count: number | undefined, bound: number, what: string): IdLists {
  const lists = data as Partial<SerializedLists> | null;
  const starts = idsFrom(lists?.starts);
  const ids = idsFrom(lists?.ids);
  if (!starts || !ids) throw new TypeError(`${CORRUPT} (${what}); rebuild it with createResolver and toJSON`);
  if ((count !== undefined && starts.length !== count + 1) || starts[0] !== 0 || starts[starts.length - 1] !== ids.length || !ascending(starts) || !within(ids, bound)) {
    throw new TypeError(`${CORRUPT} (${what}); rebuild it with createResolver and toJSON`);
  }
  return { starts, ids };
}

function postingsFrom(data: unknown, bound: number, what: string): Postings {
  const lists = listsFrom(data, undefined, bound, what);
  // A key per list.
  const keys = linesFromText((data as Partial<SerializedPostings> | null)?.keys, lists.starts.length - 1);
  if (!keys) throw new TypeError(`${CORRUPT} (${what}); rebuild it with createResolver and toJSON`);
  return { keys, table: keyTable(keys), ...lists };
}

/**
 * Rebuilds an index from {@link serializeIndex}'s output without analysing any name again.
 *
 * @param data - Parsed JSON.
 * @returns The index.
 * @throws TypeError starting "[canonym]" when the data is not a serialised index of this version.
 * @example
 * ```ts
 * import { readFileSync } from "node:fs";
 * const index = deserializeIndex(JSON.parse(JSON.stringify(serializeIndex(buildIndex([{ id: "kabul", name: "Kabul", type: "place" }])))));
 * vocabularyEntry(index, 0).token.text; // "kabul": read from the saved columns when first asked for
 * ```
 */
export function deserializeIndex(data: unknown): NameIndex {
  const candidate = data as Partial<SerializedIndex> | null;
  if (typeof candidate !== "object" || candidate === null || candidate.format !== FORMAT) {
    throw new TypeError(`[canonym] loadResolver: expected the output of resolver.toJSON() (format "${FORMAT}"); build the resolver with createResolver instead`);
  }
  if (candidate.version !== VERSION) {
    throw new TypeError(`[canonym] loadResolver: index format version ${String(candidate.version)}, this canonym reads version ${VERSION}; rebuild it with createResolver and toJSON`);
  }
  const { entities, vocabulary, records, keys } = candidate;
  if (!Array.isArray(entities) || typeof vocabulary !== "object" || vocabulary === null || typeof records !== "object" || records === null || typeof keys !== "object" || keys === null
    || typeof records.entity !== "string" || typeof records.alias !== "string") {
    throw new TypeError("[canonym] loadResolver: the serialised index lacks entities, vocabulary, records or keys; rebuild it with createResolver and toJSON");
  }
  const recordEntity = decodeIds(records.entity);
  if (!recordEntity || !within(recordEntity, entities.length)) throw new TypeError(`${CORRUPT} (records.entity); rebuild it with createResolver and toJSON`);
  const recordCount = recordEntity.length;
  const recordAlias = linesFromText(records.alias, recordCount);
  if (!recordAlias) throw new TypeError(`${CORRUPT} (records.alias); rebuild it with createResolver and toJSON`);
  const recordTitles = recordTitlesFromJSON(records.titles, recordCount);
  if (!recordTitles) throw new TypeError(`${CORRUPT} (records.titles); rebuild it with createResolver and toJSON`);
  const weakForms: WeakForms | undefined = typeof candidate.weak === "string" ? { text: candidate.weak } : undefined;
  if (!weakForms || !weakFormsValid(weakForms, entities.length)) throw new TypeError(`${CORRUPT} (weak); rebuild it with createResolver and toJSON`);
  const { entries, readEntry, readAhead, texts, byText, symbolLengths, latinWords } = vocabularyFromJSON(vocabulary);
  const count = entries.length;
  const recordTokens = listsFrom(records.tokens, recordCount, count, "records.tokens");
  return {
    entities,
    vocabulary: entries,
    readEntry,
    readAhead,
    symbolLengths,
    vocabularyByText: byText,
    vocabularyTexts: texts,
    readLatinWords: latinWords,
    byExactKey: postingsFrom(keys.exact, count, "keys.exact"),
    byKey: postingsFrom(keys.deletion, count, "keys.deletion"),
    byLiquidKey: postingsFrom(keys.liquid, count, "keys.liquid"),
    byNormalized: postingsFrom(keys.normalized, recordCount, "keys.normalized"),
    recordEntity,
    recordAlias,
    recordTitles,
    recordTokens,
    tokenRecords: invertIdLists(recordTokens, count),
    weakForms,
  };
}
