// Whole-name typo-tolerant scoring with fuse.js (Bitap, Wu & Manber 1992) on space-free romanisations, for names split or joined differently ("Abdulghani" / "Abdul Ghani").
import Fuse from "fuse.js";
import { deletionKeys } from "../keys/deletions.js";
import { consonantKey, soundSymbols } from "../keys/phonetic.js";
import { AS_WRITTEN, WADE_GILES_READING, type AnalyzedName, type NameToken } from "../names/analyze.js";
import { pinyinOfWadeGiles } from "../names/wade-giles.js";

const FUSE_OPTIONS = { includeScore: true, ignoreLocation: true, ignoreFieldNorm: true, threshold: 0.4 } as const;
const MIN_LENGTH = 4;
const CEILING = 0.9;

/** A name run together, and its consonant key within one deletion: for finding names split or joined differently. */
interface JoinedName {
  latin: string;
  keys: string[];
}

function joinedName(latin: string): JoinedName {
  return { latin, keys: deletionKeys(consonantKey(soundSymbols(latin))) };
}

// A dictionary form is compared with many queries: its joined forms are computed once per analysis.
const joinedCache = new WeakMap<AnalyzedName, readonly JoinedName[]>();

/** A name run together as written, and also as pinyin where it spells Wade–Giles syllables. */
function joinedReadings(name: AnalyzedName): readonly JoinedName[] {
  let result = joinedCache.get(name);
  if (!result) {
    const asPinyin = joinedAsPinyin(name);
    const asWritten = joinedName(name.tokens.map((t) => t.forms[0]?.latin ?? "").join(""));
    result = asPinyin ? [asWritten, asPinyin] : [asWritten];
    joinedCache.set(name, result);
  }
  return result;
}

/**
 * A token's romanisation as pinyin writes the Wade–Giles syllable it spells, or undefined when it
 * spells none: a query token's reading, or, for a dictionary form's token, which has no such reading
 * (it is a name as cited), the same conversion.
 *
 * @param token - An analysed token.
 * @returns Its pinyin, or undefined.
 * @example
 * ```ts
 * wadeGilesAsPinyin(analyzeName("Mao Tse-tung").tokens[1]!);  // "ze": a query's reading
 * wadeGilesAsPinyin(analyzeToken("tung"));                    // "dong": a dictionary token's, read now
 * wadeGilesAsPinyin(analyzeName("Putin").tokens[0]!);         // undefined
 * ```
 */
export function wadeGilesAsPinyin(token: NameToken): string | undefined {
  const reading = token.forms.find((form) => form.reading === WADE_GILES_READING);
  if (reading) return reading.latin;
  const primary = token.forms[0];
  return token.script === "latin" && primary && primary.reading === AS_WRITTEN ? pinyinOfWadeGiles(primary.latin) : undefined;
}

/**
 * A name written in Wade–Giles syllables run together as pinyin writes them ("Mao Tse-tung" as
 * maozedong), or undefined when none of its tokens is such a syllable: a name's syllables are its
 * tokens there, as hyphens part them, where pinyin writes a given name as one word ("Zedong").
 */
function joinedAsPinyin(name: AnalyzedName): JoinedName | undefined {
  let read = false;
  const latin = name.tokens
    .map((t) => {
      const pinyin = wadeGilesAsPinyin(t);
      if (pinyin !== undefined) read = true;
      return pinyin ?? t.forms[0]?.latin ?? "";
    })
    .join("");
  return read ? joinedName(latin) : undefined;
}

function bitapSimilarity(query: JoinedName, reference: JoinedName): number {
  const { latin: q, keys: queryKeys } = query;
  const { latin: r, keys: referenceKeys } = reference;
  if (q.length < MIN_LENGTH || r.length < MIN_LENGTH) return 0;
  if (!queryKeys.some((key) => referenceKeys.includes(key))) return 0;
  const [hit] = new Fuse([r], FUSE_OPTIONS).search(q.slice(0, 32));
  if (!hit) return 0;
  const lengthRatio = Math.min(q.length, r.length) / Math.max(q.length, r.length);
  return Math.min(CEILING, (1 - (hit.score ?? 1)) * lengthRatio);
}

/**
 * Scores two names as whole strings, tokens run together, with fuse.js's Bitap matcher, scaled by
 * the ratio of their lengths so that a short name inside a long one does not pass for a match.
 * Only names whose joined consonant keys lie within one deletion of each other are compared. A name,
 * query or dictionary form, whose tokens spell Wade–Giles syllables is also run together as pinyin
 * writes it ("Mao Tse-tung" as maozedong), and the best score kept.
 *
 * @param query - The analysed query name.
 * @param reference - The analysed dictionary name.
 * @returns Similarity in [0, 0.9]; 0 when the names are not comparable this way.
 * @example
 * ```ts
 * wholeNameSimilarity(analyzeName("Abdulgani Baradar"), analyzeName("Abdul Ghani Baradar")); // ≈ 0.86
 * wholeNameSimilarity(analyzeName("Mao Tse-tung"), analyzeName("Mao Zedong"));               // 0.9
 * wholeNameSimilarity(analyzeName("Mao Zedong"), analyzeFormName("Mao Tse-tung", { familyNameFirst: false })); // 0.9
 * ```
 */
export function wholeNameSimilarity(query: AnalyzedName, reference: AnalyzedName): number {
  let best = 0;
  for (const q of joinedReadings(query)) for (const r of joinedReadings(reference)) best = Math.max(best, bitapSimilarity(q, r));
  return best;
}
