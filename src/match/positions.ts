// The identity permutation, the starting order of an argsort (ECMA-262 Array.prototype.sort over indices).

/**
 * The positions 0 to `count` - 1, as an array to sort by what lies at each: filled by a loop, since
 * `Array.from(list.keys())` makes an iterator result per position, and a lookup sorts positions for
 * each of its tokens.
 *
 * @param count - How many positions.
 * @returns `[0, 1, ..., count - 1]`.
 * @example
 * ```ts
 * const scores = [0.2, 0.9, 0.5];
 * positionsUpTo(scores.length).sort((a, b) => descending(scores[a]!, scores[b]!)); // [1, 2, 0]
 * ```
 */
export function positionsUpTo(count: number): number[] {
  const positions = new Array<number>(count);
  for (let k = 0; k < count; k++) positions[k] = k;
  return positions;
}
