// An inverted index from symmetric-delete consonant keys to dictionary tokens (SymSpell, Garbe 2012), with per-token document frequency for rarity weights (Spärck Jones 1972).
import { deletionKeys, liquidKey } from "../keys/deletions.js";
import { acronymsOf } from "../names/acronyms.js";
import { analyzeToken, FAMILY_NAME_FIRST, nameParts, type AnalyzedName, type FormReading, type NameToken } from "../names/analyze.js";
import { normalize } from "../normalize/normalize.js";
import { scriptOf } from "../normalize/script.js";
import type { EntityInput } from "../resolve/types.js";
import { addPostingAt, invertIdLists, postingsBuilder, positionsByKey, sealPostingsBuilder, slotOf, type IdLists, type Postings, type PostingsBuilder } from "./postings.js";
import { weakFormsText, type WeakForm, type WeakForms } from "./weak-forms.js";
import { lineAt, linesOf, type Lines } from "./lines.js";
import { tokensLatinWords, type LatinWords } from "./latin-lexicon.js";
import { recordTitlesOf, titlesOf, type RecordTitles } from "./record-titles.js";

/** A distinct dictionary token, shared by every form that contains it. */
export interface VocabularyEntry {
  token: NameToken;
  /** How many entities use the token: the fewer, the more it says. */
  entityCount: number;
  /** Written in capitals wherever the dictionary uses it ("TASS", "ООН"): spelled letter by letter, so matched by spelling, never by sound. */
  acronym: boolean;
}

/**
 * Each vocabulary token's position by its text: a Map in a built index, a typed hash table over the
 * text column in a loaded one, which then makes no string per token at load.
 */
export interface TextPositions {
  /** The position of the token written `text`, or undefined when the vocabulary has none. */
  get(text: string): number | undefined;
  /** Whether the vocabulary has a token written `text`. */
  has(text: string): boolean;
}

/** What an index keeps of an entity. */
export interface IndexedEntity {
  /** The entity's id. */
  id: string;
  /** Its canonical name. */
  name: string;
  /** Its type, or "" when it has none. */
  type: string;
  /** Present, and true, for a person whose names are written family name first (see {@link EntityInput}). */
  familyNameFirst?: true;
  /**
   * Present, and true, for an entity whose canonical name is also one of its weak aliases (a country
   * named as CLDR names it): the names a typing slip is read in.
   */
  nameIsWeak?: true;
}

/**
 * The searchable form of a dictionary, built once by {@link buildIndex}. Each dictionary form
 * (canonical name or alias) is a record, stored column by column; lists of ids are sealed into
 * typed arrays ({@link Postings}), which keeps a dictionary of 100,000 entities small.
 */
export interface NameIndex {
  /** The dictionary's entities, in order; records refer to them by position. */
  entities: readonly IndexedEntity[];
  /**
   * The distinct tokens by position, read through {@link vocabularyEntry}: all of them in a built index;
   * in a loaded one, those lookups have asked for so far, the others still in the saved columns.
   */
  vocabulary: Array<VocabularyEntry | undefined>;
  /** A loaded index's reader of a token's entry from its saved columns; none in a built index, which made every entry. */
  readEntry?: (id: number) => VocabularyEntry;
  /**
   * A loaded index's: touches the saved columns of those tokens of `ids` whose entries are not read
   * yet, in one loop of loads that do not wait on each other, so that the processor fetches them
   * together and reading the entries one by one next finds them in cache.
   */
  readAhead?: (ids: readonly number[]) => void;
  /**
   * Per vocabulary token, the length of its primary sound symbols, for a quick first ranking of a
   * lookup's hits: side by side in one array, which a lookup reads for hundreds of tokens.
   */
  symbolLengths: Int32Array;
  /** Normalised token → vocabulary position. */
  vocabularyByText: TextPositions;
  /**
   * A loaded index's text column, a line per vocabulary token ({@link lineAt}), which its
   * `vocabularyByText` reads. A built index has none: its tokens hold their texts.
   */
  vocabularyTexts?: Lines;
  /**
   * The primary romanisations of the vocabulary's Latin tokens, the words decoding can reach, read
   * when first needed; a loaded index's from its saved columns, without a string per token.
   */
  readLatinWords: () => LatinWords;
  /** Consonant key → vocabulary positions: the narrow first lookup. */
  byExactKey: Postings;
  /** Consonant key and its one-deletion variants → vocabulary positions: the wider second lookup. */
  byKey: Postings;
  /** The same with l and r made one ({@link liquidKey}), for queries in scripts that do not tell them apart. */
  byLiquidKey: Postings;
  /** Normalised form → records. */
  byNormalized: Postings;
  /** Per record: the entity's position in `entities`. */
  recordEntity: Int32Array;
  /** Per record: the form as written in the dictionary ({@link lineAt}). */
  recordAlias: Lines;
  /** Titles written before a record's name ("President ..."), for the few records that have any. */
  recordTitles: RecordTitles;
  /** Per record: the vocabulary positions of its tokens, in order. */
  recordTokens: IdLists;
  /** Per vocabulary token: the records that contain it. */
  tokenRecords: IdLists;
  /** Weak aliases, found by their normalised form alone: kept apart from the records, as one sorted text. */
  weakForms: WeakForms;
}

/**
 * The vocabulary's entry at position `id`, read from a loaded index's saved columns on first use: most
 * of a large vocabulary is never compared, and an object per token made at load was a tenth of a fresh
 * process's first load.
 *
 * @param index - A built or loaded index.
 * @param id - A vocabulary position.
 * @returns The entry.
 * @example
 * ```ts
 * const index = buildIndex([{ id: "kabul", name: "Kabul", type: "place" }]);
 * vocabularyEntry(index, 0).token.text; // "kabul"
 * ```
 */
export function vocabularyEntry(index: NameIndex, id: number): VocabularyEntry {
  return index.vocabulary[id] ?? (index.vocabulary[id] = (index.readEntry as NonNullable<NameIndex["readEntry"]>)(id));
}

/** An index being built: plain growable lists, sealed by {@link sealIndex} once complete. */
export interface IndexBuilder {
  entities: NameIndex["entities"];
  vocabulary: VocabularyEntry[];
  vocabularyByText: Map<string, number>;
  byExactKey: PostingsBuilder;
  byKey: PostingsBuilder;
  byLiquidKey: PostingsBuilder;
  /** Per record: its normalised form. */
  recordNormalized: string[];
  recordEntity: number[];
  recordAlias: string[];
  recordTitles: Map<number, readonly string[]>;
  /** Every record's vocabulary positions, one record after another, and where each record's positions start. */
  recordTokenIds: number[];
  recordTokenStarts: number[];
  weakForms: WeakForm[];
  /** Per consonant key seen so far, the slots of its postings: many tokens share a key, whose deletions are spelled out once. */
  keySlots: Map<string, KeySlots>;
}

/** Where a consonant key's tokens are listed: its own slot in `byExactKey`, and the slots of its deletion keys in `byKey` and `byLiquidKey`. */
interface KeySlots {
  exact: number;
  deletion: Int32Array;
  liquid: Int32Array;
}

/** The slot of each key, by a loop: Int32Array.from with a mapping function steps an iterator over the keys. */
function slotsOf(postings: PostingsBuilder, keys: readonly string[]): Int32Array {
  const slots = new Int32Array(keys.length);
  for (let k = 0; k < keys.length; k++) slots[k] = slotOf(postings, keys[k] as string);
  return slots;
}

function keySlotsOf(builder: IndexBuilder, key: string): KeySlots {
  let slots = builder.keySlots.get(key);
  if (slots === undefined) {
    slots = {
      exact: slotOf(builder.byExactKey, key),
      deletion: slotsOf(builder.byKey, deletionKeys(key)),
      liquid: slotsOf(builder.byLiquidKey, deletionKeys(liquidKey(key))),
    };
    builder.keySlots.set(key, slots);
  }
  return slots;
}

/**
 * A builder with entities and nothing else yet.
 * @example
 * ```ts
 * const builder = indexBuilder([{ id: "kabul", name: "Kabul", type: "place" }]);
 * ```
 */
export function indexBuilder(entities: NameIndex["entities"]): IndexBuilder {
  return {
    entities,
    vocabulary: [],
    vocabularyByText: new Map(),
    byExactKey: postingsBuilder(),
    byKey: postingsBuilder(),
    byLiquidKey: postingsBuilder(),
    recordNormalized: [],
    recordEntity: [],
    recordAlias: [],
    recordTitles: new Map(),
    recordTokenIds: [],
    recordTokenStarts: [0],
    weakForms: [],
    keySlots: new Map(),
  };
}

/**
 * Adds a token to the vocabulary and to every key map; returns its position.
 * @example
 * ```ts
 * const builder = indexBuilder([{ id: "kabul", name: "Kabul", type: "place" }]);
 * addToken(builder, analyzeName("Kabul").tokens[0], 1, false); // 0: the first token's position
 * ```
 */
export function addToken(builder: IndexBuilder, token: NameToken, entityCount: number, acronym = false): number {
  const id = builder.vocabulary.length;
  builder.vocabulary.push({ token, entityCount, acronym });
  builder.vocabularyByText.set(token.text, id);
  // A key listed under a slot twice for one token is listed once: addPostingAt skips the id it listed there last.
  for (const key of token.lookupKeys) {
    const slots = keySlotsOf(builder, key);
    addPostingAt(builder.byExactKey, slots.exact, id);
    for (const slot of slots.deletion) addPostingAt(builder.byKey, slot, id);
    for (const slot of slots.liquid) addPostingAt(builder.byLiquidKey, slot, id);
  }
  return id;
}

/**
 * Adds a record (one form of one entity) whose tokens are already in the vocabulary. Its parts are
 * passed one by one, not as an object: the build adds half a million records, and an object for each,
 * with the closure that mapped its words to tokens, were about 90 MB of what a 100,000-entity build allocated.
 *
 * @param builder - The index being built.
 * @param entity - The entity's position.
 * @param alias - The form as written.
 * @param normalized - The form normalised.
 * @param titles - Titles written before the name.
 * @param tokenIds - The vocabulary positions of its words, in order.
 * @example
 * ```ts
 * const builder = indexBuilder([{ id: "kabul", name: "Kabul", type: "place" }]);
 * const tokenId = addToken(builder, analyzeName("Kabul").tokens[0], 1);
 * addRecord(builder, 0, "Kabul", "kabul", [], [tokenId]);
 * builder.recordTokenIds; // [0]: record 0 holds token 0
 * ```
 */
export function addRecord(builder: IndexBuilder, entity: number, alias: string, normalized: string, titles: readonly string[], tokenIds: readonly number[]): void {
  const position = builder.recordEntity.length;
  builder.recordEntity.push(entity);
  builder.recordAlias.push(alias);
  if (titles.length > 0) builder.recordTitles.set(position, titles);
  for (let k = 0; k < tokenIds.length; k++) builder.recordTokenIds.push(tokenIds[k] as number);
  builder.recordTokenStarts.push(builder.recordTokenIds.length);
  builder.recordNormalized.push(normalized);
}

/**
 * Seals a complete builder into the index lookups use.
 * @example
 * ```ts
 * const builder = indexBuilder([{ id: "kabul", name: "Kabul", type: "place" }]);
 * addRecord(builder, 0, "Kabul", "kabul", [], [addToken(builder, analyzeName("Kabul").tokens[0], 1)]);
 * const index = sealIndex(builder);
 * index.recordEntity; // Int32Array.of(0)
 * ```
 */
export function sealIndex(builder: IndexBuilder): NameIndex {
  // The index keeps nothing of the builder but what it names: a function reading the builder would keep all of it.
  const { vocabulary } = builder;
  const recordTokens: IdLists = { starts: Int32Array.from(builder.recordTokenStarts), ids: Int32Array.from(builder.recordTokenIds) };
  return {
    entities: builder.entities,
    vocabulary,
    symbolLengths: symbolLengthsOf(vocabulary),
    vocabularyByText: builder.vocabularyByText,
    readLatinWords: () => tokensLatinWords(vocabulary),
    byExactKey: sealPostingsBuilder(builder.byExactKey),
    byKey: sealPostingsBuilder(builder.byKey),
    byLiquidKey: sealPostingsBuilder(builder.byLiquidKey),
    byNormalized: positionsByKey(builder.recordNormalized),
    recordEntity: Int32Array.from(builder.recordEntity),
    recordAlias: linesOf(builder.recordAlias),
    recordTitles: recordTitlesOf(builder.recordTitles),
    recordTokens,
    tokenRecords: invertIdLists(recordTokens, builder.vocabulary.length),
    weakForms: { text: weakFormsText(builder.weakForms) },
  };
}

/** Each token's first form's length in sound symbols, by a loop: Int32Array.from with a mapping function steps an iterator, 34 to 71 ms for 237,000 tokens where the loop took 2 to 18. */
function symbolLengthsOf(vocabulary: readonly VocabularyEntry[]): Int32Array {
  const lengths = new Int32Array(vocabulary.length);
  for (let id = 0; id < vocabulary.length; id++) lengths[id] = (vocabulary[id] as VocabularyEntry).token.forms[0]?.symbols.length ?? 0;
  return lengths;
}

const GIVEN_NAMES_FIRST: FormReading = Object.freeze({ familyNameFirst: false });

/** How the forms of a person written family name first are read: with the family names the Latin forms of two words or more begin with. */
function familyNameFirstReading(forms: ReadonlySet<string>): FormReading {
  const familyNames = new Set<string>();
  for (const form of forms) {
    const { words } = nameParts(form, FAMILY_NAME_FIRST);
    const [family] = words;
    if (words.length >= 2 && family !== undefined && scriptOf(family) === "latin") familyNames.add(family);
  }
  return { familyNameFirst: true, familyNames: [...familyNames] };
}

/**
 * A record as an analysed name, its form as written and its normalised text read from its parts when
 * asked for: a lookup scores a few dozen records, which a resolver then keeps, and scoring reads the
 * normalised text once per record and the form as written only when the two texts are the same, so
 * two strings kept per record only added to what the first lookups of a loaded index leave to promote.
 */
class RecordName implements AnalyzedName {
  readonly #index: NameIndex;
  readonly #record: number;

  constructor(index: NameIndex, record: number, readonly titles: string[], readonly tokens: NameToken[]) {
    this.#index = index;
    this.#record = record;
  }

  get original(): string {
    return lineAt(this.#index.recordAlias, this.#record);
  }

  get normalized(): string {
    let normalized = this.titles.join(" ");
    for (const token of this.tokens) normalized = normalized === "" ? token.text : `${normalized} ${token.text}`;
    return normalized;
  }
}

/**
 * A record as an analysed name, as scoring compares it; built on demand from the index's columns.
 * @example
 * ```ts
 * const index = buildIndex([{ id: "vladimir-putin", name: "Vladimir Putin", type: "person" }]);
 * recordAnalysis(index, 0).tokens.map((t) => t.text); // ["vladimir", "putin"]
 * ```
 */
export function recordAnalysis(index: NameIndex, record: number): AnalyzedName {
  const titles = titlesOf(index.recordTitles, record);
  // Read in place into an array of their length: a lookup assembles 32 records, and a view of the list
  // and an array grown by pushing were a quarter of what it allocated doing so.
  const { starts, ids } = index.recordTokens;
  const first = starts[record] as number;
  const tokens = new Array<NameToken>((starts[record + 1] as number) - first);
  for (let k = 0; k < tokens.length; k++) tokens[k] = vocabularyEntry(index, ids[first + k] as number).token;
  return new RecordName(index, record, titles as string[], tokens);
}

/** An entity's name and aliases but its weak aliases, each once. */
function regularForms(entity: EntityInput): Set<string> {
  const forms = new Set([entity.name, ...(entity.aliases ?? [])]);
  for (const weak of entity.weakAliases ?? []) forms.delete(weak);
  return forms;
}

/** What the index keeps of an entity: the flags only where they are set, so that saved indexes carry them for those alone. */
function indexedEntity(entity: EntityInput): IndexedEntity {
  const kept: IndexedEntity = { id: entity.id, name: entity.name, type: entity.type ?? "" };
  if (entity.familyNameFirst) kept.familyNameFirst = true;
  if (entity.weakAliases?.includes(entity.name)) kept.nameIsWeak = true;
  return kept;
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
  const builder = indexBuilder(entities.map(indexedEntity));
  // Entities come in order, so a token's distinct entities are counted by remembering the last one seen.
  const entityCount: number[] = [];
  const lastEntity: number[] = [];
  const writtenOtherwise: boolean[] = [];
  // The vocabulary is the memo of analysed tokens: a token joins it as soon as it is analysed.
  const vocabularyId = (text: string): number => {
    let id = builder.vocabularyByText.get(text);
    if (id === undefined) {
      id = addToken(builder, analyzeToken(text), 0);
      entityCount.push(0);
      lastEntity.push(-1);
      writtenOtherwise.push(false);
    }
    return id;
  };
  entities.forEach((entity, entityPosition) => {
    // Made per entity, not for all of them first: a list of 100,000 sets would live through the build.
    const forms = regularForms(entity);
    const reading = (builder.entities[entityPosition] as IndexedEntity).familyNameFirst ? familyNameFirstReading(forms) : GIVEN_NAMES_FIRST;
    for (const alias of forms) {
      const { normalized, titles, words } = nameParts(alias, reading);
      if (words.length === 0) continue;
      const capitals = acronymsOf(alias);
      const tokenIds = new Array<number>(words.length);
      for (let k = 0; k < words.length; k++) {
        const text = words[k] as string;
        const id = vocabularyId(text);
        if (!capitals.has(text)) writtenOtherwise[id] = true;
        if (lastEntity[id] !== entityPosition) {
          lastEntity[id] = entityPosition;
          entityCount[id] = (entityCount[id] as number) + 1;
        }
        tokenIds[k] = id;
      }
      addRecord(builder, entityPosition, alias, normalized, titles, tokenIds);
    }
  });
  // Weak aliases are found by their normalised form alone: no analysis, nothing in the vocabulary.
  entities.forEach((entity, entityPosition) => {
    for (const alias of new Set(entity.weakAliases ?? [])) {
      const normalized = normalize(alias);
      if (normalized !== "") builder.weakForms.push({ normalized, entity: entityPosition, alias });
    }
  });
  builder.vocabulary.forEach((entry, id) => {
    entry.entityCount = entityCount[id] as number;
    entry.acronym = !writtenOtherwise[id];
  });
  return sealIndex(builder);
}
