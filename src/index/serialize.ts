// A versioned, JSON-safe form of a built index: the analysed vocabulary and every sealed list as plain arrays, so that loading analyses nothing and computes no key.
import type { NameToken } from "../names/analyze.js";
import type { NameIndex } from "./build-index.js";
import { listAt, sealIdLists, type IdLists, type Postings } from "./postings.js";
import { weakFormsValid, type WeakForms } from "./weak-forms.js";

/** The format version {@link serializeIndex} writes and {@link deserializeIndex} reads. */
const FORMAT = "canonym-index";
const VERSION = 5;

/** Sealed id lists as JSON: list `i` is `ids[starts[i]]` up to `ids[starts[i + 1]]`. */
export interface SerializedLists {
  /** Where each list starts in `ids`, and one more: where the last ends. */
  starts: number[];
  /** Every list's ids, one after another. */
  ids: number[];
}

/** Sealed lists by key as JSON: the list of `keys[i]` is list `i`. */
export interface SerializedPostings extends SerializedLists {
  /** The keys, sorted. */
  keys: string[];
}

/** A built index as plain JSON data, from `resolver.toJSON()`; load it with {@link loadResolver}. */
export interface SerializedIndex {
  /** Always "canonym-index": what the data is. */
  format: typeof FORMAT;
  /** The format version; {@link loadResolver} refuses any other. */
  version: number;
  /** The dictionary's entities in order: id, canonical name, type. */
  entities: NameIndex["entities"];
  /** One per vocabulary token: the analysed token as arrays ({@link SerializedToken}), how many entities use it, whether only as an acronym. */
  vocabulary: Array<[SerializedToken, number, boolean]>;
  /** Dictionary forms, column by column: entity position, the form as written, titles where there are any, vocabulary positions. */
  records: {
    /** Entity position of each form. */
    entity: number[];
    /** Each form as written. */
    alias: string[];
    /** Titles of the forms that have any, by form position. */
    titles: Array<[number, readonly string[]]>;
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

/** A {@link NameToken} as positional arrays, which JSON holds in half the space of objects and parses faster. */
export type SerializedToken = [text: string, script: NameToken["script"], kind: NameToken["kind"], lookupKeys: string[], forms: Array<[latin: string, symbols: string, key: string, penalty: number, reading: string, units: readonly string[]]>];

function tokenToJSON(token: NameToken): SerializedToken {
  return [token.text, token.script, token.kind, token.lookupKeys, token.forms.map((f) => [f.latin, f.symbols, f.key, f.penalty, f.reading, f.units])];
}

const isStrings = (value: unknown): value is string[] => Array.isArray(value) && value.every((v) => typeof v === "string");

function tokenFromJSON(data: unknown): NameToken {
  const [text, script, kind, lookupKeys, forms] = Array.isArray(data) ? data : [];
  if (typeof text !== "string" || typeof script !== "string" || typeof kind !== "string" || !isStrings(lookupKeys) || !Array.isArray(forms)) {
    throw new TypeError(`${CORRUPT} (vocabulary); rebuild it with createResolver and toJSON`);
  }
  return {
    text, script: script as NameToken["script"], kind: kind as NameToken["kind"], lookupKeys,
    forms: forms.map((form: unknown) => {
      const [latin, symbols, key, penalty, reading, units] = Array.isArray(form) ? form : [];
      if (typeof latin !== "string" || typeof symbols !== "string" || typeof key !== "string" || typeof penalty !== "number" || typeof reading !== "string" || !isStrings(units)) {
        throw new TypeError(`${CORRUPT} (vocabulary forms); rebuild it with createResolver and toJSON`);
      }
      return { latin, symbols, key, penalty, reading, units };
    }),
  };
}

const listsToJSON = (lists: IdLists): SerializedLists => ({ starts: Array.from(lists.starts), ids: Array.from(lists.ids) });
const postingsToJSON = (postings: Postings): SerializedPostings => ({ keys: [...postings.keys], ...listsToJSON(postings) });

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
    vocabulary: index.vocabulary.map(({ token, entityCount, acronym }) => [tokenToJSON(token), entityCount, acronym]),
    records: { entity: Array.from(index.recordEntity), alias: [...index.recordAlias], titles: [...index.recordTitles], tokens: listsToJSON(index.recordTokens) },
    weak: index.weakForms.text,
    keys: { exact: postingsToJSON(index.byExactKey), deletion: postingsToJSON(index.byKey), liquid: postingsToJSON(index.byLiquidKey), normalized: postingsToJSON(index.byNormalized) },
  };
}

const CORRUPT = "[canonym] loadResolver: the serialised index is incomplete or corrupt";

/** Checked sealed lists: `count` lists of ids below `bound`. */
function listsFrom(data: unknown, count: number | undefined, bound: number, what: string): IdLists {
  const lists = data as Partial<SerializedLists> | null;
  if (typeof lists !== "object" || lists === null || !Array.isArray(lists.starts) || !Array.isArray(lists.ids)) throw new TypeError(`${CORRUPT} (${what}); rebuild it with createResolver and toJSON`);
  const starts = Int32Array.from(lists.starts);
  const ids = Int32Array.from(lists.ids);
  const ordered = starts.every((start, i) => start >= (i === 0 ? 0 : (starts[i - 1] as number)));
  if ((count !== undefined && starts.length !== count + 1) || starts[0] !== 0 || starts[starts.length - 1] !== ids.length || !ordered || ids.some((id) => id < 0 || id >= bound)) {
    throw new TypeError(`${CORRUPT} (${what}); rebuild it with createResolver and toJSON`);
  }
  return { starts, ids };
}

function postingsFrom(data: unknown, bound: number, what: string): Postings {
  const keys = (data as Partial<SerializedPostings> | null)?.keys;
  // Lookups bisect the keys, so they must be strings in strictly ascending order.
  if (!Array.isArray(keys) || !keys.every((k, i) => typeof k === "string" && (i === 0 || (keys[i - 1] as string) < k))) {
    throw new TypeError(`${CORRUPT} (${what}); rebuild it with createResolver and toJSON`);
  }
  return { keys, ...listsFrom(data, keys.length, bound, what) };
}

/** The records of each token: the records' token lists turned inside out. */
function invert(recordTokens: IdLists, tokenCount: number): IdLists {
  const lists: number[][] = Array.from({ length: tokenCount }, () => []);
  for (let record = 0; record + 1 < recordTokens.starts.length; record++) {
    const tokens = listAt(recordTokens, record);
    for (let i = 0; i < tokens.length; i++) {
      const list = lists[tokens[i] as number] as number[];
      if (list[list.length - 1] !== record) list.push(record);
    }
  }
  return sealIdLists(lists);
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
 * index.vocabulary.map((entry) => entry.token.text); // ["kabul"]
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
  if (!Array.isArray(entities) || !Array.isArray(vocabulary) || typeof records !== "object" || records === null || typeof keys !== "object" || keys === null
    || !Array.isArray(records.entity) || !Array.isArray(records.alias) || !Array.isArray(records.titles) || records.alias.length !== records.entity.length) {
    throw new TypeError("[canonym] loadResolver: the serialised index lacks entities, vocabulary, records or keys; rebuild it with createResolver and toJSON");
  }
  const recordCount = records.entity.length;
  const weakForms: WeakForms | undefined = typeof candidate.weak === "string" ? { text: candidate.weak } : undefined;
  if (!weakForms || !weakFormsValid(weakForms, entities.length)) throw new TypeError(`${CORRUPT} (weak); rebuild it with createResolver and toJSON`);
  const recordEntity = Int32Array.from(records.entity);
  if (recordEntity.some((e) => e < 0 || e >= entities.length)) throw new TypeError(`${CORRUPT} (records.entity); rebuild it with createResolver and toJSON`);
  const recordTokens = listsFrom(records.tokens, recordCount, vocabulary.length, "records.tokens");
  const entries = vocabulary.map((entry: unknown) => {
    const [token, entityCount, acronym] = Array.isArray(entry) ? entry : [];
    if (typeof entityCount !== "number" || typeof acronym !== "boolean") throw new TypeError(`${CORRUPT} (vocabulary); rebuild it with createResolver and toJSON`);
    const decoded = tokenFromJSON(token);
    return { token: decoded, entityCount, acronym, length: decoded.forms[0]?.symbols.length ?? 0 };
  });
  return {
    entities,
    vocabulary: entries,
    vocabularyByText: new Map(entries.map(({ token }, id) => [token.text, id])),
    byExactKey: postingsFrom(keys.exact, vocabulary.length, "keys.exact"),
    byKey: postingsFrom(keys.deletion, vocabulary.length, "keys.deletion"),
    byLiquidKey: postingsFrom(keys.liquid, vocabulary.length, "keys.liquid"),
    byNormalized: postingsFrom(keys.normalized, recordCount, "keys.normalized"),
    recordEntity,
    recordAlias: records.alias,
    recordTitles: new Map(records.titles),
    recordTokens,
    tokenRecords: invert(recordTokens, vocabulary.length),
    weakForms,
  };
}
