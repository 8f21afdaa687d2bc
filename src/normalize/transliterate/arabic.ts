// Follows the ALA-LC / UNGEGN romanisation of Arabic (and its Persian and Urdu extensions), with long-vowel letters read as vowels as ICU's Arabic-Latin does.

const CONSONANTS: Readonly<Record<string, string>> = {
  ب: "b", ت: "t", ث: "th", ج: "j", ح: "h", خ: "kh", د: "d", ذ: "dh", ر: "r", ز: "z",
  س: "s", ش: "sh", ص: "s", ض: "d", ط: "t", ظ: "z", غ: "gh", ف: "f", ق: "q", ك: "k",
  ل: "l", م: "m", ن: "n", ه: "h", پ: "p", چ: "ch", ژ: "zh", گ: "g", ڤ: "v", ٹ: "t",
  ڈ: "d", ڑ: "r", ں: "n", ۃ: "h", ڭ: "ng", ء: "",
};
const VOWEL_LETTERS = "اويع";

/**
 * Romanises a normalised Arabic-script run (Arabic, Persian, Urdu). Unlike a letter-for-letter
 * table, alef is kept as "a", and و / ي are read as the vowels u / i between consonants and as the
 * consonants w / y at the start or beside another vowel letter, which is how foreign names are
 * spelled in Arabic script.
 *
 * @param text - Text already passed through {@link normalize}.
 * @returns ASCII Latin.
 * @example
 * ```ts
 * romanizeArabic("كابولوف"); // "kabuluf"
 * romanizeArabic("روسيا");   // "rusya"
 * ```
 */
export function romanizeArabic(text: string): string {
  const letters = [...text];
  let out = "";
  for (let i = 0; i < letters.length; i++) {
    const char = letters[i] as string;
    const previous = letters[i - 1];
    const next = letters[i + 1];
    const atStart = i === 0;
    const nextIsVowel = next !== undefined && VOWEL_LETTERS.includes(next);
    switch (char) {
      case "ا":
        if (atStart && next === "و") { out += "u"; i++; }
        else if (atStart && next === "ي") { out += "i"; i++; }
        else out += "a";
        break;
      case "و":
        out += atStart || nextIsVowel || previous === "ا" ? "w" : "u";
        break;
      case "ي":
        out += atStart || nextIsVowel || previous === "ا" ? "y" : "i";
        break;
      case "ع":
        out += "a";
        break;
      case "ه":
        out += i === letters.length - 1 && !atStart ? "a" : "h";
        break;
      default:
        out += CONSONANTS[char] ?? char;
    }
  }
  return out;
}
