// canonym core: takes a dictionary as an argument and never imports one (see "canonym/aliases").
export { normalize } from "./normalize/normalize.js";
export { tokenize } from "./normalize/tokenize.js";
export { scriptOf, scriptRuns, SCRIPTS, type Script, type ScriptRun } from "./normalize/script.js";
export { toLatin } from "./normalize/transliterate/index.js";
export { soundSymbols, consonantKey } from "./keys/phonetic.js";
export { analyzeName, type AnalyzedName, type NameToken, type SoundForm, type TokenKind, type TokenMemo } from "./names/analyze.js";
export { matchTokens, type MatchRule, type TokenMatch } from "./match/token-match.js";
export { KIND_WEIGHT, type Alignment, type AlignedPair, type MatchMethod } from "./match/align.js";
export { compare, DEFAULT_THRESHOLD, type Comparison, type CompareOptions } from "./match/compare.js";
export { explain } from "./resolve/explain.js";
export {
  createResolver,
  loadResolver,
  DEFAULT_AMBIGUITY_MARGIN,
  DEFAULT_MIN_CANDIDATE_SCORE,
  type CandidateOptions,
  type LookupOptions,
  type Resolver,
  type ResolverOptions,
} from "./resolve/create-resolver.js";
export type { EntityInput, Resolution } from "./resolve/types.js";
export type { SerializedIndex, SerializedLists, SerializedPostings, SerializedVocabulary } from "./index/serialize.js";
export type { SerializedRecordTitles } from "./index/record-titles.js";
export type { IndexedEntity } from "./index/build-index.js";
export { textWords, type TextWord } from "./extract/text-tokens.js";
export type { ExtractOptions, Mention } from "./extract/extract.js";
export { validateEntities } from "./validate/entity-input.js";
export { MAX_NAME_LENGTH, MAX_TEXT_LENGTH, MAX_TOKEN_LENGTH } from "./validate/limits.js";
export { transliterationUnits, type TransliterationUnits } from "./keys/units.js";
