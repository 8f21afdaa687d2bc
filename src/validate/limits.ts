/**
 * Longest name, in UTF-16 code units, that `resolve`, `candidates`, `compare` and a dictionary
 * entry accept. Longer input is running text, not a name: pass it to `resolver.extract`.
 * @example
 * ```ts
 * resolver.resolve("x".repeat(MAX_NAME_LENGTH + 1)); // throws RangeError "[canonym] resolver.resolve: ..."
 * ```
 */
export const MAX_NAME_LENGTH = 1_000;

/**
 * Longest text, in UTF-16 code units, that `resolver.extract` accepts (16 Mi code units, 16 to
 * 48 MB of UTF-8): split longer input, by paragraph or page, and extract from each part.
 * @example
 * ```ts
 * resolver.extract(book.slice(0, MAX_TEXT_LENGTH));
 * ```
 */
export const MAX_TEXT_LENGTH = 16 * 1024 * 1024;

/**
 * Longest token, in UTF-16 code units, compared by sound and spelling. A longer token (a run of
 * letters no name has) matches only a token written exactly the same, so that time stays linear.
 * @example
 * ```ts
 * analyzeName("a".repeat(MAX_TOKEN_LENGTH + 1)).tokens[0].forms; // []: compared by exact text only
 * ```
 */
export const MAX_TOKEN_LENGTH = 64;

/**
 * Throws the TypeError or RangeError a public function gives for input that is not a string, or
 * is a string longer than `limit`.
 *
 * @param value - What the caller passed.
 * @param where - The function, e.g. "resolver.resolve".
 * @param what - What it expects, e.g. "a name".
 * @param limit - The most UTF-16 code units accepted.
 * @param hint - What to do instead when the string is too long.
 * @example
 * ```ts
 * assertString("Kabul", "resolver.resolve", "a name", MAX_NAME_LENGTH, "use resolver.extract"); // undefined: passes
 * assertString("x".repeat(2000), "resolver.resolve", "a name", MAX_NAME_LENGTH, "use resolver.extract"); // throws RangeError "[canonym] resolver.resolve: a name of 2,000 UTF-16 code units is over the limit of 1,000; use resolver.extract"
 * ```
 */
export function assertString(value: unknown, where: string, what: string, limit: number, hint: string): asserts value is string {
  assertIsString(value, where, what);
  if (value.length > limit) {
    throw new RangeError(`[canonym] ${where}: ${what} of ${value.length.toLocaleString("en")} UTF-16 code units is over the limit of ${limit.toLocaleString("en")}; ${hint}`);
  }
}

/**
 * Throws the TypeError a public function gives for input that is not a string.
 *
 * @param value - What the caller passed.
 * @param where - The function, e.g. "toLatin".
 * @param what - What it expects, e.g. "a token".
 * @example
 * ```ts
 * assertIsString(42, "toLatin", "a token"); // throws TypeError "[canonym] toLatin expects a token as a string, got number"
 * ```
 */
export function assertIsString(value: unknown, where: string, what: string): asserts value is string {
  if (typeof value !== "string") {
    throw new TypeError(`[canonym] ${where} expects ${what} as a string, got ${value === null ? "null" : Array.isArray(value) ? "an array" : typeof value}`);
  }
}
