// Sound-bearing units per script for the learned transliteration model: letters (Arabic, Hebrew, Cyrillic, Greek; the letters other languages add to Arabic and Cyrillic script as Arabic and Russian transcribe their sounds), Hangul syllable parts (Unicode §3.12), kana, and Han syllables (Hanyu Pinyin).
import { assertIsString } from "../validate/limits.js";
import { transliterate } from "transliteration";
import { scriptOf, type Script } from "../normalize/script.js";

const HANGUL_BASE = 0xac00;
const HANGUL_COUNT = 11172;
const HIRAGANA_TO_KATAKANA = 0x60;
const NOT_LETTER = /[^a-z]/g;
const CYRILLIC_CONSONANT = /^[бвгджзйклмнпрстфхцчшщґ]$/;
const CYRILLIC_SOFT = /^[еёиюяьієї]$/;
const SMALL_KANA = "ァィゥェォャュョヮ";
const EDGE_MARKED: readonly Script[] = ["arabic", "hebrew", "cyrillic", "greek"];
/**
 * Letters that the languages sharing a script add to it, as the letters of the language the script's
 * model learned from (Arabic, Russian) spell the same sounds with: the models learned from names in
 * that language's spelling, which hardly has them, so read as themselves they were units a model
 * could not write ("گورباچف", Gorbachev, 0.60 to its Latin form; "Київ", Kyiv, 0.60). Persian, Urdu
 * and Pashto g as غ, ch as تش, p as ب, zh as ج, v as ف, retroflex t, d, r as ت د ر; Ukrainian і, ї, є,
 * ґ, Belarusian ў, Serbian and Macedonian ђ, ј, љ, њ, ћ, џ, and the letters of Kazakh, Uzbek, Tajik
 * and Mongolian as Russian transcribes them (Ђоковић as Джокович, Љубљана as Любляна).
 */
const AS_THE_MODEL_WRITES_THEM: Readonly<Partial<Record<Script, Readonly<Record<string, readonly string[]>>>>> = {
  arabic: {
    گ: ["غ"], چ: ["ت", "ش"], پ: ["ب"], ژ: ["ج"], ڤ: ["ف"], ٹ: ["ت"], ڈ: ["د"], ڑ: ["ر"], ں: ["ن"],
    ټ: ["ت"], ډ: ["د"], ړ: ["ر"], ڼ: ["ن"], ښ: ["ش"], ې: ["ي"], ۍ: ["ي"],
  },
  cyrillic: {
    і: ["и"], ї: ["й", "и"], є: ["е"], ґ: ["г"], ў: ["у"],
    ђ: ["д", "ж"], ј: ["й"], љ: ["л", "ь"], њ: ["н", "ь"], ћ: ["ч"], џ: ["д", "ж"], ѓ: ["г"], ќ: ["к"], ѕ: ["д", "з"],
    ә: ["а"], ғ: ["г"], қ: ["к"], ң: ["н"], ө: ["о"], ұ: ["у"], ү: ["у"], һ: ["х"], ҳ: ["х"], ӣ: ["и"], ӯ: ["у"], ҷ: ["д", "ж"],
  },
};

function hangulJamo(char: string): string[] {
  const index = char.charCodeAt(0) - HANGUL_BASE;
  if (index < 0 || index >= HANGUL_COUNT) return [char];
  const final = index % 28;
  // Initial and vowel together: how a consonant is heard depends on the vowel after it (시 is "shi").
  const units = [`i${Math.floor(index / 588)}m${Math.floor((index % 588) / 28)}`];
  if (final > 0) units.push(`f${final}`);
  return units;
}

/** A token cut into the units a learned model spells, from {@link transliterationUnits}. */
export interface TransliterationUnits {
  /** The token's script. */
  script: Script;
  /** Its units, the first marked "^", the last "$". */
  units: string[];
}

/**
 * Splits a normalised token into the units a learned transliteration model reads: one letter each
 * for alphabets and abjads (marked at the word's edges, and for Cyrillic consonants before a soft
 * vowel), Hangul as initial-with-vowel and final, katakana with any small kana after it for both
 * kana syllabaries, and one pinyin syllable per Han character.
 *
 * @param token - A normalised token.
 * @returns The script of the token's first letter and its units; an empty list for a Latin token.
 * @example
 * ```ts
 * transliterationUnits("бутин");  // { script: "cyrillic", units: ["^б", "у", "т'", "и", "н$"] }
 * transliterationUnits("김");      // { script: "hangul", units: ["i0m20", "f16"] }
 * transliterationUnits("北京");    // { script: "han", units: ["bei", "jing"] }
 * transliterationUnits("گاندي");  // { script: "arabic", units: ["^غ", "ا", "ن", "د", "ي$"] }
 * transliterationUnits("џорџ");   // { script: "cyrillic", units: ["^д", "ж", "о", "р", "д", "ж$"] }
 * ```
 */
export function transliterationUnits(token: string): TransliterationUnits {
  assertIsString(token, "transliterationUnits", "a token");
  const first = token.codePointAt(0);
  const script = scriptOf(first === undefined ? "" : String.fromCodePoint(first));
  if (script === "latin") return { script, units: [] };
  const chars = [...token];
  const units: string[] = [];
  for (const char of chars) {
    const charScript = scriptOf(char);
    if (charScript === "hangul") units.push(...hangulJamo(char));
    else if (charScript === "han") units.push(transliterate(char, { unknown: "" }).toLowerCase().replace(NOT_LETTER, "") || char);
    else if (charScript === "kana") {
      const katakana = char >= "\u3041" && char <= "\u3096" ? String.fromCharCode(char.charCodeAt(0) + HIRAGANA_TO_KATAKANA) : char;
      // A small kana makes one syllable with the kana before it: キャ kya, ティ ti, ファ fa.
      if (SMALL_KANA.includes(katakana) && units.length > 0) units[units.length - 1] += katakana;
      else units.push(katakana);
    } else units.push(...(AS_THE_MODEL_WRITES_THEM[charScript]?.[char] ?? [char]));
  }
  // A Cyrillic consonant before a soft vowel is another sound (т in "ти" is the "chi" of Japanese names,
  // ц in "ци" the "ci" of Polish ones), so it is a unit of its own.
  if (script === "cyrillic") {
    for (let i = 0; i + 1 < units.length; i++) {
      if (CYRILLIC_CONSONANT.test(units[i] as string) && CYRILLIC_SOFT.test(units[i + 1] as string)) units[i] += "'";
    }
  }
  // Letters of alphabets and abjads are written differently at the edges of a word (initial е is
  // "ye", final silent letters in French names), so their first and last letters are units of their own.
  if (EDGE_MARKED.includes(script) && units.length > 1) {
    units[0] = `^${units[0]}`;
    units[units.length - 1] = `${units[units.length - 1]}$`;
  }
  return { script, units };
}
