// An inverted index from symmetric-delete consonant keys to dictionary tokens (SymSpell, Garbe 2012), with per-token document frequency for rarity weights (Spärck Jones 1972).
import { deletionKeys, liquidKey } from "../keys/deletions.js";
import { analyzeName, type AnalyzedName, type NameToken } from "../names/analyze.js";
import { normalize } from "../normalize/normalize.js";
import type { EntityInput } from "../resolve/types.js";

/** One dictionary form (canonical name or alias) of one entity. */
export interface AliasRecord {
  /** Position of the entity in {@link NameIndex.entities}. */
  entity: number;
  /** The form as written in the dictionary. */
  alias: string;
  analysis: AnalyzedName;
  /** For each token of `analysis`, its position in {@link NameIndex.vocabulary}. */
  tokenIds: number[];
}

/** A distinct dictionary token, shared by every form that contains it. */
export interface VocabularyEntry {
  token: NameToken;
  /** How many entities use the token: the fewer, the more it says. */
  entityCount: number;
  /** Records containing the token. */
  records: number[];
  /** Length of the token's primary sound symbols, for a quick first ranking of lookups. */
  length: number;
  /** Written in capitals wherever the dictionary uses it ("TASS", "ООН"): spelled letter by letter, so matched by spelling, never by sound. */
  acronym: boolean;
}

/** The searchable form of a dictionary, built once by {@link buildIndex}. */
export interface NameIndex {
  entities: ReadonlyArray<{ id: string; name: string; type: string }>;
  records: AliasRecord[];
  /** Normalised form → records. */
  byNormalized: Map<string, number[]>;
  vocabulary: VocabularyEntry[];
  /** Normalised token → vocabulary position. */
  vocabularyByText: Map<string, number>;
  /** Consonant key → vocabulary positions: the narrow first lookup. */
  vocabularyByExactKey: Map<string, number[]>;
  /** Consonant key and its one-deletion variants → vocabulary positions: the wider second lookup. */
  vocabularyByKey: Map<string, number[]>;
  /** The same with l and r made one ({@link liquidKey}), for queries in scripts that do not tell them apart. */
  vocabularyByLiquidKey: Map<string, number[]>;
}

/**
 * An index with entities and nothing else yet.
 * @example
 * ```ts
 * const index = emptyIndex([{ id: "kabul", name: "Kabul", type: "place" }]);
 * ```
 */
export function emptyIndex(entities: NameIndex["entities"]): NameIndex {
  return {
    entities,
    records: [],
    byNormalized: new Map(),
    vocabulary: [],
    vocabularyByText: new Map(),
    vocabularyByExactKey: new Map(),
    vocabularyByKey: new Map(),
    vocabularyByLiquidKey: new Map(),
  };
}

/**
 * Adds a token to the vocabulary and to every key map; returns its position.
 * @example
 * ```ts
 * const id = addToken(index, analyzeName("Kabul").tokens[0], 1, false);
 * ```
 */
export function addToken(index: NameIndex, token: NameToken, entityCount: number, acronym = false): number {
  const id = index.vocabulary.length;
  index.vocabulary.push({ token, entityCount, records: [], length: token.forms[0]?.symbols.length ?? 0, acronym });
  index.vocabularyByText.set(token.text, id);
  for (const key of token.lookupKeys) push(index.vocabularyByExactKey, key, id);
  for (const key of new Set(token.lookupKeys.flatMap(deletionKeys))) push(index.vocabularyByKey, key, id);
  for (const key of new Set(token.lookupKeys.flatMap((key) => deletionKeys(liquidKey(key))))) push(index.vocabularyByLiquidKey, key, id);
  return id;
}

/**
 * Adds a record (one form of one entity) whose tokens are already in the vocabulary.
 * @example
 * ```ts
 * addRecord(index, { entity: 0, alias: "Kabul", analysis, tokenIds: [id] });
 * ```
 */
export function addRecord(index: NameIndex, record: AliasRecord): void {
  const position = index.records.length;
  index.records.push(record);
  push(index.byNormalized, record.analysis.normalized, position);
  for (const id of new Set(record.tokenIds)) (index.vocabulary[id] as VocabularyEntry).records.push(position);
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else if (list[list.length - 1] !== value) list.push(value);
}

const ACRONYM = /^[\p{Lu}\p{N}]{2,6}$/u;

/** The normalised words of a form that are written in capitals, as acronyms are ("TASS", "ISIS-K" → "isis"). */
function acronymsOf(alias: string): Set<string> {
  const capitals = new Set<string>();
  for (const word of alias.split(/[\s\-–.]+/u)) {
    if (ACRONYM.test(word) && /\p{L}/u.test(word)) capitals.add(normalize(word));
  }
  return capitals;
}

/**
 * Builds the index of a dictionary: every canonical name and alias analysed once, its tokens
 * pooled into a vocabulary, each token findable by its consonant keys within one deletion.
 *
 * @param entities - Validated entities.
 * @returns The index; lookups touch only the tokens that share a key with the query.
 * @example
 * ```ts
 * const index = buildIndex([{ id: "vladimir-putin", name: "Vladimir Putin", type: "person" }]);
 * index.vocabulary.length; // 2
 * ```
 */
export function buildIndex(entities: readonly EntityInput[]): NameIndex {
  const index = emptyIndex(entities.map((e) => ({ id: e.id, name: e.name, type: e.type ?? "" })));
  const tokenEntities: Array<Set<number>> = [];
  const analysed = new Map<string, NameToken>();
  const writtenOtherwise = new Set<number>();
  entities.forEach((entity, entityPosition) => {
    const forms = new Set([entity.name, ...(entity.aliases ?? [])]);
    for (const alias of forms) {
      const analysis = analyzeName(alias, analysed);
      if (analysis.tokens.length === 0) continue;
      const capitals = acronymsOf(alias);
      const tokenIds = analysis.tokens.map((token) => {
        let id = index.vocabularyByText.get(token.text);
        if (id === undefined) {
          id = addToken(index, token, 0);
          tokenEntities.push(new Set());
        }
        if (!capitals.has(token.text)) writtenOtherwise.add(id);
        return id;
      });
      addRecord(index, { entity: entityPosition, alias, analysis, tokenIds });
      for (const id of tokenIds) (tokenEntities[id] as Set<number>).add(entityPosition);
    }
  });
  index.vocabulary.forEach((entry, id) => {
    entry.entityCount = (tokenEntities[id] as Set<number>).size;
    entry.acronym = !writtenOtherwise.has(id);
  });
  return index;
}
