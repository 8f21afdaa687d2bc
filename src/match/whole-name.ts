// Whole-name typo-tolerant scoring with fuse.js (Bitap, Wu & Manber 1992) on space-free romanisations, for names split or joined differently ("Abdulghani" / "Abdul Ghani").
import Fuse from "fuse.js";
import { deletionKeys } from "../keys/deletions.js";
import { consonantKey, soundSymbols } from "../keys/phonetic.js";
import type { AnalyzedName } from "../names/analyze.js";

const FUSE_OPTIONS = { includeScore: true, ignoreLocation: true, ignoreFieldNorm: true, threshold: 0.4 } as const;
const MIN_LENGTH = 4;
const CEILING = 0.9;

/** A name's romanisation with its tokens run together. */
function joinedLatin(name: AnalyzedName): string {
  return name.tokens.map((t) => t.forms[0]?.latin ?? "").join("");
}

/** A name run together, and its consonant key within one deletion: for finding names split or joined differently. */
interface JoinedName {
  latin: string;
  keys: string[];
}

// A dictionary form is compared with many queries: its joined form is computed once per analysis.
const joinedCache = new WeakMap<AnalyzedName, JoinedName>();

function joined(name: AnalyzedName): JoinedName {
  let result = joinedCache.get(name);
  if (!result) {
    const latin = joinedLatin(name);
    result = { latin, keys: deletionKeys(consonantKey(soundSymbols(latin))) };
    joinedCache.set(name, result);
  }
  return result;
}

/**
 * Scores two names as whole strings, tokens run together, with fuse.js's Bitap matcher, scaled by
 * the ratio of their lengths so that a short name inside a long one does not pass for a match.
 * Only names whose joined consonant keys lie within one deletion of each other are compared.
 *
 * @param query - The analysed query name.
 * @param reference - The analysed dictionary name.
 * @returns Similarity in [0, 0.9]; 0 when the names are not comparable this way.
 * @example
 * ```ts
 * wholeNameSimilarity(analyzeName("Abdulgani Baradar"), analyzeName("Abdul Ghani Baradar")); // ≈ 0.86
 * ```
 */
export function wholeNameSimilarity(query: AnalyzedName, reference: AnalyzedName): number {
  const { latin: q, keys: queryKeys } = joined(query);
  const { latin: r, keys: referenceKeys } = joined(reference);
  if (q.length < MIN_LENGTH || r.length < MIN_LENGTH) return 0;
  if (!queryKeys.some((key) => referenceKeys.includes(key))) return 0;
  const [hit] = new Fuse([r], FUSE_OPTIONS).search(q.slice(0, 32));
  if (!hit) return 0;
  const lengthRatio = Math.min(q.length, r.length) / Math.max(q.length, r.length);
  return Math.min(CEILING, (1 - (hit.score ?? 1)) * lengthRatio);
}
