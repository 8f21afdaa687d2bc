// Symmetric-delete candidate generation (Garbe's SymSpell, 2012): keys within one deletion of each other share an entry.

/**
 * The key itself and every key one deletion away from it. Keys shorter than three classes yield
 * only themselves: deleting from them would match almost anything.
 *
 * @param key - A {@link consonantKey}.
 * @returns Distinct lookup keys, the key itself first.
 * @example
 * ```ts
 * deletionKeys("MTK"); // ["MTK", "TK", "MK", "MT"]
 * ```
 */
export function deletionKeys(key: string): string[] {
  const keys = [key];
  if (key.length < 3) return keys;
  for (let i = 0; i < key.length; i++) {
    const variant = key.slice(0, i) + key.slice(i + 1);
    if (!keys.includes(variant)) keys.push(variant);
  }
  return keys;
}

/**
 * A consonant key without the liquids l and r: Japanese, Korean and Chinese do not tell them apart,
 * and write a Latin r after a vowel as a long vowel (Keltner → ケルトナー, kerutonaa), so their
 * spellings differ from the Latin in exactly these letters.
 *
 * @param key - A {@link consonantKey}.
 * @returns The key without L and R, repeats collapsed.
 * @example
 * ```ts
 * liquidKey("KLTNR"); // "KTN"
 * ```
 */
export function liquidKey(key: string): string {
  return key.replace(LIQUIDS, "").replace(REPEATS, "$1");
}

const LIQUIDS = /[LR]/g;
const REPEATS = /(.)\1+/g;
