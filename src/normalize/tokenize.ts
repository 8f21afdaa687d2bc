import { assertIsString } from "../validate/limits.js";

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
  assertIsString(normalized, "tokenize", "a normalised name");
  return normalized === "" ? [] : normalized.split(" ");
}
