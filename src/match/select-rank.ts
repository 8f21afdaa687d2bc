// Hoare's selection algorithm (C. A. R. Hoare, "Algorithm 65: Find", Communications of the ACM, 1961).

/**
 * The `rank`-th smallest of `values` (0 the smallest), found without sorting them all. Reorders `values`.
 *
 * @param values - The numbers; partly reordered in place.
 * @param rank - 0 for the smallest, `values.length - 1` for the largest.
 * @returns The value a full ascending sort would put at `rank`.
 * @example
 * ```ts
 * selectRank(Float64Array.of(5, 1, 4, 2, 3), 1); // 2
 * ```
 */
export function selectRank(values: Float64Array, rank: number): number {
  let low = 0;
  let high = values.length - 1;
  while (low < high) {
    const pivot = values[(low + high) >>> 1] as number;
    let i = low;
    let j = high;
    while (i <= j) {
      while ((values[i] as number) < pivot) i++;
      while ((values[j] as number) > pivot) j--;
      if (i <= j) {
        const swap = values[i] as number;
        values[i++] = values[j] as number;
        values[j--] = swap;
      }
    }
    if (rank <= j) high = j;
    else if (rank >= i) low = i;
    else break;
  }
  return values[rank] as number;
}
