// Token alignment with asymmetric costs for unmatched parts, after OpenSanctions' nomenklatura name matcher and the Monge-Elkan token similarity (1996).
import type { AnalyzedName, NameToken, TokenKind } from "../names/analyze.js";
import { patronymicAt } from "../names/patronymic.js";
import { MIN_PAIR_SIMILARITY, RULE_ORDER, type MatchRule, type TokenMatch } from "./token-match.js";

/** How a whole name matched: the loosest rule among its token pairs, or "partial" when reference parts went unmatched. */
export type MatchMethod = MatchRule | "partial";

/** One query token paired with one reference token. */
export interface AlignedPair {
  /** The query's token. */
  query: string;
  /** The dictionary name's token it was paired with. */
  reference: string;
  /** Similarity of the two in [0, 1]. */
  similarity: number;
  /** The rule that gave the similarity. */
  rule: MatchRule;
  /** The readings compared. */
  via: string;
  /** The pair's weight in the score. */
  weight: number;
}

/** The explanation of a name-level score: which part matched which, how, and what was left over. */
export interface Alignment {
  /** Score in [0, 1]. */
  score: number;
  /** The loosest rule among the pairs, or "partial" when parts of the dictionary name went unmatched. */
  method: MatchMethod;
  /** The token pairs in the order they were chosen: highest similarity times weight first. */
  pairs: AlignedPair[];
  /** Query tokens that matched nothing (each costs its full weight). */
  unmatchedQuery: string[];
  /** Reference tokens the query did not mention (each costs a third of a common part's weight in a person's name, its whole weight in other names). */
  unmatchedReference: string[];
  /** Titles set aside and rules applied, in words. */
  notes: string[];
}

/**
 * Weight of each token kind before rarity is applied.
 * @example
 * ```ts
 * KIND_WEIGHT.distinctive; // 1: "Muttaqi" counts fully
 * KIND_WEIGHT.particle;    // 0.15: "bin", "al", "von" barely count
 * ```
 */
export const KIND_WEIGHT: Readonly<Record<TokenKind, number>> = { particle: 0.15, common: 0.6, distinctive: 1 };
/** Share of its weight an unmatched query token costs: something the dictionary name does not say. */
const UNMATCHED_QUERY_COST = 1;
/** Share of its weight an unmatched token of a person's name costs: people are routinely named in part ("Putin"). */
const UNMATCHED_REFERENCE_COST = 0.35;
/** Share of its weight an unmatched token of any other name costs: "East" is not "Middle East". */
const UNMATCHED_FIXED_NAME_COST = 1;
/**
 * Why an alignment costed a query's patronymic, which the dictionary name does not write, as a given
 * name left out, as its notes say.
 * @example
 * ```ts
 * compare("Vladimir Vladimirovich Putin", "Vladimir Putin").explanation.notes.includes(PATRONYMIC_LEFT_OUT); // true
 * ```
 */
export const PATRONYMIC_LEFT_OUT = "a patronymic the dictionary name does not write costs as a given name left out";
/** Token pairs at or above this similarity are taken for the same name part spelled otherwise. */
const SAME_NAME_SIMILARITY = 0.9;
/**
 * A match that rests on common name parts only ("Amir", "Hassan") is squeezed into [0.1, 0.6]:
 * below any sensible threshold, yet still in order among candidates.
 */
const SQUEEZED_FLOOR = 0.1;
const SQUEEZED_SHARE = 0.5;

function squeezeBelowThreshold(score: number): number {
  return SQUEEZED_FLOOR + SQUEEZED_SHARE * score;
}

/**
 * The score a squeezed alignment had before it was squeezed: what a person's common surname or
 * family name alone ("Khan", "Li") scores where the text has named the person in full, which says
 * who is meant as the name alone cannot.
 *
 * @param squeezed - The score of an alignment whose notes include {@link ONLY_COMMON_PARTS}.
 * @returns The score before squeezing, in [0, 1].
 * @example
 * ```ts
 * scoreBeforeSqueeze(0.6); // 1
 * ```
 */
export function scoreBeforeSqueeze(squeezed: number): number {
  return Math.min(1, Math.max(0, (squeezed - SQUEEZED_FLOOR) / SQUEEZED_SHARE));
}

/** What {@link alignNames} needs to know beyond the two names. */
export interface AlignContext {
  /** Similarity of query token `i` to reference token `j`. */
  matchOf: (i: number, j: number) => TokenMatch;
  /** Weight of a reference token (rarity-adjusted by a resolver; the kind weight otherwise). */
  referenceWeight: (j: number) => number;
  /** The reference is a person: parts may be left out, but not all but its given name. */
  referenceIsPerson: boolean;
  /** The reference is a person's name written family name first ("Xi Jinping"): its given names are all its parts but the first. */
  referenceFamilyNameFirst?: boolean;
}

function rank(rule: MatchRule): number {
  return RULE_ORDER.indexOf(rule);
}

function outOfOrder(chosen: ReadonlyArray<{ i: number; j: number }>): boolean {
  const byQuery = [...chosen].sort((a, b) => a.i - b.i);
  return byQuery.some((p, k) => k > 0 && p.j < (byQuery[k - 1] as { j: number }).j);
}

/** Whether query part `i` is a patronymic that the reference, which has none, leaves out: names are written with it or without it. */
function patronymicLeftOut(query: AnalyzedName, reference: AnalyzedName, i: number): boolean {
  if (!patronymicAt(query, i)) return false;
  for (let j = 0; j < reference.tokens.length; j++) if (patronymicAt(reference, j)) return false;
  return true;
}

function weightOfKind(token: NameToken): number {
  return KIND_WEIGHT[token.kind];
}

/** A name-level score and how the names matched, without the explanation: what ranking needs of every name it scores. */
export interface NameScore {
  /** Score in [0, 1]. */
  score: number;
  /** The loosest rule among the pairs, or "partial" when parts of the dictionary name went unmatched. */
  method: MatchMethod;
}

/**
 * One alignment's candidate pairs, column by column, reused by the next alignment: a lookup aligns
 * dozens of names, whose pairs would otherwise each be an object (and their weights boxed numbers).
 * Grown as names need, up to {@link KEPT_PAIRS}; nothing in it outlives the alignment that filled it.
 */
interface PairRoom {
  i: Int32Array;
  j: Int32Array;
  similarity: Float64Array;
  weight: Float64Array;
  /** Similarity times weight: what the greedy pass takes first. */
  worth: Float64Array;
  /** The pair's rule, as its position in {@link RULE_ORDER}. */
  rule: Uint8Array;
  /** Pair positions ranked, and room to merge them. */
  order: Int32Array;
  spare: Int32Array;
  /** The pairs chosen, in the order chosen. */
  chosen: Int32Array;
  /** Per token, 1 when a chosen pair holds it. */
  usedQuery: Uint8Array;
  usedReference: Uint8Array;
}

let room: PairRoom | undefined;
/** The most pairs a kept room holds: two names of hundreds of words (a name may have 1,000 characters) get a room of their own, not kept. */
const KEPT_PAIRS = 1024;

function roomFor(pairs: number, queryTokens: number, referenceTokens: number): PairRoom {
  const fits = room && room.i.length >= pairs && room.usedQuery.length >= queryTokens && room.usedReference.length >= referenceTokens;
  if (room && fits) return room;
  const size = (needed: number, had = 0): number => Math.max(needed, Math.min(2 * had, KEPT_PAIRS), 8);
  const length = size(pairs, room?.i.length);
  const made: PairRoom = {
    i: new Int32Array(length),
    j: new Int32Array(length),
    similarity: new Float64Array(length),
    weight: new Float64Array(length),
    worth: new Float64Array(length),
    rule: new Uint8Array(length),
    order: new Int32Array(length),
    spare: new Int32Array(length),
    chosen: new Int32Array(length),
    usedQuery: new Uint8Array(size(queryTokens, room?.usedQuery.length)),
    usedReference: new Uint8Array(size(referenceTokens, room?.usedReference.length)),
  };
  if (length <= KEPT_PAIRS) room = made;
  return made;
}

/**
 * The first `count` pair positions of `order` ranked by worth, highest first, pairs of equal worth in
 * the order they were listed (query token, then reference token): a stable bottom-up merge sort, which
 * allocates nothing. Returns the array holding the result, `order` or `spare`.
 */
function rankByWorth(order: Int32Array, spare: Int32Array, worth: Float64Array, count: number): Int32Array {
  let from = order;
  let to = spare;
  for (let width = 1; width < count; width *= 2) {
    for (let low = 0; low < count; low += 2 * width) {
      const middle = Math.min(low + width, count);
      const high = Math.min(low + 2 * width, count);
      let left = low;
      let right = middle;
      let k = low;
      while (left < middle && right < high) {
        to[k++] = (worth[from[right] as number] as number) > (worth[from[left] as number] as number) ? (from[right++] as number) : (from[left++] as number);
      }
      while (left < middle) to[k++] = from[left++] as number;
      while (right < high) to[k++] = from[right++] as number;
    }
    const merged = to;
    to = from;
    from = merged;
  }
  return from;
}

/**
 * Why an alignment that matched only a person's given names was squeezed below any threshold, as its
 * notes say.
 * @example
 * ```ts
 * const q = analyzeName("Vladimir"), r = analyzeName("Vladimir Putin");
 * alignNames(q, r, { matchOf: (i, j) => matchTokens(q.tokens[i], r.tokens[j]),
 *   referenceWeight: (j) => KIND_WEIGHT[r.tokens[j].kind], referenceIsPerson: true }).notes.includes(ONLY_GIVEN_NAMES); // true
 * ```
 */
export const ONLY_GIVEN_NAMES = "only given names matched";

/**
 * How the note of an alignment whose query opened with titles begins ("title set aside: mullah").
 * @example
 * ```ts
 * const q = analyzeName("Mullah Baradar"), r = analyzeName("Baradar");
 * alignNames(q, r, { matchOf: (i, j) => matchTokens(q.tokens[i], r.tokens[j]),
 *   referenceWeight: (j) => KIND_WEIGHT[r.tokens[j].kind], referenceIsPerson: true }).notes[0]; // "title set aside: mullah"
 * ```
 */
export const TITLE_SET_ASIDE = "title set aside";

/**
 * The note of an alignment that pairs the name's parts in another order than the dictionary's form
 * writes them ("Putin Vladimir").
 * @example
 * ```ts
 * const q = analyzeName("Putin Vladimir"), r = analyzeName("Vladimir Putin");
 * alignNames(q, r, { matchOf: (i, j) => matchTokens(q.tokens[i], r.tokens[j]),
 *   referenceWeight: (j) => KIND_WEIGHT[r.tokens[j].kind], referenceIsPerson: true }).notes.includes(PARTS_REORDERED); // true
 * ```
 */
export const PARTS_REORDERED = "parts in another order";

/**
 * Why an alignment that left parts of the name out and matched only common name parts ("Hassan",
 * "Khan", "Li") was squeezed below any threshold, as its notes say.
 * @example
 * ```ts
 * const q = analyzeName("Khan"), r = analyzeName("Imran Khan");
 * alignNames(q, r, { matchOf: (i, j) => matchTokens(q.tokens[i], r.tokens[j]),
 *   referenceWeight: (j) => KIND_WEIGHT[r.tokens[j].kind], referenceIsPerson: true }).notes.includes(ONLY_COMMON_PARTS); // true
 * ```
 */
export const ONLY_COMMON_PARTS = "only common name parts matched";

/**
 * Why an alignment that paired a name part with an initial, while every other part only resembled
 * its partner, was squeezed below any threshold, as its notes say: a letter confirms a name, it does
 * not make one ("Tixozcre Snydro" is not "T. Snider").
 * @example
 * ```ts
 * compare("Tixozcre Snydro", "T. Snider").explanation.notes.includes(INITIAL_UNCONFIRMED); // true
 * compare("Tom Snider", "T. Snider").explanation.notes.includes(INITIAL_UNCONFIRMED);      // false
 * ```
 */
export const INITIAL_UNCONFIRMED = "an initial matched beside parts that only resemble the name";

/** The score and method of an alignment, and why it was squeezed. */
export interface AlignmentScore extends NameScore {
  /** Why the score was squeezed below any threshold ({@link ONLY_GIVEN_NAMES}, ...), or "" when it was not. */
  squeezed: string;
}

/** The score an alignment makes and why it was squeezed, its chosen pairs left in its {@link PairRoom}. */
interface ChosenAlignment extends AlignmentScore {
  /** The room the pairs were ranked in. */
  pairs: PairRoom;
  /** How many pairs were chosen: the first of `pairs.chosen`. */
  chosenCount: number;
  /** Whether a query's patronymic the reference does not write was costed as a given name left out. */
  patronymicLeft: boolean;
}

/** Pairs tokens greedily, best similarity times weight first, and scores the pairs and what is left over. */
function chooseAlignment(query: AnalyzedName, reference: AnalyzedName, context: AlignContext): ChosenAlignment {
  const queryCount = query.tokens.length;
  const referenceCount = reference.tokens.length;
  const pairs = roomFor(queryCount * referenceCount, queryCount, referenceCount);
  let count = 0;
  for (let i = 0; i < queryCount; i++) {
    for (let j = 0; j < referenceCount; j++) {
      const match = context.matchOf(i, j);
      if (match.similarity < MIN_PAIR_SIMILARITY) continue;
      const weight = (weightOfKind(query.tokens[i] as NameToken) + context.referenceWeight(j)) / 2;
      pairs.i[count] = i;
      pairs.j[count] = j;
      pairs.similarity[count] = match.similarity;
      pairs.weight[count] = weight;
      pairs.worth[count] = match.similarity * weight;
      pairs.rule[count] = rank(match.rule);
      pairs.order[count] = count;
      count++;
    }
  }
  const ranked = rankByWorth(pairs.order, pairs.spare, pairs.worth, count);

  const { usedQuery, usedReference } = pairs;
  usedQuery.fill(0, 0, queryCount);
  usedReference.fill(0, 0, referenceCount);
  let chosenCount = 0;
  let matchedMass = 0;
  let denominator = 0;
  let distinctiveMatched = false;
  let distinctiveQueryMatched = false;
  let loosePair = false;
  let initialPaired = false;
  // Whether a pair other than an initial is the same name part, spelled alike or otherwise.
  let sameNamePaired = false;
  let namePartPairs = 0;
  let loosestRule = 0;
  // The rightmost part of the reference matched, particles aside (-1 for none): before the surname, only given names matched.
  let lastMatchedReference = -1;
  for (let k = 0; k < count; k++) {
    const pair = ranked[k] as number;
    const i = pairs.i[pair] as number;
    const j = pairs.j[pair] as number;
    if (usedQuery[i] || usedReference[j]) continue;
    usedQuery[i] = 1;
    usedReference[j] = 1;
    pairs.chosen[chosenCount++] = pair;
    const q = query.tokens[i] as NameToken;
    const r = reference.tokens[j] as NameToken;
    const similarity = pairs.similarity[pair] as number;
    matchedMass += pairs.worth[pair] as number;
    denominator += pairs.weight[pair] as number;
    if (q.kind === "distinctive" && r.kind === "distinctive") distinctiveMatched = true;
    if (q.kind === "distinctive") distinctiveQueryMatched = true;
    if (similarity < SAME_NAME_SIMILARITY) loosePair = true;
    if (RULE_ORDER[pairs.rule[pair] as number] === "initial") initialPaired = true;
    else if (similarity >= SAME_NAME_SIMILARITY) sameNamePaired = true;
    if (r.kind !== "particle") lastMatchedReference = Math.max(lastMatchedReference, j);
    if (q.kind !== "particle") namePartPairs++;
    loosestRule = Math.max(loosestRule, pairs.rule[pair] as number);
  }
  let patronymicLeft = false;
  for (let i = 0; i < queryCount; i++) {
    if (usedQuery[i]) continue;
    if (context.referenceIsPerson && chosenCount > 0 && patronymicLeftOut(query, reference, i)) {
      denominator += UNMATCHED_REFERENCE_COST * KIND_WEIGHT.common;
      patronymicLeft = true;
    } else denominator += weightOfKind(query.tokens[i] as NameToken) * UNMATCHED_QUERY_COST;
  }
  let referencePartLeftOut = false;
  let givenNameLeftOut = false;
  for (let j = 0; j < referenceCount; j++) {
    if (usedReference[j]) continue;
    const left = reference.tokens[j] as NameToken;
    // Written family name first, the parts after the first are one given name in syllables ("Jong Un",
    // "Jin Ping"), whichever way it is spaced: left out, it costs as one part.
    if (context.referenceFamilyNameFirst && j > 0) {
      if (givenNameLeftOut) continue;
      givenNameLeftOut = true;
    }
    // A person's one-letter part is an initial, even one spelled as a particle ("Y. Farias", "E. Bout"): it stands
    // for a given name, and left out costs what a given name costs, however many names share the letter.
    const initial = context.referenceIsPerson && left.text.length === 1;
    // Which given name a person's name leaves out must not decide between two people sharing a surname.
    denominator += context.referenceIsPerson
      ? UNMATCHED_REFERENCE_COST * (initial ? KIND_WEIGHT.common : Math.min(context.referenceWeight(j), KIND_WEIGHT.common))
      : UNMATCHED_FIXED_NAME_COST * context.referenceWeight(j);
    if (left.kind !== "particle" || initial) referencePartLeftOut = true;
  }

  let score = denominator > 0 ? matchedMass / denominator : 0;
  let squeezed = "";
  if (chosenCount > 0 && referencePartLeftOut) {
    // A person's given name is the first part, with the common parts it is compounded with ("Abdul
    // Ghani", "Muhammad Ishaq"), never the last part; written family name first, every part after the
    // first ("Xi Jinping"). Matched alone, given names name nobody in particular.
    let givenEnd = 0;
    while (givenEnd < referenceCount - 1 && reference.tokens[givenEnd]?.kind === "common") givenEnd++;
    givenEnd = Math.min(givenEnd + 1, referenceCount - 1);
    const onlyGivenNames = context.referenceIsPerson && referenceCount > 1 && (context.referenceFamilyNameFirst ? !usedReference[0] : lastMatchedReference < givenEnd);
    if (!distinctiveMatched || onlyGivenNames) {
      score = squeezeBelowThreshold(score);
      squeezed = onlyGivenNames ? ONLY_GIVEN_NAMES : ONLY_COMMON_PARTS;
    }
  } else if (namePartPairs === 1 && !distinctiveQueryMatched && loosePair) {
    score = squeezeBelowThreshold(score);
    squeezed = "a common name part only resembles this name";
  }
  if (!squeezed && initialPaired && !sameNamePaired) {
    score = squeezeBelowThreshold(score);
    squeezed = INITIAL_UNCONFIRMED;
  }
  const method: MatchMethod = referencePartLeftOut ? "partial" : (RULE_ORDER[loosestRule] as MatchRule);
  return { score: Math.min(1, Math.max(0, score)), method, pairs, chosenCount, squeezed, patronymicLeft };
}

/**
 * The score and method of {@link alignNames}, without its explanation: a resolver scores dozens of
 * names per lookup and explains only those it returns.
 *
 * @param query - The analysed name being looked up.
 * @param reference - The analysed dictionary name.
 * @param context - Token similarities and weights.
 * @returns What `alignNames(query, reference, context)` scores, its method, and why it squeezed the score.
 * @example
 * ```ts
 * const q = analyzeName("Amir Khan Motti");
 * const r = analyzeName("Amir Khan Muttaqi");
 * alignmentScore(q, r, {
 *   matchOf: (i, j) => matchTokens(q.tokens[i], r.tokens[j]),
 *   referenceWeight: (j) => KIND_WEIGHT[r.tokens[j].kind],
 *   referenceIsPerson: true,
 * }).method; // "fuzzy": the loosest rule of its pairs
 * ```
 */
export function alignmentScore(query: AnalyzedName, reference: AnalyzedName, context: AlignContext): AlignmentScore {
  return chooseAlignment(query, reference, context);
}

/**
 * Aligns the tokens of a query name with those of a reference name, in any order, and scores the
 * alignment: matched pairs add their similarity times their weight; unmatched query tokens cost
 * their whole weight, unmatched tokens of a person's name a third of it, so "Putin" matches
 * "Vladimir Putin" while "Dmitry Kozak" does not match "Dmitry Zhirnov" (and "East" does not match
 * "Middle East": other names are not shortened at will). A partial match resting only on
 * common name parts or on a person's given name alone (its first part, with the common parts it
 * is compounded with: "Abdul Ghani", "Muhammad Ishaq") is squeezed below any sensible threshold,
 * and so are a lone common name part ("Gul", "Hassan") that merely resembles the reference and a
 * match through an initial whose other parts merely resemble theirs ({@link INITIAL_UNCONFIRMED}).
 *
 * @param query - The analysed name being looked up.
 * @param reference - The analysed dictionary name.
 * @param context - Token similarities and weights.
 * @returns The score with its explanation.
 * @example
 * ```ts
 * const q = analyzeName("Amir Khan Motti");
 * const r = analyzeName("Amir Khan Muttaqi");
 * alignNames(q, r, {
 *   matchOf: (i, j) => matchTokens(q.tokens[i], r.tokens[j]),
 *   referenceWeight: (j) => KIND_WEIGHT[r.tokens[j].kind],
 *   referenceIsPerson: true,
 * }).score; // ≈ 0.84
 * ```
 */
export function alignNames(query: AnalyzedName, reference: AnalyzedName, context: AlignContext): Alignment {
  const { score, method, pairs: ranked, chosenCount, squeezed, patronymicLeft } = chooseAlignment(query, reference, context);
  // Read out of the room before anything else may align in it.
  const { i, j, weight, chosen, usedQuery, usedReference } = ranked;
  const picked = Array.from(chosen.subarray(0, chosenCount), (pair) => ({ i: i[pair] as number, j: j[pair] as number, weight: weight[pair] as number }));
  const unmatchedQuery = query.tokens.filter((_, k) => !usedQuery[k]).map((q) => q.text);
  const unmatchedReference = reference.tokens.filter((_, k) => !usedReference[k]).map((r) => r.text);
  const pairs: AlignedPair[] = picked.map((p) => {
    const match = context.matchOf(p.i, p.j);
    return { query: (query.tokens[p.i] as NameToken).text, reference: (reference.tokens[p.j] as NameToken).text, similarity: match.similarity, rule: match.rule, via: match.via, weight: p.weight };
  });
  const notes = query.titles.length > 0 ? [`${TITLE_SET_ASIDE}: ${query.titles.join(" ")}`] : [];
  if (outOfOrder(picked)) notes.push(PARTS_REORDERED);
  if (squeezed) notes.push(squeezed);
  if (patronymicLeft) notes.push(PATRONYMIC_LEFT_OUT);
  return { score, method, pairs, unmatchedQuery, unmatchedReference, notes };
}
