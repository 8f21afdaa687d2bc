// Follows the Academy of the Hebrew Language's 2006 simplified romanisation, with unpointed vav and yod read as vowels as in common name spelling.

const LETTERS: Readonly<Record<string, string>> = {
  ב: "b", ג: "g", ד: "d", ה: "h", ז: "z", ח: "kh", ט: "t", כ: "k", ך: "kh", ל: "l",
  מ: "m", ם: "m", נ: "n", ן: "n", ס: "s", פ: "p", ף: "f", צ: "ts", ץ: "ts", ק: "k",
  ר: "r", ש: "sh", ת: "t",
};
const WITH_GERESH: Readonly<Record<string, string>> = { ג: "j", ז: "zh", צ: "ch", ץ: "ch", ת: "th", ד: "dh" };

/**
 * Romanises a normalised Hebrew run. Unpointed text has no short vowels, so vav is read as "v" at
 * the start or doubled and as "o" elsewhere, yod as "y" at the start or doubled and as "i"
 * elsewhere, alef and ayin as "a" unless a vowel letter follows; a geresh marks the borrowed
 * sounds j, zh and ch.
 *
 * @param text - Text already passed through {@link normalize}.
 * @returns ASCII Latin.
 * @example
 * ```ts
 * romanizeHebrew("ליבגולד"); // "livgold"
 * romanizeHebrew("ג׳ורג׳");  // "jorj"
 * ```
 */
export function romanizeHebrew(text: string): string {
  const letters = [...text];
  let out = "";
  for (let i = 0; i < letters.length; i++) {
    const char = letters[i] as string;
    const next = letters[i + 1];
    const atStart = i === 0;
    if (char === "\u05F3") continue;
    if (next === "\u05F3" && WITH_GERESH[char]) { out += WITH_GERESH[char]; continue; }
    switch (char) {
      case "ו":
        if (next === "ו") { out += "v"; i++; }
        else out += atStart ? "v" : "o";
        break;
      case "י":
        if (next === "י") { out += atStart ? "y" : "ei"; i++; }
        else out += atStart ? "y" : "i";
        break;
      case "א":
      case "ע":
        out += next === "ו" || next === "י" ? "" : "a";
        break;
      case "ה":
        out += i === letters.length - 1 && !atStart ? "a" : "h";
        break;
      case "פ":
        out += atStart ? "p" : "f";
        break;
      case "ב":
        out += atStart ? "b" : "v";
        break;
      default:
        out += LETTERS[char] ?? char;
    }
  }
  return out;
}
