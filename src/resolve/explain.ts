import type { Alignment } from "../match/align.js";

/**
 * Writes an explanation (from a {@link Resolution} or {@link Comparison}) as readable lines: each
 * token pair with its rule and similarity, then what was left unmatched and any rule applied.
 *
 * @param explanation - `resolution.explanation` or `comparison.explanation`.
 * @returns Lines of text, without a trailing newline.
 * @example
 * ```ts
 * console.log(explain(compare("Amir Khan Motti", "Amir Khan Muttaqi").explanation));
 * //   motti ~ muttaqi  fuzzy 0.61 (motti ~ muttaqi)
 * //   amir = amir  exact 1.00
 * //   khan = khan  exact 1.00
 * ```
 */
export function explain(explanation: Alignment): string {
  const lines = explanation.pairs.map((p) => {
    const sign = p.similarity >= 1 ? "=" : "~";
    return `  ${p.query} ${sign} ${p.reference}  ${p.rule} ${p.similarity.toFixed(2)}${p.via && p.via !== p.query ? ` (${p.via})` : ""}`;
  });
  if (explanation.unmatchedQuery.length > 0) lines.push(`  unmatched in the name: ${explanation.unmatchedQuery.join(", ")}`);
  if (explanation.unmatchedReference.length > 0) lines.push(`  left out of the name: ${explanation.unmatchedReference.join(", ")}`);
  for (const note of explanation.notes) lines.push(`  ${note}`);
  return lines.join("\n");
}
