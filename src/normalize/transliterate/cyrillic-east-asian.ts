// Follows the Palladius system (Chinese in Cyrillic, 1860s) read back to Hanyu Pinyin, and the Polivanov system (Japanese in Cyrillic, 1917) read back to Hepburn, in ASCII.

/** Sequences only Palladius writes: цз (j/z), чж (zh), цы and сы (ci, si), a final нь (-n against -ng), ао, оу, эй. */
const PALLADIUS_MARKERS = /цз|чж|цы|сы|нь(?![аеёиоуыэюя])|[^аеёиоуыэюя](?:ао|оу|эй)/;
/** Sequences only Polivanov writes: дз, цу, сё, тё. */
const POLIVANOV_MARKERS = /дз|цу|сё|тё/;
/** A token made only of Japanese syllables as Polivanov writes them: (consonant) vowel, or н. */
const JAPANESE_SHAPED = /^(?:(?:дз|[кгсзтдцнхфмбпрвй])?[аиуэоёюя]|н(?![аиуэоёюя]))+$/;

const PALLADIUS_RULES: ReadonlyArray<readonly [RegExp, string]> = [
  [/цзы/g, "zi"], [/цы/g, "ci"], [/сы/g, "si"], [/чжи/g, "zhi"], [/чж/g, "zh"],
  [/цз(?=[июяеё])/g, "j"], [/цз/g, "z"], [/ц(?=[июяеё])/g, "q"], [/с(?=[июяеё])/g, "x"], [/ч(?=[июяеё])/g, "q"],
  [/ж/g, "r"], [/юнь/g, "yun"], [/юань/g, "yuan"], [/юэ/g, "yue"], [/юй/g, "yu"], [/юн/g, "yong"],
  [/ун(?![аеёиоуыэюяь])/g, "ong"], [/([^аеёиоуыэюя])я/g, "$1ia"], [/([^аеёиоуыэюя])е/g, "$1ie"], [/([^аеёиоуыэюя])ю/g, "$1iu"],
  [/^я/, "ya"], [/^е/, "ye"], [/^ю/, "you"], [/нь/g, "n"], [/н(?![аеёиоуыэюяь])/g, "ng"],
];
const PALLADIUS_LETTERS: Readonly<Record<string, string>> = {
  а: "a", б: "b", в: "w", г: "g", д: "d", е: "e", ё: "e", и: "i", й: "i", к: "k", л: "l", м: "m", н: "n", о: "o",
  п: "p", р: "r", с: "s", т: "t", у: "u", ф: "f", х: "h", ц: "c", ч: "ch", ш: "sh", ы: "i", ь: "", ъ: "", э: "e",
};

const POLIVANOV_RULES: ReadonlyArray<readonly [RegExp, string]> = [
  [/дзя/g, "ja"], [/дзю/g, "ju"], [/дзё/g, "jo"], [/дзи/g, "ji"], [/дз/g, "z"],
  [/ся/g, "sha"], [/сю/g, "shu"], [/сё/g, "sho"], [/си/g, "shi"],
  [/тя/g, "cha"], [/тю/g, "chu"], [/тё/g, "cho"], [/ти/g, "chi"], [/цу/g, "tsu"],
  [/([кгнхмрбп])я/g, "$1ya"], [/([кгнхмрбп])ю/g, "$1yu"], [/([кгнхмрбп])ё/g, "$1yo"],
  [/ё/g, "yo"], [/ю/g, "yu"], [/я/g, "ya"],
];
const POLIVANOV_LETTERS: Readonly<Record<string, string>> = {
  а: "a", б: "b", в: "w", г: "g", д: "d", е: "e", ж: "j", з: "z", и: "i", й: "i", к: "k", л: "r", м: "m", н: "n",
  о: "o", п: "p", р: "r", с: "s", т: "t", у: "u", ф: "f", х: "h", ц: "ts", ч: "ch", ш: "sh", ы: "i", ь: "", ъ: "", э: "e",
};

/** A reading of a Cyrillic token by one of the two systems. */
export interface EastAsianReading {
  /** The token in Pinyin or Hepburn, ASCII. */
  latin: string;
  /** The system the token was read by. */
  system: "Palladius" | "Polivanov";
}

function apply(text: string, rules: ReadonlyArray<readonly [RegExp, string]>, letters: Readonly<Record<string, string>>): string {
  let out = text;
  for (const [pattern, replacement] of rules) out = out.replace(pattern, replacement);
  return [...out].map((char) => letters[char] ?? char).join("");
}

/**
 * Other readings of a lowercase Cyrillic token that looks like a Chinese name written in Palladius
 * ("цзиньдун" → "jindong") or a Japanese one written in Polivanov ("утихара" → "uchihara"), as
 * Russian writes them; none for a token with no sign of either.
 *
 * @param text - A lowercase Cyrillic token.
 * @returns The readings, each with the system it follows.
 * @example
 * ```ts
 * eastAsianReadings("цзиньдун"); // [{ latin: "jindong", system: "Palladius" }]
 * eastAsianReadings("утихара");  // [{ latin: "uchihara", system: "Polivanov" }]
 * eastAsianReadings("жирнов");   // []
 * ```
 */
export function eastAsianReadings(text: string): EastAsianReading[] {
  const readings: EastAsianReading[] = [];
  if (PALLADIUS_MARKERS.test(text)) {
    readings.push({ latin: apply(text, PALLADIUS_RULES, PALLADIUS_LETTERS), system: "Palladius" });
  }
  if (POLIVANOV_MARKERS.test(text) || JAPANESE_SHAPED.test(text)) {
    readings.push({ latin: apply(text, POLIVANOV_RULES, POLIVANOV_LETTERS), system: "Polivanov" });
  }
  return readings;
}
