// A three-way comparison of strings for Array.prototype.sort in UTF-16 code-unit order (ECMA-262, IsLessThan on strings).

/**
 * Orders two strings as `<` does, by UTF-16 code units, for `Array.prototype.sort`: -1, 0 or 1. The
 * same order as a sort without a comparator, which converts and compares inside the engine, and
 * unlike `localeCompare`, the same in every locale.
 *
 * @param a - The first string.
 * @param b - The second string.
 * @returns -1 when `a` comes first, 1 when `b` does, 0 when they are the same.
 * @example
 * ```ts
 * ["kabul", "Zamir", "kabulov"].sort(inCodeUnitOrder); // ["Zamir", "kabul", "kabulov"]
 * ```
 */
export function inCodeUnitOrder(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
