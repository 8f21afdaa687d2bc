// Pairwise name comparison: analyzeName + compareTokens + scoreNames, weights from token kinds alone.
import { analyzeFormName, analyzeName, FAMILY_NAME_FIRST, type AnalyzedName, type NameToken } from "../names/analyze.js";
import { afterTitlePhrase, withOfficeNoted } from "../names/title-phrase.js";
import { KIND_WEIGHT, type Alignment, type MatchMethod } from "./align.js";
import { scoreNames } from "./score-names.js";
import { compareTokens, type TokenMatch } from "./token-match.js";
import { assertString, MAX_NAME_LENGTH } from "../validate/limits.js";
import { assertOptions } from "../validate/options.js";

/**
 * Default score at or above which {@link compare} says two names match, and a resolver accepts a candidate.
 * @example
 * ```ts
 * createResolver(entities, { threshold: DEFAULT_THRESHOLD + 0.1 }); // stricter than the default 0.7
 * ```
 */
export const DEFAULT_THRESHOLD = 0.7;

/** Options of {@link compare}. */
export interface CompareOptions {
  /** Score at or above which `match` is true. Default {@link DEFAULT_THRESHOLD}. */
  threshold?: number;
  /** Treat `b` as a person's name, so that matching only its given name (its first part, with the common parts compounded with it, as "Abdul Ghani") does not count. Default true. */
  person?: boolean;
  /**
   * Read `b` as the name of a person written family name first, as Chinese, Korean and Vietnamese
   * names are ("Xi Jinping", "XI, Jinping"): its first part is the family name, which alone names
   * the person, and the rest given names, which alone do not. Default false. A dictionary entity's
   * `familyNameFirst` field says the same to a resolver.
   */
  familyNameFirst?: boolean;
}

/**
 * Scores one analysed name against another on their own, as {@link compare} does: each pair of tokens
 * compared once, with the learned model, and weighed by its kind alone (no dictionary to tell how rare
 * a token is).
 *
 * @param query - The name held.
 * @param reference - The reference name.
 * @param person - Whether the reference is a person's name.
 * @param familyNameFirst - Whether it is written family name first.
 * @returns How they align.
 * @example
 * ```ts
 * alignPair(analyzeName("Venezuala"), analyzeName("Venezuela"), false, false).score; // 0.92
 * ```
 */
export function alignPair(query: AnalyzedName, reference: AnalyzedName, person: boolean, familyNameFirst: boolean): Alignment {
  // The pairs an alignment chooses are asked for again to explain them.
  const matches: TokenMatch[] = [];
  return scoreNames(query, reference, {
    matchOf: (i, j) => (matches[i * reference.tokens.length + j] ??= compareTokens(query.tokens[i] as NameToken, reference.tokens[j] as NameToken, true)),
    referenceWeight: (j) => KIND_WEIGHT[(reference.tokens[j] as NameToken).kind],
    referenceIsPerson: person,
    referenceFamilyNameFirst: familyNameFirst,
  });
}

/** The verdict of {@link compare}. */
export interface Comparison {
  /** Score in [0, 1]: 1 same name, ≥ 0.9 same name in another spelling or script, ≥ 0.7 probably the same. */
  score: number;
  /** Whether `score` reaches the threshold. */
  match: boolean;
  /** How the names matched: the loosest rule among the token pairs, or "partial". */
  method: MatchMethod;
  /** Which part matched which, how, and what was left over. */
  explanation: Alignment;
}

/**
 * Scores how well name `a` refers to name `b`, with the machinery a resolver uses. The comparison
 * is directional: `a` is the name you hold (a mention, a query), `b` the reference; parts of `a`
 * that `b` lacks cost more than parts of `b` that `a` leaves out, and an initial or a common name part
 * in `a` counts for less. It is symmetric between two one-token names whose tokens are distinctive
 * (not an initial, a particle or a common name part such as "Mohammed"), and `compare(a, a)` is 1.
 *
 * @param a - The name you hold, in any script.
 * @param b - The reference name, in any script.
 * @param options - Threshold, whether `b` is a person, and whether it is written family name first.
 * @returns Score, verdict, method and explanation.
 * @throws TypeError when `a` or `b` is not a string or an option is invalid; RangeError when a name is longer than {@link MAX_NAME_LENGTH}.
 * @example
 * ```ts
 * compare("Sergueï Lavrov", "Sergey Lavrov").match;        // true
 * compare("أمير خان ماتوكي", "Amir Khan Muttaqi").method;  // "phonetic"
 * compare("Dmitry Kozak", "Dmitry Zhirnov").match;         // false
 * compare("Xi", "Xi Jinping", { familyNameFirst: true }).match;      // true: the family name
 * compare("Jinping", "Xi Jinping", { familyNameFirst: true }).match; // false: a given name alone
 * compare("Russian President Vladimir Putin", "Vladimir Putin").score; // 1: the office set aside
 * ```
 */
export function compare(a: string, b: string, options: CompareOptions = {}): Comparison {
  const hint = "compare names, not texts";
  assertString(a, "compare", "a name (a)", MAX_NAME_LENGTH, hint);
  assertString(b, "compare", "a name (b)", MAX_NAME_LENGTH, hint);
  assertOptions(options, "compare", { threshold: "score", person: "boolean", familyNameFirst: "boolean" });
  if (options.familyNameFirst && options.person === false) {
    throw new TypeError("[canonym] compare: option familyNameFirst reads b as a person's name, and option person is false; drop one of them");
  }
  const reference = options.familyNameFirst ? analyzeFormName(b, FAMILY_NAME_FIRST) : analyzeName(b);
  const scoreOf = (held: string): Alignment => alignPair(analyzeName(held), reference, options.person ?? true, options.familyNameFirst === true);
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  let explanation = scoreOf(a);
  // As a resolver does: an office written before the name is set aside where the whole does not match.
  for (const { office, name } of explanation.score < threshold ? afterTitlePhrase(a) : []) {
    const afterOffice = scoreOf(name);
    if (afterOffice.score < threshold) continue;
    explanation = { ...afterOffice, notes: withOfficeNoted(afterOffice.notes, office) };
    break;
  }
  return { score: explanation.score, match: explanation.score >= threshold, method: explanation.method, explanation };
}
