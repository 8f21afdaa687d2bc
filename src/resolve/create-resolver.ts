// Candidate generation over the key index, then scoring and abstention; after the blocking-then-scoring design of record linkage (Fellegi & Sunter 1969) as nomenklatura applies it.
import { deserializeIndex, serializeIndex, type SerializedIndex } from "../index/serialize.js";
import { buildIndex, recordAnalysis, vocabularyEntry, type NameIndex } from "../index/build-index.js";
import { latinLexiconOf } from "../index/latin-lexicon.js";
import { postingsFor } from "../index/postings.js";
import { lineAt } from "../index/lines.js";
import { titlesAt } from "../index/record-titles.js";
import { spellingFilterOf } from "../index/spelling-filter.js";
import { weakFormsOf, weakFormWords, type WeakForm } from "../index/weak-forms.js";
import { mayHoldSlip, slippedForms, swapApart, weakSlips, type WeakSlips } from "../index/weak-slips.js";
import { deletionKeys, liquidKey } from "../keys/deletions.js";
import { oneEditSpellings } from "../keys/spelling-edits.js";
import { scriptOf, type Script } from "../normalize/script.js";
import { KIND_WEIGHT, type AlignContext, type AlignedPair, type Alignment, type NameScore } from "../match/align.js";
import { decodeChannel } from "../match/channel-decode.js";
import { alignPair, DEFAULT_THRESHOLD } from "../match/compare.js";
import { descending } from "../match/descending.js";
import { inCodeUnitOrder } from "../match/code-unit-order.js";
import { modelFor } from "../match/learned/index.js";
import { nameScore, sameNameAlignment, sameNameScore, scoreNames } from "../match/score-names.js";
import { compareTokens, crossesLatin, MIN_PAIR_SIMILARITY, SPELLING_RULES, UNLIKE, type TokenMatch } from "../match/token-match.js";
import { extractMentions, type ExtractOptions, type MentionLookup, type Mention, type WordCasing, type WordRole } from "../extract/extract.js";
import { hanLexicon, type HanLexicon } from "../extract/han-runs.js";
import { mayBeDeclined, nominativeOf } from "../extract/inflection.js";
import { initialsApart } from "../names/initials.js";
import { patronymicAt } from "../names/patronymic.js";
import { afterTitlePhrase, withOfficeNoted } from "../names/title-phrase.js";
import { analyzeFormName, analyzeName, arabicStems, FAMILY_NAME_FIRST, isParticle, isTitle, PROCLITIC_PENALTY, type AnalyzedName, type NameToken } from "../names/analyze.js";
import { normalize } from "../normalize/normalize.js";
import { tokenize } from "../normalize/tokenize.js";
import { assertEntities } from "../validate/entity-input.js";
import { assertString, MAX_NAME_LENGTH, MAX_TEXT_LENGTH } from "../validate/limits.js";
import { assertOptions, type OptionKind } from "../validate/options.js";
import { evidenceRanker, type EvidenceSource } from "./record-evidence.js";
import { admitting, boundedMemo, layeredMemo, recall, type Memo } from "./memo.js";
import { vocabularyHits, type VocabularyHits } from "./vocabulary-hits.js";
import type { EntityInput, Resolution } from "./types.js";

/**
 * Default gap below which the two best candidates, if different entities, are too close to call.
 * @example
 * ```ts
 * createResolver(entities, { ambiguityMargin: 2 * DEFAULT_AMBIGUITY_MARGIN }); // abstain more often
 * ```
 */
export const DEFAULT_AMBIGUITY_MARGIN = 0.05;
/**
 * Default lowest score {@link Resolver.candidates} lists.
 * @example
 * ```ts
 * resolver.candidates("Amir", { minScore: DEFAULT_MIN_CANDIDATE_SCORE }); // the default, spelled out
 * ```
 */
export const DEFAULT_MIN_CANDIDATE_SCORE = 0.3;
/** The shortlists of a lookup without a decoding: at 100,000 entities as accurate as 256 and 64 on the benchmark's queries, and faster (variant queries 3.9 -> 2.2 ms). */
const LEARNED_SHORTLIST = 24;
const RULES_SHORTLIST = 64;
/** Tokens the learned model's decoding adds to a lookup of a name in another script, per reading. */
const DECODED_CANDIDATES = 16;
/**
 * A decoded token losing more nats per letter than this is dropped: its learned similarity would
 * fall below 0.55, too low to pair it (the model maps 3.1 nats per letter to 0.556).
 */
const MAX_DECODED_LOSS = 3.5;
/** The shortlists beside a decoding: on the dev splits, as accurate as the wider ones within 0.25 points, and a third faster. */
const DECODED_RULES_SHORTLIST = 64;
const DECODED_LEARNED_SHORTLIST = 16;
/**
 * A token of another script and a Latin token the rules find less alike than this are not shown to
 * the learned model unless decoding read the one as the other: on the dev splits, 0 to 10 of about
 * 2,900 pairs the model makes pairable per script are below it, against 35 to 60 % of unrelated pairs.
 */
const LEARNED_MIN_RULES_SIMILARITY = 0.3;
/**
 * The shortlists of a token the dictionary spells as the query does, or one typing slip away: its
 * best candidate is found already, and the shortlists need hold only its near rivals. At 100,000
 * entities the bench's variant and garble queries ran about twice as fast and as accurate (on one
 * draw of its queries variants 96.1 -> 96.4 % and misses left unresolved 89.8 -> 90.3 %, on another
 * 97.1 -> 97.3 % and 90.5 -> 90.1 %; garbles within 0.1 point); 32 and 16 were a quarter faster. A
 * name in another script than the dictionary's is never spelled in it, so never takes this path.
 */
const SPELLED_RULES_SHORTLIST = 16;
const SPELLED_LEARNED_SHORTLIST = 8;
/**
 * A token whose exact keys find fewer vocabulary tokens than this is looked for by its widening keys
 * too, unless the dictionary holds it as written: widening then brings mostly rivals for its short
 * shortlists, about 1,400 tokens tallied per variant of the bench. Not widening for it made the bench's
 * variants 6 to 7 % faster at 100,000 entities with the same answers on two draws of its queries, the
 * eval and the seed articles the same; at 10,000, one garble of 1,000 lost the form in another script
 * whose other word rescued it ("Kasprzak Ceronell" reached "каспшак коронель" so); in a crowded
 * dictionary 300 names in none were answered against 331. A token one slip from the dictionary's is
 * still widened: its spellings in other scripts, under other keys, are found only so ("Muttakim",
 * Polish for Muttaqi, reaches "Муттаки" by a deletion; not widening it lost that mention in a test).
 */
const WIDEN_BELOW = 96;
/**
 * A widening key shared by more tokens than this is skipped: it tells little about which token is
 * meant (its inverse document frequency is low) and costs a tally addition per token. At 100,000
 * entities the widening keys of the bench's other-script names led to 12,750 tokens per lookup, two
 * thirds of them through the tenth of lists over 5,000 long (the deletions of two-letter keys without
 * l and r), 72,000 for the slowest names; skipping lists over 4,096 left the candidates of all 4,000
 * of its variant, garble, other-script and miss queries the same, and the other-script queries' p99
 * 3.8 -> 2.5 ms.
 */
const MAX_WIDENING_POSTINGS = 4096;
const EXACT_HITS = 1000;
/** A Latin token one typing slip from the query's outranks any agreement of keys. */
const ONE_EDIT_HITS = EXACT_HITS / 2;
/** Tokens shorter than this are one edit from too many others to be told apart by it. */
const ONE_EDIT_MIN_LENGTH = 4;
/**
 * Most records scored in full per lookup of a name written in Latin letters. Each one scored is a
 * chance for a spurious fuzzy match of the parts the keys did not find, and for a rival reached by
 * weaker evidence (a reordered name matched through an initial, "B. Michai" for "Mechai Beliuin")
 * to make the lookup abstain: at 100,000 entities, on two draws of the benchmark, 16 against 32
 * answered variants 97.7 -> 98.4 and 97.2 -> 97.8 %, garbles 99.3 -> 99.5 and 98.5 -> 98.6 %, left
 * misses unanswered 98.5 -> 98.5 and 99.2 -> 99.4 %, in 10 % less time. 8 answered them better
 * still, but the bundled dictionary then left "Russian" unanswered (Russia, 0.71 by sound): forms
 * holding the word as written ("Russian Foreign Ministry", "Russian News Agency TASS") outrank the
 * one-word form by evidence.
 */
const SCORED_RECORDS = 16;
/**
 * Most records scored in full per lookup of a name with a word in another script: its matches are
 * the learned model's readings, less sharp than the rules' spellings, so the form it names ranks
 * lower among those its matches lead to; at 100,000 entities 16 resolved 1.4 and 1.3 points fewer
 * of the benchmark's other-script queries than 32 on two draws.
 */
const SCORED_RECORDS_ACROSS_SCRIPTS = 32;
/** How many candidates {@link Resolver.candidates} lists unless told. */
const DEFAULT_CANDIDATE_LIMIT = 10;
/** Small enough that rarity never outweighs a difference in similarity the models can tell. */
const RARITY_TIEBREAK = 0.01;
/** Scripts that write l and r alike. */
const LIQUID_BLIND: readonly Script[] = ["kana", "hangul", "han"];

/** Options of {@link createResolver}. */
export interface ResolverOptions {
  /** Lowest score `resolve` accepts. Default {@link DEFAULT_THRESHOLD} (0.7). */
  threshold?: number;
  /** `resolve` abstains when the runner-up, another entity, scores within this of the best. Default 0.05. */
  ambiguityMargin?: number;
}

/** Options of a single lookup. */
export interface LookupOptions {
  /** Keep only entities of these types. */
  types?: readonly string[];
  /** Overrides the resolver's threshold for this lookup (`resolve` only). */
  threshold?: number;
}

/** Options of {@link Resolver.candidates}. */
export interface CandidateOptions extends LookupOptions {
  /** At most this many candidates. Default 10. */
  limit?: number;
  /** Lowest score listed. Default 0.3. */
  minScore?: number;
}

/**
 * A dictionary ready for lookups, made by {@link createResolver}. Every method throws a TypeError
 * starting "[canonym]" for a name or text that is not a string or an invalid option, and a
 * RangeError for a name over {@link MAX_NAME_LENGTH} or a text over {@link MAX_TEXT_LENGTH}.
 */
export interface Resolver {
  /** The best entity for a name, or null when none reaches the threshold or the best two are too close to call. */
  resolve(name: string, options?: LookupOptions): Resolution | null;
  /**
   * Entities that may be meant by a name, best first, one per entity; where none reaches the
   * threshold, an office written before the name is set aside as `resolve` sets it aside, each
   * entity at its best, so that the first is what `resolve` answers.
   */
  candidates(name: string, options?: CandidateOptions): Resolution[];
  /**
   * The mentions of dictionary entities in running text, by position, non-overlapping, with
   * offsets into `text` (UTF-16 code units): titles stay outside, a later short form resolves
   * to the entity an earlier full mention named.
   */
  extract(text: string, options?: ExtractOptions): Mention[];
  /** Number of entities in the dictionary. */
  readonly size: number;
  /** The built index as plain data: `JSON.stringify` it, and {@link loadResolver} it later without indexing again. */
  toJSON(): SerializedIndex;
}

const RESOLVER_OPTIONS: Readonly<Record<string, OptionKind>> = { threshold: "score", ambiguityMargin: "score" };

function rarity(entityCount: number): number {
  return 1 / (1 + 0.5 * Math.log2(Math.max(1, entityCount)));
}

/** A resolution of the name after an office, noted as such: "title phrase set aside: russian president". */
function withOfficeSetAside(resolution: Resolution, office: string): Resolution {
  return { ...resolution, explanation: { ...resolution.explanation, notes: withOfficeNoted(resolution.explanation.notes, office) } };
}

function assertName(name: unknown, method: string): asserts name is string {
  assertString(name, `resolver.${method}`, "a name", MAX_NAME_LENGTH, "pass a name; find the names in a text with resolver.extract");
}

/** Whether a token alike by `similarity` ranks above one alike by `other`: more alike, or as alike and first in the vocabulary. */
function ranksAbove(similarity: number, id: number, other: number, otherId: number): boolean {
  return similarity > other || (similarity === other && id < otherId);
}

/** An Arabic word's stems after a conjunction or preposition, not after the article (see weakWithoutProclitics). */
function procliticStems(word: string): Array<{ stem: string; removed: string }> {
  return arabicStems(word).filter(({ removed }) => !removed.endsWith("ال"));
}

/**
 * The `size` of the tokens at `ids` (`references`) the rules find most alike `token`, best first, ties
 * by id, with their matches. A token less alike than the `size`-th best so far will not be among them,
 * so its match is not made ({@link UNLIKE} stands for it): of the 64 a lookup compares per token, 16
 * are kept, and the matches made for the others were 7 % of what an other-script lookup allocated.
 */
function rulesShortlist(token: NameToken, references: readonly NameToken[], ids: readonly number[], size: number): { ids: number[]; matches: TokenMatch[] } {
  const best: number[] = [];
  const matches: TokenMatch[] = [];
  for (let k = 0; k < references.length; k++) {
    const id = ids[k] as number;
    const full = best.length === size;
    const floor = full ? (matches[size - 1] as TokenMatch).similarity : 0;
    const match = compareTokens(token, references[k] as NameToken, false, floor);
    if (full && !ranksAbove(match.similarity, id, floor, best[size - 1] as number)) continue;
    let at = full ? size - 1 : best.length;
    for (; at > 0 && ranksAbove(match.similarity, id, (matches[at - 1] as TokenMatch).similarity, best[at - 1] as number); at--) {
      best[at] = best[at - 1] as number;
      matches[at] = matches[at - 1] as TokenMatch;
    }
    best[at] = id;
    matches[at] = match;
  }
  return { ids: best, matches };
}

/**
 * The records a query names exactly, then the others `ranked` reaches: spread into a set and back only
 * when there are such records, since for a name in no dictionary form that makes three iterations of
 * the few dozen ranked for nothing.
 */
function withRecordsFirst(exact: Int32Array | undefined, ranked: number[]): number[] {
  if (!exact || exact.length === 0) return ranked;
  return [...new Set([...exact, ...ranked])];
}

function tokenAt(index: NameIndex, id: number): NameToken {
  return vocabularyEntry(index, id).token;
}

/**
 * The tokens at `ids`, read before any is compared. In a loop that does nothing else the processor
 * fetches many tokens from memory at once, where comparing each in turn would wait for each: at
 * 100,000 entities few of a shortlist's 64 are in cache, and reading them ahead made lookups 2 to 3 %
 * faster. Reading their forms' penalties too, summed into a variable nothing read, the bundler had
 * dropped as unused; kept, they made no difference (0.97 to 1.01 of the time on a built index). A
 * loaded index first touches the saved columns of the tokens it has not read yet
 * ({@link NameIndex.readAhead}), where reading a token was mostly waiting for them: the first 1,000
 * lookups of each kind at 100,000 entities 1 to 5 % faster (garbles the most), the steady state as fast.
 */
function tokensReadAhead(index: NameIndex, ids: readonly number[]): NameToken[] {
  index.readAhead?.(ids);
  const tokens = new Array<NameToken>(ids.length);
  for (let k = 0; k < ids.length; k++) tokens[k] = tokenAt(index, ids[k] as number);
  return tokens;
}

/** Whether every part of the query is spelled, in some script, as a part of the candidate's name. */
function spelledAlike(candidate: Resolution): boolean {
  const { pairs, unmatchedQuery } = candidate.explanation;
  return unmatchedQuery.length === 0 && pairs.length > 0 && pairs.every((p) => SPELLING_RULES.includes(p.rule));
}

/**
 * A query token against a vocabulary token: {@link compareTokens}, with acronyms matched by spelling
 * alone. `byRules`, the pair's comparison without the learned model, is the answer when no model
 * applies, and for a query token of another script paired with a Latin token the rules find too
 * unlike for the model to be worth asking: decoding has read that token with the model already, and
 * the Latin tokens it was read as, `decoded`, are always asked. A Latin query token has no such
 * reading, so the model sees all its pairs. A pair less alike than {@link MIN_PAIR_SIMILARITY}, which
 * every caller drops, is answered {@link UNLIKE}.
 */
function matchVocabularyToken(index: NameIndex, token: NameToken, id: number, byRules?: TokenMatch, decoded = false): TokenMatch {
  const entry = vocabularyEntry(index, id);
  let match: TokenMatch;
  if (!crossesLatin(token, entry.token)) match = byRules ?? compareTokens(token, entry.token, true, MIN_PAIR_SIMILARITY);
  else if (token.script === "latin" || decoded) match = compareTokens(token, entry.token, true, MIN_PAIR_SIMILARITY);
  else {
    const rules = byRules ?? compareTokens(token, entry.token, false, LEARNED_MIN_RULES_SIMILARITY);
    match = rules.similarity < LEARNED_MIN_RULES_SIMILARITY ? rules : compareTokens(token, entry.token, true, MIN_PAIR_SIMILARITY);
  }
  return entry.acronym && !SPELLING_RULES.includes(match.rule) ? UNLIKE : match;
}

/** A hit for each token of a widening key's list, unless the list is too long to tell much: see {@link MAX_WIDENING_POSTINGS}. */
function widen(hits: VocabularyHits, list: Int32Array | undefined): void {
  if (list && list.length <= MAX_WIDENING_POSTINGS) hits.add(list, 1);
}

/** For one query token, the vocabulary tokens it resembles and how much. */
function matchVocabulary(index: NameIndex, token: NameToken, hits: VocabularyHits): Map<number, TokenMatch> {
  const found = new Map<number, TokenMatch>();
  // `hits` counts how many of the token's keys lead to each vocabulary token: agreement between readings.
  const exact = index.vocabularyByText.get(token.text);
  if (exact !== undefined) hits.set(exact, EXACT_HITS);
  let spelled = exact !== undefined;
  if (token.script === "latin" && token.text.length >= ONE_EDIT_MIN_LENGTH) {
    for (const spelling of oneEditSpellings(token.text, spellingFilterOf(index))) {
      const id = index.vocabularyByText.get(spelling);
      if (id === undefined) continue;
      hits.set(id, ONE_EDIT_HITS);
      spelled = true;
    }
  }
  for (const key of token.lookupKeys) hits.add(postingsFor(index.byExactKey, key), 2);
  // Keys one deletion apart, and keys without l and r, widen the search for a token the dictionary does not
  // hold as written, when its exact keys find few.
  if (exact === undefined && hits.count() < WIDEN_BELOW) {
    token.lookupKeys.forEach((lookupKey, i) => {
      // The primary reading's key is widened by one deletion; the others are already alternatives.
      for (const key of i === 0 ? deletionKeys(lookupKey) : [lookupKey]) widen(hits, postingsFor(index.byKey, key));
      const liquid = liquidKey(lookupKey);
      // A one-class key without liquids would lead to a large share of the dictionary.
      if (LIQUID_BLIND.includes(token.script) && liquid.length >= 2) {
        for (const key of deletionKeys(liquid)) widen(hits, postingsFor(index.byLiquidKey, key));
      }
    });
  }
  // A learned model's decoding finds the tokens it reads best, so the keys need only bring those the rules like.
  const decoded = decodedCandidates(index, token);
  const [rulesSize, learnedSize] =
    decoded.length > 0 ? [DECODED_RULES_SHORTLIST, DECODED_LEARNED_SHORTLIST]
    : spelled ? [SPELLED_RULES_SHORTLIST, SPELLED_LEARNED_SHORTLIST]
    : [RULES_SHORTLIST, LEARNED_SHORTLIST];
  // Each pass is costlier and sees fewer tokens: key agreement, then the rules, then the learned model.
  const length = token.forms[0]?.symbols.length ?? 0;
  const byAgreement = hits.takeMostAgreed(rulesSize, length);
  // The shortlist, with each token's comparison by the rules where ranking it took one; decoded tokens after.
  const shortlisted: number[] = [];
  const byRules: Array<TokenMatch | undefined> = [];
  if (byAgreement.length <= learnedSize) shortlisted.push(...byAgreement);
  else {
    const best = rulesShortlist(token, tokensReadAhead(index, byAgreement), byAgreement, learnedSize);
    shortlisted.push(...best.ids);
    byRules.push(...best.matches);
  }
  for (const id of decoded) if (!shortlisted.includes(id)) shortlisted.push(id);
  shortlisted.forEach((id, k) => {
    const match = matchVocabularyToken(index, token, id, byRules[k], decoded.includes(id));
    if (match.similarity >= MIN_PAIR_SIMILARITY) found.set(id, match);
  });
  return found;
}

/** The dictionary's Latin tokens the learned model reads a token of another script as, for each distinct way of cutting it into units. */
function decodedCandidates(index: NameIndex, token: NameToken): number[] {
  const table = modelFor(token.script)?.merged;
  if (!table) return [];
  const lexicon = latinLexiconOf(index);
  const seen = new Set<string>();
  const ids: number[] = [];
  for (const form of token.forms) {
    const key = form.units.join(" ");
    if (form.units.length === 0 || seen.has(key)) continue;
    seen.add(key);
    for (const word of decodeChannel(form.units, table, lexicon, DECODED_CANDIDATES)) {
      if (word.logProbability >= -MAX_DECODED_LOSS * (word.letters + 1)) ids.push(word.id);
    }
  }
  return ids;
}

/** A query token's vocabulary matches: those the lookup found, and those scoring compared since. */
interface TokenMatches {
  found: Map<number, TokenMatch>;
  compared: Map<number, TokenMatch>;
}

/**
 * What lookups remember of what they computed: the analyses of query tokens, by text; their matches in
 * the vocabulary, by text; and the records compared, by number. Answers are the same with or without.
 */
interface LookupMemos {
  tokens: Memo<string, NameToken>;
  matches: Memo<string, TokenMatches>;
  records: Memo<number, AnalyzedName>;
  /** Rankings of names over entities of every type, by name: while a text is read, whose spans are both resolved and asked for candidates. */
  rankings?: Memo<string, Ranking>;
}

/**
 * How a query's tokens are compared with those of a record, the form of an entity: one context per
 * lookup, pointed at each record in turn and valid until pointed at the next, since a lookup scores
 * dozens of records and a context per record would be three objects more each.
 */
function recordContexts(index: NameIndex, query: AnalyzedName, matches: TokenMatches[]): (record: number) => AlignContext {
  const { starts, ids } = index.recordTokens;
  // Where the record's tokens start in `ids`.
  let first = 0;
  const context: AlignContext = {
    // A form reached through one token is compared in full: its other tokens may be typos the keys missed.
    matchOf: (i, j) => {
      const id = ids[first + j] as number;
      const { found, compared } = matches[i] as TokenMatches;
      let match = found.get(id) ?? compared.get(id);
      if (match === undefined) {
        const result = matchVocabularyToken(index, query.tokens[i] as NameToken, id);
        match = result.similarity >= MIN_PAIR_SIMILARITY ? result : UNLIKE;
        compared.set(id, match);
      }
      return match;
    },
    referenceWeight: (j) => {
      const entry = vocabularyEntry(index, ids[first + j] as number);
      return KIND_WEIGHT[entry.token.kind] * rarity(entry.entityCount);
    },
    referenceIsPerson: false,
    referenceFamilyNameFirst: false,
  };
  return (record) => {
    first = starts[record] as number;
    const entity = index.entities[index.recordEntity[record] as number] as NameIndex["entities"][number];
    context.referenceIsPerson = entity.type === "person";
    context.referenceFamilyNameFirst = entity.familyNameFirst === true;
    return context;
  };
}

/** A weak alias a query misspells (see {@link slippedForms}), with how the query compared with it. */
interface SlippedForm {
  weak: WeakForm;
  alignment: Alignment;
}

/**
 * The least score of a name two neighbouring letters from a weak alias (see {@link swapApart}): such a
 * slip is a typo however unlike it makes the sounds ("Fracne" and France score 0 by sound), but the name is
 * checked against one form only, not against all an entity's forms as a near spelling of a regular form
 * is, which scores 0.92 and more: between that and the 0.8 a lone word that only resembles a name needs in
 * a text. Other slips keep the score their sounds give: a letter more or less is how names differ too
 * ("Cyrus" and "Cyprus", "Franke" and "France").
 */
const SWAP_MIN_SCORE = 0.85;

/**
 * How a query compares with a weak alias it misspells: as {@link alignPair} compares two names, since
 * the index keeps no analysis of weak aliases; for a swap, no lower than {@link SWAP_MIN_SCORE}.
 */
function alignedWithWeak(index: NameIndex, query: AnalyzedName, weak: WeakForm): Alignment {
  const entity = index.entities[weak.entity] as NameIndex["entities"][number];
  const reference = entity.familyNameFirst ? analyzeFormName(weak.alias, FAMILY_NAME_FIRST) : analyzeName(weak.alias);
  const alignment = alignPair(query, reference, entity.type === "person", entity.familyNameFirst === true);
  const notes = [...alignment.notes, `one slip from weak alias ${weak.alias}`];
  if (alignment.score >= SWAP_MIN_SCORE || !swapApart(query.normalized, weak.normalized)) return { ...alignment, notes };
  // The swapped word is paired at the score, whether the alignment paired it, too unlike, or left it out.
  const swapped = (pair: { query: string; reference: string; similarity?: number }): AlignedPair => ({
    query: pair.query,
    reference: pair.reference,
    similarity: Math.max(pair.similarity ?? 0, SWAP_MIN_SCORE),
    rule: "fuzzy",
    via: `${pair.query} ~ ${pair.reference}, two letters swapped`,
    weight: KIND_WEIGHT[reference.tokens.find((token) => token.text === pair.reference)?.kind ?? "distinctive"],
  });
  const pairs = alignment.pairs.map((pair) => (swapApart(pair.query, pair.reference) ? swapped(pair) : pair));
  const typed = alignment.unmatchedQuery.find((token) => alignment.unmatchedReference.some((written) => swapApart(token, written)));
  const written = typed === undefined ? undefined : alignment.unmatchedReference.find((token) => swapApart(typed, token));
  if (typed === undefined || written === undefined) return { ...alignment, score: SWAP_MIN_SCORE, method: "fuzzy", pairs, notes };
  return {
    score: SWAP_MIN_SCORE,
    method: "fuzzy",
    pairs: [...pairs, swapped({ query: typed, reference: written })],
    unmatchedQuery: alignment.unmatchedQuery.filter((token) => token !== typed),
    unmatchedReference: alignment.unmatchedReference.filter((token) => token !== written),
    notes,
  };
}

/** An entity's best form for a query, scored but not yet explained: the form is a record's number, a weak alias, or one misspelt. */
interface Scored extends NameScore {
  entity: number;
  form: number | WeakForm | SlippedForm;
}

/** A query's entities, best first, and what explaining them needs. */
interface Ranking {
  name: string;
  query: AnalyzedName;
  matches: TokenMatches[];
  scored: Scored[];
  /** The records whose form is written as the query is, once normalised. */
  writtenAsQuery?: Int32Array;
}

/**
 * Builds a resolver over a dictionary of entities. The dictionary is indexed once; each lookup
 * analyses the name (titles, particles, scripts), finds dictionary tokens sharing a phonetic key
 * with its tokens, scores only the forms containing them, and keeps the best form per entity.
 *
 * @param entities - The dictionary, e.g. `entities` from "canonym/aliases" or your own list.
 * @param options - Threshold and ambiguity margin.
 * @returns A resolver.
 * @throws TypeError naming the entity and field when the list is invalid, or the option when an option is.
 * @example
 * ```ts
 * import { createResolver } from "canonym";
 * import { entities } from "canonym/aliases";
 *
 * const resolver = createResolver(entities);
 * resolver.resolve("أمير خان ماتوكي")?.id;                // "amir-khan-muttaqi"
 * resolver.candidates("Cernov", { limit: 3 })[0]?.name;   // "Dmitry Zhirnov"
 * resolver.resolve("Amir");                               // null: a lone given name
 * ```
 */
export function createResolver(entities: readonly EntityInput[], options: ResolverOptions = {}): Resolver {
  assertEntities(entities);
  assertOptions(options, "createResolver", RESOLVER_OPTIONS);
  return resolverOver(buildIndex(entities), options);
}

/**
 * Loads a resolver saved with `resolver.toJSON()`: the same answers as the resolver that was saved,
 * without analysing the dictionary again.
 *
 * @param data - The saved index (parsed JSON).
 * @param options - Threshold and ambiguity margin (not saved with the index).
 * @returns A resolver.
 * @throws TypeError starting "[canonym]" when `data` is not a saved index of this version, or an option is invalid.
 * @example
 * ```ts
 * import { readFileSync, writeFileSync } from "node:fs";
 * writeFileSync("index.json", JSON.stringify(createResolver(entities)));
 * const resolver = loadResolver(JSON.parse(readFileSync("index.json", "utf8")));
 * ```
 */
export function loadResolver(data: unknown, options: ResolverOptions = {}): Resolver {
  assertOptions(options, "loadResolver", RESOLVER_OPTIONS);
  return resolverOver(deserializeIndex(data), options);
}

function resolverOver(index: NameIndex, options: ResolverOptions): Resolver {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const margin = options.ambiguityMargin ?? DEFAULT_AMBIGUITY_MARGIN;
  // Names in a batch share tokens ("Mohammed", "Khan", "Russia") and texts repeat names: what lookups
  // ask for again is remembered, and all that reading a text computes, for the text and the next ones.
  const kept: LookupMemos = { tokens: boundedMemo(), matches: boundedMemo(), records: boundedMemo() };
  const shared: LookupMemos = { tokens: admitting(kept.tokens), matches: admitting(kept.matches), records: admitting(kept.records) };
  const keptSpans = {
    resolve: boundedMemo<string, Resolution | null>(),
    candidates: boundedMemo<string, Resolution[]>(),
    mayName: boundedMemo<string, boolean>(),
    spelledAsTokens: boundedMemo<string, boolean>(),
    readAs: boundedMemo<string, string>(),
  };
  const hits = vocabularyHits(index.symbolLengths);
  const matchesOf = (memos: LookupMemos, token: NameToken): TokenMatches =>
    recall(memos.matches, token.text, () => ({ found: matchVocabulary(index, token, hits), compared: new Map() }));

  const rankByEvidence = evidenceRanker(index.recordEntity.length);
  // The words of the names that slips are read in, gathered on the first lookup that asks.
  let slips: WeakSlips | undefined;
  const nameOf = (entity: number): string => (index.entities[entity] as NameIndex["entities"][number]).name;
  const slipsOf = (): WeakSlips => (slips ??= weakSlips(index.entities.filter((entity) => entity.nameIsWeak).map((entity) => entity.name)));
  // A record's analysis is assembled from the index's columns; the records compared again keep theirs.
  const referenceOf = (memos: LookupMemos, record: number): AnalyzedName => recall(memos.records, record, () => recordAnalysis(index, record));

  /**
   * The records the query's token matches lead to; when there are more than can be scored in full,
   * those with the most evidence: for each query token its best similarity in the record, summed, so
   * that a record matching more of the query comes first; the rarity of the token matched only breaks
   * ties, so that of the names sharing one token with the query those sharing a rare one come first.
   * An initial the query's token begins with adds to the records reached otherwise, but does not lead
   * to every name written with that initial. A name with a word in another script than Latin keeps
   * more of them ({@link SCORED_RECORDS_ACROSS_SCRIPTS}) than one in Latin letters ({@link SCORED_RECORDS}).
   */
  function mostEvidenced(query: AnalyzedName, matches: readonly TokenMatches[]): number[] {
    // forEach, not an iterator: iterating a Map's entries makes an array per entry.
    const sources = matches.map(({ found }) => {
      const matched: EvidenceSource[] = [];
      found.forEach((match, id) =>
        matched.push({
          records: index.tokenRecords,
          token: id,
          weight: match.similarity * (1 + RARITY_TIEBREAK * rarity(vocabularyEntry(index, id).entityCount)),
          leads: match.rule !== "initial",
        }),
      );
      return matched;
    });
    return rankByEvidence(sources, query.tokens.every((token) => token.script === "latin") ? SCORED_RECORDS : SCORED_RECORDS_ACROSS_SCRIPTS);
  }

  /** The ranking of a name, and of it with its joined initials apart ("V.V. Putin" as "V. V. Putin"), whichever has the better first. */
  function rank(memos: LookupMemos, name: string, types: readonly string[] | undefined): Ranking {
    const ranking = rankOnce(memos, name, types);
    const apart = initialsApart(name);
    if (apart === undefined) return ranking;
    const other = rankOnce(memos, apart, types);
    return (other.scored[0]?.score ?? 0) > (ranking.scored[0]?.score ?? 0) ? other : ranking;
  }

  function rankOnce(memos: LookupMemos, name: string, types: readonly string[] | undefined): Ranking {
    return memos.rankings && !types ? recall(memos.rankings, name, () => rankAnew(memos, name, undefined)) : rankAnew(memos, name, types);
  }

  function rankAnew(memos: LookupMemos, name: string, types: readonly string[] | undefined): Ranking {
    const query = analyzeName(name, memos.tokens);
    if (query.tokens.length === 0) return { name, query, matches: [], scored: [] };
    const matches = query.tokens.map((token) => matchesOf(memos, token));
    const writtenAsQuery = postingsFor(index.byNormalized, query.normalized);
    const recordIds = withRecordsFirst(writtenAsQuery, mostEvidenced(query, matches));

    const best = new Map<number, Scored>();
    // Scored only for an entity of the types asked for; only the entities returned are explained.
    const consider = (entity: number, form: Scored["form"], score: () => NameScore): void => {
      if (types && !types.includes((index.entities[entity] as NameIndex["entities"][number]).type)) return;
      const scored = score();
      const previous = best.get(entity);
      if (previous && previous.score >= scored.score) return;
      best.set(entity, { entity, form, score: scored.score, method: scored.method });
    };
    const contextOf = recordContexts(index, query, matches);
    for (const record of recordIds) {
      consider(index.recordEntity[record] as number, record, () => {
        // A form cut into words otherwise than the query (see explainRecord) is still the query's own form.
        const scored = nameScore(query, referenceOf(memos, record), contextOf(record));
        return scored.score < 1 && writtenAsQuery?.includes(record) ? sameNameScore(lineAt(index.recordAlias, record) === name) : scored;
      });
    }
    // A weak alias is found written as the query is, once normalised, or with one slip inside a long word.
    for (const weak of weakFormsOf(index.weakForms, query.normalized)) consider(weak.entity, weak, () => sameNameScore(weak.alias === name));
    for (const weak of slippedForms(slipsOf(), index.weakForms, nameOf, query.normalized)) {
      const slipped: SlippedForm = { weak, alignment: alignedWithWeak(index, query, weak) };
      consider(weak.entity, slipped, () => slipped.alignment);
    }
    const idOf = (scored: Scored): string => (index.entities[scored.entity] as NameIndex["entities"][number]).id;
    const scored = [...best.values()].sort((a, b) => descending(a.score, b.score) || inCodeUnitOrder(idOf(a), idOf(b)));
    return { name, query, matches, scored, writtenAsQuery };
  }

  /**
   * How a record matched a ranking's query. A form written as the query is, once normalised, is the
   * same name even where the two are cut into words differently: a Chinese or Korean form of a
   * person written family name first is cut after the family name ("习近平" as "习 近平"), the query not.
   */
  function explainRecord(memos: LookupMemos, ranking: Ranking, record: number): Alignment {
    const alignment = scoreNames(ranking.query, referenceOf(memos, record), recordContexts(index, ranking.query, ranking.matches)(record));
    const alias = lineAt(index.recordAlias, record);
    return alignment.score < 1 && ranking.writtenAsQuery?.includes(record) ? sameNameAlignment(alias === ranking.name) : alignment;
  }

  /** A ranked entity with the explanation of its score. */
  function resolutionOf(memos: LookupMemos, ranking: Ranking, scored: Scored): Resolution {
    const entity = index.entities[scored.entity] as NameIndex["entities"][number];
    const { form } = scored;
    const [matched, explanation] =
      typeof form === "number" ? [lineAt(index.recordAlias, form), explainRecord(memos, ranking, form)]
      : "alignment" in form ? [form.weak.alias, form.alignment]
      : [form.alias, sameNameAlignment(form.alias === ranking.name)];
    return { id: entity.id, name: entity.name, type: entity.type, score: explanation.score, matched, method: explanation.method, explanation };
  }

  /**
   * A name that is, once normalised, a form (an alias or a weak alias) of exactly one entity needs no
   * scoring; one that is a form of two or more is too close to call, whatever else resembles it
   * (undefined when it is no entity's form).
   */
  function exactly(name: string, types: readonly string[] | undefined): Resolution | null | undefined {
    const normalized = normalize(name);
    if (normalized === "") return undefined;
    // null, a form of two entities, is an answer: abstain.
    const asWritten = formsOf(name, normalized, types);
    return asWritten !== undefined ? asWritten : weakWithoutProclitics(normalized, types);
  }

  /**
   * A weak alias written in Arabic with a conjunction or preposition joined to its first word
   * ("والسودان", "and Sudan"; "بمصر", "in Egypt"), as a regular form is read without them: weak aliases
   * have no tokens for a lookup to read so. Not without the article: "التركي" (the Turkish) and
   * "الروسية" (the Russian) would be Persian names of Türkiye and Russia. A regular form the stem
   * spells is left to the lookup, which reads its tokens so.
   */
  function weakWithoutProclitics(normalized: string, types: readonly string[] | undefined): Resolution | null | undefined {
    if (scriptOf(normalized[0] ?? "") !== "arabic") return undefined;
    const space = normalized.indexOf(" ");
    const [first, rest] = space < 0 ? [normalized, ""] : [normalized.slice(0, space), normalized.slice(space)];
    for (const { stem, removed } of procliticStems(first)) {
      if (postingsFor(index.byNormalized, stem + rest) !== undefined) return undefined;
      const form = soleEntityForm(ofTypes(weakFormsOf(index.weakForms, stem + rest), types));
      if (form === undefined) continue;
      if (form === null) return null;
      const entity = index.entities[form.entity] as NameIndex["entities"][number];
      const score = 1 - PROCLITIC_PENALTY * [...removed].length;
      const explanation: Alignment = { score, method: "normalized", pairs: [], unmatchedQuery: [], unmatchedReference: [], notes: [`same normalised text without Arabic prefix ${removed}`] };
      return { id: entity.id, name: entity.name, type: entity.type, score, matched: form.alias, method: "normalized", explanation };
    }
    return undefined;
  }

  /** The first of forms that are all of one entity; null when two entities have them, which is too close to call. */
  function soleEntityForm<F extends { entity: number }>(forms: F[]): F | null | undefined {
    const [form] = forms;
    if (form === undefined) return undefined;
    return forms.some((other) => other.entity !== form.entity) ? null : form;
  }

  /** The forms whose entity is of one of `types`, or all of them without types. */
  function ofTypes<F extends { entity: number }>(forms: F[], types: readonly string[] | undefined): F[] {
    return types ? forms.filter((form) => types.includes((index.entities[form.entity] as NameIndex["entities"][number]).type)) : forms;
  }

  /** What {@link exactly} finds of a name normalised as written. */
  function formsOf(name: string, normalized: string, types: readonly string[] | undefined): Resolution | null | undefined {
    const forms = ofTypes(
      [
        ...Array.from(postingsFor(index.byNormalized, normalized) ?? [], (record) => ({ entity: index.recordEntity[record] as number, alias: lineAt(index.recordAlias, record) })),
        ...weakFormsOf(index.weakForms, normalized),
      ],
      types,
    );
    const form = soleEntityForm(forms);
    if (form === undefined || form === null) return form;
    const entity = index.entities[form.entity] as NameIndex["entities"][number];
    const written = forms.find((other) => other.alias === name);
    const explanation = sameNameAlignment(written !== undefined);
    return { id: entity.id, name: entity.name, type: entity.type, score: 1, matched: (written ?? form).alias, method: explanation.method, explanation };
  }

  /** Whether a normalised token is a vocabulary token the dictionary writes only as an acronym. */
  function isAcronymToken(text: string): boolean {
    const id = index.vocabularyByText.get(text);
    return id !== undefined && vocabularyEntry(index, id).acronym;
  }

  function roleOf(memos: LookupMemos, word: string, casing: WordCasing, minSimilarity: number): WordRole {
    const normalized = normalize(word);
    if (normalized === "") return "none";
    // A title's abbreviation written in capitals is the dictionary's acronym where it has one ("DR Congo").
    if (isTitle(normalized)) return word.length > 1 && word === word.toUpperCase() && isAcronymToken(normalized) ? "name" : "none";
    if (isParticle(normalized)) return "connector";
    // A lowercase word is a common word unless the dictionary spells a name with it; a two-letter one that the
    // dictionary writes only in capitals is a word of the text's language ("un", "us"), not the acronym, and a
    // letter is one too ("a", "e", "o", "y"), not an initial, which is a capital: with 1,000 generated names and
    // more, every letter is some form's initial, and "Russie a" was "A. Rusie".
    if (casing === "lowercase") {
      return tokenize(normalized).every((text) => {
        const id = index.vocabularyByText.get(text);
        return id !== undefined && text.length > 1 && !(vocabularyEntry(index, id).acronym && text.length < 3);
      }) ? "name" : "none";
    }
    // A whole form is a name however it was cut (习近平 as 习 + 近平); a word of a form is one of the tokens
    // below: isDictionaryWord here searched the weak forms twice for most words, 9 % of reading warm text.
    if (postingsFor(index.byNormalized, normalized) !== undefined) return "name";
    const { tokens } = analyzeName(word, memos.tokens);
    const resembles = tokens.some((token) => {
      // A word of some dictionary form (a weak alias's too, which only its whole form resolves) needs no fuzzy lookup.
      if (wordsOfForms().has(token.text)) return true;
      // Nor does a slip inside a long word of an entity's name: the whole name's lookup reads a weak one so ("Venezuala").
      if (slipsOf().wordsNear(token.text).length > 0) return true;
      if (token.script === "arabic" && procliticStems(token.text).some(({ stem }) => wordsOfForms().has(stem))) return true;
      for (const match of matchesOf(memos, token).found.values()) if (match.similarity >= minSimilarity) return true;
      return false;
    });
    return resembles ? "name" : "none";
  }

  /**
   * Whether a word is a word of some dictionary form, weak aliases' included, and the most words a form
   * has; computed once, for extract. A regular form's words are its titles and its vocabulary tokens.
   */
  let formWords: { has: (word: string) => boolean; maxWords: number } | undefined;
  function wordsOfForms(): { has: (word: string) => boolean; maxWords: number } {
    if (formWords) return formWords;
    const titleWords = new Set<string>();
    const weakWords = weakFormWords(index.weakForms);
    let maxWords = weakWords.maxWords;
    const { starts } = index.recordTokens;
    for (let record = 0; record < index.recordEntity.length; record++) maxWords = Math.max(maxWords, (starts[record + 1] as number) - (starts[record] as number));
    // Few records have titles: their own column, not a lookup per record.
    const titled = index.recordTitles.records;
    for (let k = 0; k < titled.length; k++) {
      const record = titled[k] as number;
      const titles = titlesAt(index.recordTitles, k);
      for (const title of titles) titleWords.add(title);
      maxWords = Math.max(maxWords, titles.length + (starts[record + 1] as number) - (starts[record] as number));
    }
    return (formWords = { has: (word) => index.vocabularyByText.has(word) || titleWords.has(word) || weakWords.has(word), maxWords });
  }

  /** Whether a word, once normalised, is a whole form however the form was cut into tokens (习近平 as 习 + 近平, 김정은 as 김 + 정은), or a word of one. */
  function isDictionaryWord(word: string): boolean {
    const normalized = normalize(word);
    return postingsFor(index.byNormalized, normalized) !== undefined || wordsOfForms().has(normalized);
  }

  /** Whether a name, once normalised, is a weak alias and no regular form. */
  function isWeakAlias(name: string): boolean {
    const normalized = normalize(name);
    return postingsFor(index.byNormalized, normalized) === undefined && weakFormsOf(index.weakForms, normalized).length > 0;
  }

  /** The dictionary's words in Chinese characters, gathered on the first text that has some. */
  let hanWords: HanLexicon | undefined;

  /**
   * What `resolve` answers: the name as a whole, or, where that finds no one and an office is written
   * before it ("Russian President Vladimir Putin"), the name after the office, noted.
   */
  function resolveIn(memos: LookupMemos, name: string, lookup: LookupOptions): Resolution | null {
    const whole = resolveWhole(memos, name, lookup);
    if (whole !== null) return whole;
    for (const { office, name: rest } of afterTitlePhrase(name)) {
      const resolution = resolveWhole(memos, rest, lookup);
      if (resolution !== null) return withOfficeSetAside(resolution, office);
    }
    return null;
  }

  function resolveWhole(memos: LookupMemos, name: string, lookup: LookupOptions): Resolution | null {
    const exact = exactly(name, lookup.types);
    if (exact !== undefined) return exact;
    const ranking = rank(memos, name, lookup.types);
    const [first] = ranking.scored;
    const floor = lookup.threshold ?? threshold;
    if (!first || first.score < floor) return null;
    const close = ranking.scored.filter((r) => r.score > first.score - margin);
    if (close.length === 1) return resolutionOf(memos, ranking, first);
    // Too close to call by score: a candidate whose every part the query spells as it does outweighs
    // those that only sound alike ("Putin" is a word of "Vladimir Putin", and only sounds like "Bhutan").
    const spelled = close.map((r) => resolutionOf(memos, ranking, r)).filter(spelledAlike);
    return spelled.length === 1 && (spelled[0] as Resolution).score >= floor ? (spelled[0] as Resolution) : null;
  }

  function candidatesIn(memos: LookupMemos, name: string, lookup: CandidateOptions): Resolution[] {
    const whole = rankedCandidates(memos, name, lookup);
    if ((whole[0]?.score ?? 0) >= threshold) return whole;
    // As resolve does, an office written before the name is set aside when the whole names no one well
    // enough: each entity at its best, whole or with the office set aside.
    const best = new Map(whole.map((candidate) => [candidate.id, candidate]));
    for (const { office, name: rest } of afterTitlePhrase(name)) {
      for (const candidate of rankedCandidates(memos, rest, lookup)) {
        if ((best.get(candidate.id)?.score ?? -1) < candidate.score) best.set(candidate.id, withOfficeSetAside(candidate, office));
      }
    }
    return [...best.values()].sort((a, b) => descending(a.score, b.score) || inCodeUnitOrder(a.id, b.id)).slice(0, lookup.limit ?? DEFAULT_CANDIDATE_LIMIT);
  }

  /** The entities a name's ranking reaches, best first, down to the least score asked for. */
  function rankedCandidates(memos: LookupMemos, name: string, lookup: CandidateOptions): Resolution[] {
    const minScore = lookup.minScore ?? DEFAULT_MIN_CANDIDATE_SCORE;
    const ranking = rank(memos, name, lookup.types);
    return ranking.scored
      .filter((r) => r.score >= minScore)
      .slice(0, lookup.limit ?? DEFAULT_CANDIDATE_LIMIT)
      .map((r) => resolutionOf(memos, ranking, r));
  }

  /** Whether one of a record's tokens is among `found`. */
  function holdsOneOf(record: number, found: ReadonlyMap<number, TokenMatch>): boolean {
    const { starts, ids } = index.recordTokens;
    const end = starts[record + 1] as number;
    for (let k = starts[record] as number; k < end; k++) if (found.has(ids[k] as number)) return true;
    return false;
  }

  /**
   * Whether some record holds, for each of a name's tokens but particles, initials and a patronymic, a
   * token the lookup matched it with: the records of the token whose matches lead to the fewest, each
   * read until one holds a match of every other token. A common word's matches lead to thousands of
   * records at 100,000 entities, and listing them was most of the check.
   */
  function oneRecordHoldsEvery(memos: LookupMemos, name: string): boolean {
    const analysis = analyzeName(name, memos.tokens);
    // An initial matches any token with its letter: it tells nothing here; a patronymic a form may not write, as scoring allows.
    const tokens = analysis.tokens.filter((token, i) => token.kind !== "particle" && (token.forms[0]?.latin.length ?? 0) > 1 && !patronymicAt(analysis, i));
    if (tokens.length === 0) return true;
    const { starts, ids } = index.tokenRecords;
    const matched: TokenMatches["found"][] = [];
    let rarest = 0;
    let fewest = Infinity;
    for (const token of tokens) {
      const { found } = matchesOf(memos, token);
      // A token matched with nothing: the later tokens need not be matched.
      if (found.size === 0) return false;
      let records = 0;
      // forEach, not an iterator: iterating a Map's entries makes an array per entry.
      found.forEach((_, id) => (records += (starts[id + 1] as number) - (starts[id] as number)));
      if (records < fewest) {
        rarest = matched.length;
        fewest = records;
      }
      matched.push(found);
    }
    let holds = false;
    (matched[rarest] as TokenMatches["found"]).forEach((_, id) => {
      const end = starts[id + 1] as number;
      for (let k = starts[id] as number; k < end && !holds; k++) {
        const record = ids[k] as number;
        holds = matched.every((found, t) => t === rarest || holdsOneOf(record, found));
      }
    });
    return holds;
  }

  /** Whether each of a name's tokens but particles was matched with a dictionary token written or romanised as it is. */
  function everyTokenSpelledAlike(memos: LookupMemos, name: string): boolean {
    return analyzeName(name, memos.tokens).tokens.every((token) => {
      if (token.kind === "particle") return true;
      let spelled = false;
      matchesOf(memos, token).found.forEach((match) => {
        if (SPELLING_RULES.includes(match.rule)) spelled = true;
      });
      return spelled;
    });
  }

  /**
   * What `extract` asks of the dictionary while it reads one text. It remembers all it computes: a
   * text's answers live as long as it is read, which the collector pays for whether they are then kept
   * or not, and texts repeat names from one article to the next.
   */
  function lookupForText(): MentionLookup {
    const forText = <K extends string | number, V>(memo: Memo<K, V>): Memo<K, V> => layeredMemo(new Map(), memo);
    const memos: LookupMemos = { tokens: forText(kept.tokens), matches: forText(kept.matches), records: forText(kept.records), rankings: new Map() };
    const resolutions = forText(keptSpans.resolve);
    const candidates = forText(keptSpans.candidates);
    // Remembered like the spans' resolutions, which they come before: a repeated span costs a memo's read.
    const mayName = forText(keptSpans.mayName);
    const spelledAsTokens = forText(keptSpans.spelledAsTokens);
    const readAs = forText(keptSpans.readAs);
    return {
      roleOf: (word, casing, minSimilarity) => roleOf(memos, word, casing, minSimilarity),
      isConnector: isParticle,
      resolve: (name) => recall(resolutions, name, () => resolveIn(memos, name, {})),
      mayName: (name) => recall(mayName, name, () => {
        const apart = initialsApart(name);
        return (
          oneRecordHoldsEvery(memos, name) ||
          (apart !== undefined && oneRecordHoldsEvery(memos, apart)) ||
          exactly(name, undefined) !== undefined ||
          (mayHoldSlip(name) && slippedForms(slipsOf(), index.weakForms, nameOf, normalize(name)).length > 0)
        );
      }),
      spelledAsTokens: (name) => recall(spelledAsTokens, name, () => everyTokenSpelledAlike(memos, name) || exactly(name, undefined) !== undefined),
      candidates: (name) => recall(candidates, name, () => candidatesIn(memos, name, { limit: 5 })),
      maxWords: wordsOfForms().maxWords,
      isDictionaryWord,
      isWeakAlias,
      readAs: (word) => (mayBeDeclined(word) ? recall(readAs, word, () => nominativeOf(word, isDictionaryWord) ?? word) : word),
      hanLexicon: () => (hanWords ??= hanLexicon([index.byNormalized.keys.text, index.weakForms.text])),
      threshold,
    };
  }

  const resolver: Resolver = {
    size: index.entities.length,
    toJSON: () => serializeIndex(index),
    extract(text, extractOptions = {}) {
      assertOptions(extractOptions, "resolver.extract", { minScore: "score", types: "types" });
      assertString(text, "resolver.extract", "a text", MAX_TEXT_LENGTH, "split the text, by paragraph or page, and extract from each part");
      return extractMentions(text, lookupForText(), extractOptions);
    },
    resolve(name, lookup = {}) {
      assertName(name, "resolve");
      assertOptions(lookup, "resolver.resolve", { types: "types", threshold: "score" });
      return resolveIn(shared, name, lookup);
    },
    candidates(name, lookup = {}) {
      assertName(name, "candidates");
      assertOptions(lookup, "resolver.candidates", { types: "types", limit: "count", minScore: "score" });
      return candidatesIn(shared, name, lookup);
    },
  };
  return resolver;
}
