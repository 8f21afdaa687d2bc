// Suffix stripping to a lemma, with noun endings after those of the Snowball Russian stemmer (Porter 2001), each stem checked against the dictionary's own words rather than trusted.

/**
 * The endings Russian (and its neighbours in Cyrillic) gives a noun or a surname outside the nominative,
 * longest first: "Лаврова", "Путину", "Лавровым", "Москве", "Захаровой", "талибов".
 */
const CYRILLIC_ENDINGS = ["ами", "ями", "ого", "его", "ому", "ему", "ыми", "ими", "ой", "ей", "ою", "ею", "ом", "ем", "ём", "ым", "им", "ов", "ев", "ам", "ям", "ах", "ях", "а", "я", "у", "ю", "е", "ы", "и"];
/** What the nominative ends with where the ending replaced it: Москв-а, Росси-я, Кита-й, Захаров-а, талиб-ы. */
const NOMINATIVE_ENDINGS = ["", "а", "я", "й", "ь", "ы", "и"];
/** Letters a stem keeps, at least. */
const MIN_STEM = 3;
const CYRILLIC = /^\p{Script=Cyrillic}/u;

/**
 * The dictionary word a declined Cyrillic word is a case of: its ending taken off, the nominative's put
 * back, the first such word the dictionary has, longest ending first. A word the dictionary has as
 * written, or in another script, is its own nominative: undefined.
 *
 * @param word - A word of a text, as written.
 * @param isDictionaryWord - Whether a word is written, once normalised, as a word of some dictionary form.
 * @returns The nominative as the text would write it, or undefined.
 * @example
 * ```ts
 * const known = (word: string) => ["лавров", "москва", "захарова"].includes(word.toLowerCase());
 * [nominativeOf("Лаврова", known), nominativeOf("Москве", known), nominativeOf("Захаровой", known)]; // ["Лавров", "Москва", "Захарова"]
 * nominativeOf("Лавров", known); // undefined
 * ```
 */
export function nominativeOf(word: string, isDictionaryWord: (word: string) => boolean): string | undefined {
  if (!mayBeDeclined(word) || isDictionaryWord(word)) return undefined;
  const lower = word.toLowerCase();
  for (const ending of CYRILLIC_ENDINGS) {
    if (!lower.endsWith(ending) || word.length - ending.length < MIN_STEM) continue;
    const stem = word.slice(0, word.length - ending.length);
    for (const nominative of NOMINATIVE_ENDINGS) if (isDictionaryWord(stem + nominative)) return stem + nominative;
  }
  return undefined;
}

/**
 * Whether a word is written in a script whose languages decline nouns as {@link nominativeOf} reads
 * them: Cyrillic. Other words are their own nominative, and need not be remembered as such.
 * @param word - A word of a text.
 * @returns Whether {@link nominativeOf} may find a nominative for it.
 * @example
 * ```ts
 * [mayBeDeclined("Лаврова"), mayBeDeclined("Lavrova")]; // [true, false]
 * ```
 */
export function mayBeDeclined(word: string): boolean {
  return CYRILLIC.test(word);
}
