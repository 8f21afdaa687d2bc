/**
 * Splits a normalised string into tokens.
 *
 * @param normalized - Output of {@link normalize}.
 * @returns The tokens, in order; empty for an empty string.
 * @example
 * ```ts
 * tokenize(normalize("Amir Khan Muttaqi")); // ["amir", "khan", "muttaqi"]
 * ```
 */
export function tokenize(normalized: string): string[] {
  return normalized === "" ? [] : normalized.split(" ");
}
