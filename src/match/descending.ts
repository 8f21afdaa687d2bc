// A three-way comparison for Array.prototype.sort (ECMA-262, SortCompare: negative, zero or positive).

/**
 * Orders two numbers high to low for `Array.prototype.sort`: -1, 0 or 1. Not the difference of the
 * two, which, as a fraction returned to the sort, the engine boxes into a new heap number on every
 * comparison; a lookup sorts its candidates several times.
 *
 * @param a - The first number.
 * @param b - The second number.
 * @returns -1 when `a` is higher, 1 when `b` is, else 0 (NaN included, as a difference would be).
 * @example
 * ```ts
 * [0.5, 0.9, 0.7].sort(descending); // [0.9, 0.7, 0.5]
 * [0.5, 0.9].sort((a, b) => descending(a, b) || a - b); // ties broken another way
 * ```
 */
export function descending(a: number, b: number): number {
  return a > b ? -1 : a < b ? 1 : 0;
}
