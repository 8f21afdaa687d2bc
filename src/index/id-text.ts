// Lists of integers as text: zigzag-coded differences (Protocol Buffers' sint32) written as variable-length quantities, five bits per character in a base-64 alphabet that JSON never escapes.

/** 32 digits that end a number, then 32 that say more digits follow; none needs escaping in JSON. */
const DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_";
const MORE = 32;
/** The place value of each digit of a number, least significant first: 32-bit numbers take at most seven. */
const PLACE = [1, 2 ** 5, 2 ** 10, 2 ** 15, 2 ** 20, 2 ** 25, 2 ** 30];
const MAX_DIGITS = PLACE.length;
let digitValues: Int8Array | undefined;

/** Each character code's digit value, -1 for characters that are not digits; built on first use. */
function digitValuesTable(): Int8Array {
  if (!digitValues) {
    digitValues = new Int8Array(128).fill(-1);
    for (let i = 0; i < DIGITS.length; i++) digitValues[DIGITS.charCodeAt(i)] = i;
  }
  return digitValues;
}

/**
 * Writes integers as text: each the difference from the one before, zigzag-coded so that small
 * negative differences stay short, in groups of five bits. Lists that mostly ascend (positions,
 * list starts) take one or two characters per number instead of JSON's five to seven, and load
 * without parsing a number.
 *
 * @param values - 32-bit signed integers.
 * @returns Text for {@link decodeIds}.
 * @example
 * ```ts
 * encodeIds(Int32Array.of(3, 4, 40, 2)); // "62e2h2"
 * ```
 */
export function encodeIds(values: ArrayLike<number>): string {
  const parts: string[] = [];
  let previous = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i] as number;
    const difference = (value - previous) | 0;
    previous = value;
    let zigzag = ((difference << 1) ^ (difference >> 31)) >>> 0;
    let digits = "";
    while (zigzag >= MORE) {
      digits += DIGITS[MORE + (zigzag & 31)];
      zigzag >>>= 5;
    }
    parts.push(digits + DIGITS[zigzag]);
  }
  return parts.join("");
}

/**
 * Reads {@link encodeIds}' text back.
 *
 * @param text - Text from {@link encodeIds}.
 * @returns The integers, or undefined when the text is not such text.
 * @example
 * ```ts
 * decodeIds("62e2h2"); // Int32Array.of(3, 4, 40, 2)
 * decodeIds("6\"");    // undefined
 * ```
 */
export function decodeIds(text: string): Int32Array | undefined {
  const valueOf = digitValuesTable();
  // At most one number per character; trimmed to the count at the end.
  const values = new Int32Array(text.length);
  let count = 0;
  let previous = 0;
  let zigzag = 0;
  let digitsSoFar = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const digit = code < 128 ? (valueOf[code] as number) : -1;
    if (digit < 0) return undefined;
    // More than 32 bits of digits is not text encodeIds writes.
    if (digitsSoFar === MAX_DIGITS) return undefined;
    if (digit >= MORE) {
      zigzag += (digit - MORE) * (PLACE[digitsSoFar++] as number);
      continue;
    }
    zigzag += digit * (PLACE[digitsSoFar] as number);
    if (zigzag > 0xffffffff) return undefined;
    previous = (previous + ((zigzag >>> 1) ^ -(zigzag & 1))) | 0;
    values[count++] = previous;
    zigzag = 0;
    digitsSoFar = 0;
  }
  if (digitsSoFar > 0) return undefined;
  return values.slice(0, count);
}
