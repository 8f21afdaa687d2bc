// A versioned, JSON-safe form of a built index: every analysis kept, every key map rebuilt on load.
import type { NameToken } from "../names/analyze.js";
import { addRecord, addToken, emptyIndex, type NameIndex } from "./build-index.js";

/** The format version {@link serializeIndex} writes and {@link deserializeIndex} reads. */
const FORMAT = "canonym-index";
const VERSION = 2;

/** A built index as plain JSON data, from `resolver.toJSON()`; load it with {@link loadResolver}. */
export interface SerializedIndex {
  format: typeof FORMAT;
  version: number;
  entities: NameIndex["entities"];
  /** One per vocabulary token: the analysed token, how many entities use it, whether only as an acronym. */
  vocabulary: Array<{ token: NameToken; entityCount: number; acronym: boolean }>;
  /** One per dictionary form: [entity position, the form, its normalised text, titles, vocabulary positions]. */
  records: Array<[number, string, string, string[], number[]]>;
}

/**
 * Writes an index as plain data that survives `JSON.stringify`.
 *
 * @param index - A built index.
 * @returns The serialised index.
 * @example
 * ```ts
 * const data = serializeIndex(buildIndex(entities));
 * writeFileSync("index.json", JSON.stringify(data));
 * ```
 */
export function serializeIndex(index: NameIndex): SerializedIndex {
  return {
    format: FORMAT,
    version: VERSION,
    entities: index.entities,
    vocabulary: index.vocabulary.map(({ token, entityCount, acronym }) => ({ token, entityCount, acronym })),
    records: index.records.map((r) => [r.entity, r.alias, r.analysis.normalized, r.analysis.titles, r.tokenIds]),
  };
}

/**
 * Rebuilds an index from {@link serializeIndex}'s output without analysing any name again.
 *
 * @param data - Parsed JSON.
 * @returns The index.
 * @throws TypeError starting "[canonym]" when the data is not a serialised index of this version.
 * @example
 * ```ts
 * const index = deserializeIndex(JSON.parse(readFileSync("index.json", "utf8")));
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
  if (!Array.isArray(candidate.entities) || !Array.isArray(candidate.vocabulary) || !Array.isArray(candidate.records)) {
    throw new TypeError("[canonym] loadResolver: the serialised index lacks entities, vocabulary or records; rebuild it with createResolver and toJSON");
  }
  const index = emptyIndex(candidate.entities);
  for (const { token, entityCount, acronym } of candidate.vocabulary) addToken(index, token, entityCount, acronym);
  for (const [entity, alias, normalized, titles, tokenIds] of candidate.records) {
    const tokens = tokenIds.map((id) => index.vocabulary[id]?.token as NameToken);
    addRecord(index, { entity, alias, tokenIds, analysis: { original: alias, normalized, titles, tokens } });
  }
  return index;
}
