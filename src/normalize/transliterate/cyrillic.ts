// Follows BGN/PCGN romanisation for Russian (1947) and Belarusian (1979) and Ukraine's national system (2010), simplified to ASCII.

const COMMON: Readonly<Record<string, string>> = {
  а: "a", б: "b", в: "v", г: "g", д: "d", е: "e", ж: "zh", з: "z", и: "i", й: "y", к: "k",
  л: "l", м: "m", н: "n", о: "o", п: "p", р: "r", с: "s", т: "t", у: "u", ф: "f", х: "kh",
  ц: "ts", ч: "ch", ш: "sh", щ: "shch", ъ: "", ы: "y", ь: "", э: "e", ю: "yu", я: "ya",
  і: "i", ї: "yi", є: "ye", ґ: "g", ў: "w", ј: "j", љ: "lj", њ: "nj", ћ: "c", ђ: "dj", џ: "dz", ѕ: "dz",
};
const UKRAINIAN_MARKERS = /[іїєґ]/;
const BELARUSIAN_MARKERS = /[ўі]/;
const VOWELS = "аеёиоуыэюяіїєў";

/**
 * Romanises a lowercase Cyrillic run. Ukrainian (і ї є ґ) and Belarusian (ў) letters switch г to h
 * and и to y, as those languages' national systems do; initial е/є become "ye" as in Russian BGN.
 *
 * @param text - Lowercase Cyrillic text.
 * @returns ASCII Latin.
 * @example
 * ```ts
 * romanizeCyrillic("жирнов");    // "zhirnov"
 * romanizeCyrillic("київ");   // "kyiv"
 * ```
 */
export function romanizeCyrillic(text: string): string {
  const eastSlavicH = UKRAINIAN_MARKERS.test(text) || BELARUSIAN_MARKERS.test(text);
  const ukrainian = UKRAINIAN_MARKERS.test(text);
  let out = "";
  let previous = "";
  for (const char of text) {
    let latin = COMMON[char];
    if (char === "г" && eastSlavicH) latin = "h";
    else if (char === "и" && (ukrainian || text.includes("ў"))) latin = "y";
    else if (char === "ї" && ukrainian && previous !== "") latin = "i";
    else if (char === "е" && !ukrainian && (previous === "" || VOWELS.includes(previous) || previous === "ь" || previous === "ъ")) latin = "ye";
    out += latin ?? char;
    previous = char;
  }
  return out;
}
