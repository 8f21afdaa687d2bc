// Token similarity over romanised and phonetic readings, after the layered comparison of OpenSanctions' nomenklatura (exact → transliterated → phonetic → edit distance).
import type { NameToken } from "../names/analyze.js";
import type { SoundForm } from "../names/analyze.js";
import { channelSimilarity } from "./channel.js";
import { modelFor } from "./learned/index.js";
import { soundSimilarity } from "./sound-distance.js";

/** How two tokens (or names) were found alike, from strictest to loosest. */
export type MatchRule = "exact" | "normalized" | "transliterated" | "phonetic" | "initial" | "fuzzy";

/**
 * The strictness order of {@link MatchRule}, strictest first.
 * @example
 * ```ts
 * RULE_ORDER.indexOf("phonetic") < RULE_ORDER.indexOf("fuzzy"); // true
 * ```
 */
export const RULE_ORDER: readonly MatchRule[] = ["exact", "normalized", "transliterated", "phonetic", "initial", "fuzzy"];

/**
 * The rules under which two tokens are spelled alike, in the same script or through romanisation,
 * not only sound alike: what a lone word without capitals must match by, and the only rules an
 * acronym answers to ("This" does not sound like "TASS", it is not spelled so).
 * @example
 * ```ts
 * SPELLING_RULES.includes("transliterated"); // true: "Путин" and "Putin"
 * SPELLING_RULES.includes("phonetic");       // false: "Poutine" and "Putin"
 * ```
 */
export const SPELLING_RULES: readonly MatchRule[] = ["exact", "normalized", "transliterated"];

/** The verdict on one pair of tokens. */
export interface TokenMatch {
  /** Similarity in [0, 1]. */
  similarity: number;
  /** The rule that gave the similarity, the strictest that applies (exact, normalized, transliterated, phonetic, initial, fuzzy). */
  rule: MatchRule;
  /** The readings compared, e.g. "matuki ~ muttaqi". */
  via: string;
}

const SOFT_ONSET = /^[aeiouyh]/;
const SAME_LATIN = 0.97;
const SAME_SOUND = 0.94;
const SAME_KEY_CAP = 0.92;
const OTHER_KEY_FACTOR = 0.85;
const OTHER_KEY_CAP = 0.9;
/** Spellings of one name seldom differ in their first consonant ("Prussia" is not "Russia")... */
const OTHER_ONSET_FACTOR = 0.85;

/** ...unless one starts with a vowel or h, which scripts drop or render as g ("Гамбург" / "Hamburg"). */
function softOnset(latin: string): boolean {
  return SOFT_ONSET.test(latin);
}
const INITIAL = 0.7;
/** Share of the learned model in a cross-script similarity; the rest comes from the rules. */
const LEARNED_SHARE = 0.9;
/**
 * The similarity at which two tokens are paired at all, by name alignment and by a resolver's
 * lookup. The learned model may demote a pair the rules make, but not below this: it knows only
 * the spellings it was trained on, not garbles.
 * @example
 * ```ts
 * const [q] = analyzeName("Motti").tokens;
 * const [r] = analyzeName("Muttaqi").tokens;
 * matchTokens(q, r).similarity >= MIN_PAIR_SIMILARITY; // true: they may stand for the same name part
 * ```
 */
export const MIN_PAIR_SIMILARITY = 0.6;

/** The learned model's similarity when one token is Latin and the other in a script with a model. */
function learnedSimilarity(query: NameToken, q: SoundForm, reference: NameToken, r: SoundForm): number | undefined {
  if (query.script === "latin" && r.units.length > 0) {
    const model = modelFor(reference.script);
    return model && channelSimilarity(r.units, q.latin, model);
  }
  if (reference.script === "latin" && q.units.length > 0) {
    const model = modelFor(query.script);
    return model && channelSimilarity(q.units, r.latin, model);
  }
  return undefined;
}

/**
 * Whether {@link matchTokens} may consult a learned model for a pair: only when one token is Latin
 * and the other is not. For any other pair, `learned: false` gives the same answer.
 * @example
 * ```ts
 * const [latin] = analyzeName("Muttaqi").tokens;
 * const [arabic] = analyzeName("متقي").tokens;
 * crossesLatin(latin, arabic); // true
 * crossesLatin(latin, latin);  // false
 * ```
 */
export function crossesLatin(query: NameToken, reference: NameToken): boolean {
  return (query.script === "latin") !== (reference.script === "latin");
}

/**
 * Compares two analysed tokens through every pair of their readings and keeps the best: identical
 * text, identical romanisation, identical sound symbols, then weighted edit distance on the sound
 * symbols (trusted more when the consonant keys agree, less when even the first consonant differs),
 * blended, across scripts, with a transliteration model learned from real name pairs.
 * A one-letter token matches any token with that initial.
 *
 * @param query - A token of the name being looked up.
 * @param reference - A token of a dictionary name.
 * @param options - `learned: false` skips the learned model (a cheaper first pass).
 * @returns Similarity in [0, 1] with the rule that produced it.
 * @example
 * ```ts
 * const [q] = analyzeName("متقي").tokens;
 * const [r] = analyzeName("Muttaqi").tokens;
 * const match = matchTokens(q, r);
 * [match.rule, match.similarity > 0.8]; // ["phonetic", true]
 * ```
 */
export function matchTokens(query: NameToken, reference: NameToken, options: { learned?: boolean } = {}): TokenMatch {
  const { similarity, rule, via } = compareTokens(query, reference, options.learned !== false);
  return { similarity, rule, via };
}

/**
 * A {@link TokenMatch} that puts the readings it compared in words only when asked: a lookup compares
 * hundreds of pairs and explains the few it returns.
 */
class ComparedTokens implements TokenMatch {
  readonly #query: SoundForm;
  readonly #reference: SoundForm;
  readonly #modelled: number | undefined;

  constructor(readonly similarity: number, readonly rule: MatchRule, query: SoundForm, reference: SoundForm, modelled: number | undefined) {
    this.#query = query;
    this.#reference = reference;
    this.#modelled = modelled;
  }

  get via(): string {
    const learned = this.#modelled === undefined ? "" : `, learned model ${this.#modelled.toFixed(2)}`;
    return `${reading(this.#query)} ~ ${reading(this.#reference)}${learned}`;
  }
}

/**
 * The match of two tokens with nothing in common, or that must not be paired: one shared, read-only value.
 * @example
 * ```ts
 * UNLIKE.similarity; // 0
 * ```
 */
export const UNLIKE: TokenMatch = Object.freeze({ similarity: 0, rule: "fuzzy", via: "" });

/**
 * What {@link matchTokens} answers, as a {@link TokenMatch} whose `via` is worded each time it is
 * read, not when the pair is compared: what a resolver and `compare` use.
 *
 * @param query - A token of the name being looked up.
 * @param reference - A token of a dictionary name.
 * @param learned - Whether the learned model may take part (false: a cheaper first pass).
 * @param dropBelow - The similarity below which the caller drops a pair: such a pair is answered
 *   {@link UNLIKE}, with no match made for it (a lookup drops most of the hundreds it compares).
 * @returns The match, read-only.
 * @example
 * ```ts
 * const [q] = analyzeName("Motti").tokens;
 * const [r] = analyzeName("Muttaqi").tokens;
 * compareTokens(q, r, true).via; // "motti ~ muttaqi"
 * compareTokens(q, analyzeName("Smith").tokens[0], true, MIN_PAIR_SIMILARITY) === UNLIKE; // true
 * ```
 */
export function compareTokens(query: NameToken, reference: NameToken, learned: boolean, dropBelow = 0): TokenMatch {
  if (query.text === reference.text) return { similarity: 1, rule: "exact", via: query.text };
  const q0 = query.forms[0];
  const r0 = reference.forms[0];
  if (q0 && r0 && (q0.latin.length === 1 || r0.latin.length === 1)) {
    const [short, long] = q0.latin.length <= r0.latin.length ? [q0.latin, r0.latin] : [r0.latin, q0.latin];
    const similarity = short !== "" && long.startsWith(short) ? INITIAL : 0;
    return similarity < dropBelow ? UNLIKE : new ComparedTokens(similarity, "initial", q0, r0, undefined);
  }
  // The best pair is kept by its parts and put in words once, at the end: most comparisons of a lookup are dropped.
  let bestSimilarity = 0;
  let bestRule: MatchRule = "fuzzy";
  let bestQuery: SoundForm | undefined;
  let bestReference: SoundForm | undefined;
  let bestModelled: number | undefined;
  // Indexed, not iterated: code the compiler has not optimised yet, or has just thrown away, makes an
  // iterator and a result object per form, which a first pass of other-script lookups at 100,000
  // entities was seen to allocate 38 MB of (a third more than all else it allocated).
  for (let i = 0; i < query.forms.length; i++) {
    const q = query.forms[i] as SoundForm;
    for (let j = 0; j < reference.forms.length; j++) {
      const r = reference.forms[j] as SoundForm;
      if (q.latin === "" || r.latin === "") continue;
      let similarity: number;
      let rule: MatchRule;
      // The constants as numbers (`+`): read as they are from the module, they made the compiler keep
      // `similarity` as an object and box every similarity computed, 16 bytes a comparison.
      if (q.latin === r.latin) {
        similarity = +SAME_LATIN;
        rule = query.script === reference.script ? "normalized" : "transliterated";
      } else if (q.symbols === r.symbols) {
        similarity = +SAME_SOUND;
        rule = "phonetic";
      } else if (q.key === r.key) {
        similarity = Math.min(SAME_KEY_CAP, soundSimilarity(q.symbols, r.symbols));
        rule = "phonetic";
      } else {
        const factor = q.key[0] === r.key[0] || softOnset(q.latin) || softOnset(r.latin) ? OTHER_KEY_FACTOR : OTHER_KEY_FACTOR * OTHER_ONSET_FACTOR;
        similarity = Math.min(OTHER_KEY_CAP, factor * soundSimilarity(q.symbols, r.symbols));
        rule = "fuzzy";
      }
      let modelled: number | undefined;
      if (rule !== "normalized" && learned) {
        modelled = learnedSimilarity(query, q, reference, r);
        if (modelled !== undefined) {
          similarity = Math.max(Math.min(similarity, MIN_PAIR_SIMILARITY), (1 - LEARNED_SHARE) * similarity + LEARNED_SHARE * modelled);
        }
      }
      similarity -= q.penalty + r.penalty;
      if (similarity > bestSimilarity) {
        bestSimilarity = similarity;
        bestRule = rule;
        bestQuery = q;
        bestReference = r;
        bestModelled = modelled;
      }
    }
  }
  if (!bestQuery || !bestReference || bestSimilarity < dropBelow) return UNLIKE;
  return new ComparedTokens(bestSimilarity, bestRule, bestQuery, bestReference, bestModelled);
}

/** A form's romanisation, with the reading it comes from when that is not the token as written. */
function reading(form: SoundForm): string {
  return form.penalty ? `${form.latin} (${form.reading})` : form.latin;
}
