// Suffix stripping to a lemma, with noun endings after those of the Snowball Russian stemmer (Porter 2001) and of the Snowball Finnish and Lithuanian stemmers with the Polish, Czech, Slovak, Croatian and Latvian case endings of masculine and feminine nouns, each stem checked against the dictionary's own words rather than trusted.

/** How one script's languages decline a noun: the endings of the other cases, what the nominative ends with instead, the letters a stem keeps. */
interface Declension {
  /** Longest first. */
  endings: readonly string[];
  nominativeEndings: readonly string[];
  minStem: number;
}

/**
 * Russian, and its neighbours in Cyrillic, outside the nominative: "Лаврова", "Путину", "Лавровым",
 * "Москве", "Захаровой", "талибов"; the nominative's ending where the case's replaced it: Москв-а,
 * Росси-я, Кита-й, Захаров-а, талиб-ы.
 */
const CYRILLIC: Declension = {
  endings: ["ами", "ями", "ого", "его", "ому", "ему", "ыми", "ими", "ой", "ей", "ою", "ею", "ом", "ем", "ём", "ым", "им", "ов", "ев", "ам", "ям", "ах", "ях", "а", "я", "у", "ю", "е", "ы", "и"],
  nominativeEndings: ["", "а", "я", "й", "ь", "ы", "и"],
  minStem: 3,
};

/**
 * The Latin-script languages that decline a foreign name: Polish ("Putinem", "Ławrowowi", "Moskwie",
 * "Zacharowej"), Czech and Slovak ("Putinovi", "Lavrovem", "Moskvě", "Zacharovou"), Croatian ("Putinom"),
 * Finnish ("Putinin", "Putinille", "Kabulissa"), Lithuanian ("Putinas", "Putinui") and Latvian ("Putinam",
 * "Kabulā"). Not "-i", "-n" nor "-s", nor a stem under five letters: "Yemeni", "Russian", "Regions" and
 * "Malia" are English words, not cases of Yemen, Russia, a region and Mali.
 */
const LATIN: Declension = {
  endings: ["ille", "issa", "ista", "owi", "ovi", "lle", "lla", "lta", "ssa", "sta", "iin", "ej", "in", "ia", "em", "om", "ie", "ou", "ów", "as", "ui", "am", "is", "us", "a", "u", "e", "é", "ě", "ą", "ę", "y", "o", "ā"],
  nominativeEndings: ["", "a"],
  minStem: 5,
};

const CYRILLIC_WORD = /^\p{Script=Cyrillic}/u;
/** A word in Latin letters that begins with a capital: the languages above capitalise names, and their common nouns are not the dictionary's. */
const CAPITALISED_LATIN_WORD = /^\p{Lu}/u;
const LATIN_WORD = /^\p{Script=Latin}+$/u;

function declensionOf(word: string): Declension | undefined {
  if (CYRILLIC_WORD.test(word)) return CYRILLIC;
  return CAPITALISED_LATIN_WORD.test(word) && LATIN_WORD.test(word) ? LATIN : undefined;
}

/**
 * The dictionary word a declined word is a case of: its ending taken off, the nominative's put back,
 * the first such word the dictionary has, longest ending first. A word the dictionary has as written,
 * or in a script or casing {@link mayBeDeclined} leaves alone, is its own nominative: undefined.
 *
 * @param word - A word of a text, as written.
 * @param isDictionaryWord - Whether a word is written, once normalised, as a word of some dictionary form.
 * @returns The nominative as the text would write it, or undefined.
 * @example
 * ```ts
 * const known = (word: string) => ["лавров", "москва", "захарова", "putin", "moskwa"].includes(word.toLowerCase());
 * [nominativeOf("Лаврова", known), nominativeOf("Москве", known), nominativeOf("Захаровой", known)]; // ["Лавров", "Москва", "Захарова"]
 * [nominativeOf("Putinem", known), nominativeOf("Moskwie", known)]; // ["Putin", "Moskwa"]
 * nominativeOf("Лавров", known); // undefined
 * ```
 */
export function nominativeOf(word: string, isDictionaryWord: (word: string) => boolean): string | undefined {
  const declension = declensionOf(word);
  if (declension === undefined || isDictionaryWord(word)) return undefined;
  const lower = word.toLowerCase();
  for (const ending of declension.endings) {
    if (!lower.endsWith(ending) || word.length - ending.length < declension.minStem) continue;
    const stem = word.slice(0, word.length - ending.length);
    for (const nominative of declension.nominativeEndings) if (isDictionaryWord(stem + nominative)) return stem + nominative;
  }
  return undefined;
}

/**
 * Whether a word is one whose case {@link nominativeOf} reads: a Cyrillic word, or a capitalised word
 * in Latin letters. Other words are their own nominative, and need not be remembered as such.
 * @param word - A word of a text.
 * @returns Whether {@link nominativeOf} may find a nominative for it.
 * @example
 * ```ts
 * [mayBeDeclined("Лаврова"), mayBeDeclined("Putinem"), mayBeDeclined("said"), mayBeDeclined("普京")]; // [true, true, false, false]
 * ```
 */
export function mayBeDeclined(word: string): boolean {
  return declensionOf(word) !== undefined;
}
