// Amortised doubling of a growable array (Cormen et al., Introduction to Algorithms, §17.4 "Dynamic tables").

/**
 * A typed array twice as long as `array`, starting with its contents: what a list kept in typed
 * arrays grows into when full, so that appending stays constant time on average.
 *
 * @param array - A full array.
 * @returns A new array of twice the length (at least 1), the rest zero.
 * @example
 * ```ts
 * doubled(Int32Array.of(4, 7)); // Int32Array.of(4, 7, 0, 0)
 * ```
 */
export function doubled<T extends Int32Array | Float64Array>(array: T): T {
  const grown = new (array.constructor as new (length: number) => T)(Math.max(1, 2 * array.length));
  grown.set(array);
  return grown;
}
