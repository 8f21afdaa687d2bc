// Follows Unicode UAX #15 (NFKC) and UAX #44 general categories, with Arabic/Hebrew orthographic folding as in ICU's Arabic and Hebrew transforms.

const INVISIBLE =
  /[\u00AD\u061C\u0640\u064B-\u065F\u0670\u06D6-\u06ED\u0591-\u05BD\u05BF\u05C1\u05C2\u05C4\u05C5\u05C7\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

/** Arabic letter variants and Persian/Urdu code points that spell the same letter. */
const ARABIC_FOLD: Readonly<Record<string, string>> = {
  "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي",
  "ک": "ك", "ی": "ي", "ۀ": "ه", "ھ": "ه", "ے": "ي", "ە": "ه",
  "٠": "0", "١": "1", "٢": "2", "٣": "3", "٤": "4", "٥": "5", "٦": "6", "٧": "7", "٨": "8", "٩": "9",
  "۰": "0", "۱": "1", "۲": "2", "۳": "3", "۴": "4", "۵": "5", "۶": "6", "۷": "7", "۸": "8", "۹": "9",
};
const ARABIC_VARIANT = /[أإآٱىةؤئکیۀھےە٠-٩۰-۹]/g;
const HAS_ARABIC_VARIANT = /[أإآٱىةؤئکیۀھےە٠-٩۰-۹]/;

/** Latin letters that carry no decomposable mark but still fold to plain ASCII. */
const LATIN_FOLD: Readonly<Record<string, string>> = {
  "ø": "o", "æ": "ae", "œ": "oe", "ß": "ss", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ı": "i",
  "ə": "a", "ħ": "h", "ŋ": "ng", "ĸ": "k", "ſ": "s", "ƒ": "f", "ǝ": "e", "ɨ": "i",
  "ς": "σ", "ё": "е",
};
const LATIN_SPECIAL = /[øæœßłđðþıəħŋĸſƒǝɨςё]/g;
const HAS_LATIN_SPECIAL = /[øæœßłđðþıəħŋĸſƒǝɨςё]/;

const MARKS_AFTER_LATIN_OR_GREEK = /([\p{Script=Latin}\p{Script=Greek}])\p{M}+/gu;
const HAS_MARK = /\p{M}/u;
/**
 * Apostrophe-like characters, including the Arabic-transliteration ʿayn and hamza letters, which
 * normalising writes as "'".
 * @example
 * ```ts
 * "l’ONU".replace(APOSTROPHES, "'"); // "l'ONU"
 * ```
 */
export const APOSTROPHES = /[’‘ʼʻʹʾʿ`´]/g;
const ELISION = /(^|\s)([a-z])'(?=\p{L})/gu;
const POSSESSIVE = /(\p{L})'s(?=\s|$)/gu;
const HEBREW_GERESH = /([\u05D0-\u05EA])['׳]/g;
const ABBREVIATION = /(?:^|(?<=\s))(?:\p{L}\.){2,}(?=\s|$)/gu;
const SEPARATOR = /[^\p{L}\p{M}\p{N}'\u05F3]+/gu;
const STRAY_APOSTROPHE = /'/g;
const SPACES = / {2,}/g;
const DOTS = /\./g;
const PLAIN_WORDS = /^[A-Za-z0-9 ,.-]*$/;
const PLAIN_SEPARATOR = /[ ,.-]+/g;
/** What every abbreviation ABBREVIATION joins begins with: a word's first two letters each followed by a dot. */
const PLAIN_ABBREVIATION = /(?:^|\s)[A-Za-z]\.[A-Za-z]\./;

/**
 * Cleans a name or text for comparison while keeping its script: NFKC, zero-width and bidi marks
 * removed, Arabic tatweel/harakat and Hebrew points removed, Arabic and Persian letter variants
 * unified, case folded, Latin diacritics folded, punctuation turned into single spaces.
 *
 * The result is idempotent: `normalize(normalize(x)) === normalize(x)`.
 *
 * @param text - Any string.
 * @returns The normalised string, tokens separated by one space.
 * @throws TypeError when `text` is not a string.
 * @example
 * ```ts
 * normalize("Sergueï  LAVROV");   // "serguei lavrov"
 * normalize("Erdoğan");           // "erdogan"
 * normalize("أمير خان متقي");     // "امير خان متقي"
 * normalize("d'Afghanistan");     // "d afghanistan"
 * ```
 */
export function normalize(text: string): string {
  if (typeof text !== "string") {
    throw new TypeError(`[canonym] normalize expects a string, got ${text === null ? "null" : typeof text}`);
  }
  // Most dictionary names are plain ASCII words, initials included ("V. Putin"), which every step below
  // leaves as lowercase words; an abbreviation ("U.S.") takes the full path, which joins its letters.
  if (PLAIN_WORDS.test(text) && !PLAIN_ABBREVIATION.test(text)) return text.toLowerCase().replace(PLAIN_SEPARATOR, " ").trim();
  // Steps that change nothing are skipped where a cheaper test tells so: a replacement by a function costs
  // as much where it finds nothing, and a name without an apostrophe or a dot needs none of their five.
  let folded = text.normalize("NFKC").replace(INVISIBLE, "");
  if (HAS_ARABIC_VARIANT.test(folded)) folded = folded.replace(ARABIC_VARIANT, (c) => ARABIC_FOLD[c] ?? c);
  // Upper then lower case is a full case fold: "ᾀ" and "ἈΙ", "ß" and "SS" end alike.
  folded = folded.toUpperCase().toLowerCase().normalize("NFD");
  if (HAS_MARK.test(folded)) folded = folded.replace(MARKS_AFTER_LATIN_OR_GREEK, "$1");
  folded = folded.normalize("NFC");
  if (HAS_LATIN_SPECIAL.test(folded)) folded = folded.replace(LATIN_SPECIAL, (c) => LATIN_FOLD[c] ?? c);
  folded = folded.replace(APOSTROPHES, "'");
  const apostrophe = folded.includes("'");
  if (apostrophe) folded = folded.replace(HEBREW_GERESH, "$1\u05F3").replace(ELISION, "$1$2 ").replace(POSSESSIVE, "$1");
  if (folded.includes(".")) folded = folded.replace(ABBREVIATION, (m) => m.replace(DOTS, ""));
  folded = folded.replace(SEPARATOR, " ");
  // Only a stray apostrophe taken out can leave two spaces in a row: the separator's runs are one space each.
  if (apostrophe) folded = folded.replace(STRAY_APOSTROPHE, "").replace(SPACES, " ");
  return folded.trim();
}
