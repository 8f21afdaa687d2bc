// Name-level scoring: token alignment first, whole-name Bitap when the two names tokenise differently.
import type { AnalyzedName } from "../names/analyze.js";
import { alignmentScore, alignNames, ONLY_COMMON_PARTS, ONLY_GIVEN_NAMES, type AlignContext, type Alignment, type NameScore } from "./align.js";
import { wadeGilesAsPinyin, wholeNameSimilarity } from "./whole-name.js";

/**
 * The explanation of two names that are the same once normalised: score 1, nothing to align.
 *
 * @param sameText - The two were written identically, not only alike after normalisation.
 * @returns The alignment, method "exact" or "normalized".
 * @example
 * ```ts
 * sameNameAlignment(false).notes; // ["same normalised text"]
 * ```
 */
export function sameNameAlignment(sameText: boolean): Alignment {
  return { ...sameNameScore(sameText), pairs: [], unmatchedQuery: [], unmatchedReference: [], notes: [`same ${sameText ? "text" : "normalised text"}`] };
}

/**
 * The score and method {@link sameNameAlignment} gives, without its explanation.
 *
 * @param sameText - The two were written identically, not only alike after normalisation.
 * @returns Score 1, method "exact" or "normalized".
 * @example
 * ```ts
 * sameNameScore(false); // { score: 1, method: "normalized" }
 * ```
 */
export function sameNameScore(sameText: boolean): NameScore {
  return { score: 1, method: sameText ? "exact" : "normalized" };
}

/**
 * Scores a query name against a reference name with the same machinery everywhere in canonym:
 * identical normalised names score 1; otherwise {@link alignNames}, and, when the two names have
 * different token counts, {@link wholeNameSimilarity} if that scores higher.
 *
 * @param query - The analysed query.
 * @param reference - The analysed reference.
 * @param context - Token similarities and weights for the alignment.
 * @returns The score and its explanation.
 * @example
 * ```ts
 * const q = analyzeName("Sergueï Lavrov"), r = analyzeName("Sergey Lavrov");
 * scoreNames(q, r, { matchOf: (i, j) => matchTokens(q.tokens[i], r.tokens[j]),
 *   referenceWeight: (j) => KIND_WEIGHT[r.tokens[j].kind], referenceIsPerson: true }).score; // ≈ 0.95
 * ```
 */
export function scoreNames(query: AnalyzedName, reference: AnalyzedName, context: AlignContext): Alignment {
  if (sameNormalized(query, reference)) return sameNameAlignment(query.original === reference.original);
  const alignment = alignNames(query, reference, context);
  const whole = wholeNameAbove(query, reference, alignment.score, alignment.notes.some(namesNobodyAlone));
  if (whole === undefined) return alignment;
  return { ...alignment, score: whole, method: "fuzzy", notes: [...alignment.notes, "whole names compared with tokens run together"] };
}

function sameNormalized(query: AnalyzedName, reference: AnalyzedName): boolean {
  return query.normalized === reference.normalized && query.normalized !== "";
}

/** Whether an alignment was squeezed for leaving parts out and matching only given names or common name parts. */
function namesNobodyAlone(squeezed: string): boolean {
  return squeezed === ONLY_GIVEN_NAMES || squeezed === ONLY_COMMON_PARTS;
}

/**
 * The whole names' similarity when the two tokenise differently and it beats the alignment's `score`.
 * Not for an alignment that matched only a person's given names or common name parts with a query
 * shorter than the name: such parts name nobody alone, however their letters run into the whole
 * name ("Jinping" and "xijinping", "Wang" and "wangyi"). A query as long is the whole name written
 * as one word ("习近平", "xijinping", for "Xi Jinping"), which the alignment paired with one part.
 */
function wholeNameAbove(query: AnalyzedName, reference: AnalyzedName, score: number, partsNamingNobody: boolean): number | undefined {
  if (query.tokens.length === reference.tokens.length) return undefined;
  if (partsNamingNobody && latinLength(query) < latinLength(reference)) return undefined;
  const whole = wholeNameSimilarity(query, reference);
  return whole > score ? whole : undefined;
}

/**
 * How many letters a name's romanisation has, its tokens run together, each Wade–Giles syllable as
 * pinyin writes it where that is shorter: "Mao Tse-tung" is as long as "Mao Zedong", not one letter longer.
 */
function latinLength(name: AnalyzedName): number {
  let letters = 0;
  for (const token of name.tokens) {
    const asWritten = token.forms[0]?.latin.length ?? 0;
    const asPinyin = wadeGilesAsPinyin(token)?.length ?? asWritten;
    letters += Math.min(asWritten, asPinyin);
  }
  return letters;
}

/**
 * The score and method {@link scoreNames} gives, without building its explanation.
 *
 * @param query - The analysed query.
 * @param reference - The analysed reference.
 * @param context - Token similarities and weights for the alignment.
 * @returns `scoreNames(query, reference, context)`'s score and method.
 * @example
 * ```ts
 * const q = analyzeName("Sergueï Lavrov"), r = analyzeName("Sergey Lavrov");
 * nameScore(q, r, { matchOf: (i, j) => matchTokens(q.tokens[i], r.tokens[j]),
 *   referenceWeight: (j) => KIND_WEIGHT[r.tokens[j].kind], referenceIsPerson: true }).score; // ≈ 0.95
 * ```
 */
export function nameScore(query: AnalyzedName, reference: AnalyzedName, context: AlignContext): NameScore {
  if (sameNormalized(query, reference)) return sameNameScore(query.original === reference.original);
  const alignment = alignmentScore(query, reference, context);
  const whole = wholeNameAbove(query, reference, alignment.score, namesNobodyAlone(alignment.squeezed));
  return whole === undefined ? alignment : { score: whole, method: "fuzzy" };
}
