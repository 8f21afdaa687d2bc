// Follows modified Hepburn romanisation of Japanese kana (ANSI Z39.11-1972 / BS 4812), with the extended katakana of foreign words (ティ ti, ファ fa, ヴァ va).

const KATAKANA: Readonly<Record<string, string>> = {
  ア: "a", イ: "i", ウ: "u", エ: "e", オ: "o", カ: "ka", キ: "ki", ク: "ku", ケ: "ke", コ: "ko",
  ガ: "ga", ギ: "gi", グ: "gu", ゲ: "ge", ゴ: "go", サ: "sa", シ: "shi", ス: "su", セ: "se", ソ: "so",
  ザ: "za", ジ: "ji", ズ: "zu", ゼ: "ze", ゾ: "zo", タ: "ta", チ: "chi", ツ: "tsu", テ: "te", ト: "to",
  ダ: "da", ヂ: "ji", ヅ: "zu", デ: "de", ド: "do", ナ: "na", ニ: "ni", ヌ: "nu", ネ: "ne", ノ: "no",
  ハ: "ha", ヒ: "hi", フ: "fu", ヘ: "he", ホ: "ho", バ: "ba", ビ: "bi", ブ: "bu", ベ: "be", ボ: "bo",
  パ: "pa", ピ: "pi", プ: "pu", ペ: "pe", ポ: "po", マ: "ma", ミ: "mi", ム: "mu", メ: "me", モ: "mo",
  ヤ: "ya", ユ: "yu", ヨ: "yo", ラ: "ra", リ: "ri", ル: "ru", レ: "re", ロ: "ro", ワ: "wa", ヰ: "i",
  ヱ: "e", ヲ: "o", ン: "n", ヴ: "vu",
};
const SMALL_Y: Readonly<Record<string, string>> = { ャ: "a", ュ: "u", ョ: "o" };
const SMALL_VOWEL: Readonly<Record<string, string>> = { ァ: "a", ィ: "i", ゥ: "u", ェ: "e", ォ: "o", ヮ: "a" };
const HIRAGANA_OFFSET = 0x60;

function toKatakana(char: string): string {
  const code = char.charCodeAt(0);
  return code >= 0x3041 && code <= 0x3096 ? String.fromCharCode(code + HIRAGANA_OFFSET) : char;
}

const ENDING_VOWEL = /[aeiou]$/;
const ENDING_PALATAL_I = /(?:sh|ch|j)i$/;

/**
 * Romanises a run of hiragana or katakana: digraphs with small ya/yu/yo (キョ kyo, シャ sha), the
 * extended katakana of foreign words with small vowels (ティ ti, ファ fa, ウィ wi), the small tsu
 * doubling the next consonant (ボック bokku), and the long-vowel mark repeating the vowel (ハール haaru).
 *
 * @param text - Kana.
 * @returns ASCII Latin.
 * @example
 * ```ts
 * romanizeKana("ボック");       // "bokku"
 * romanizeKana("チャーチル");   // "chaachiru"
 * romanizeKana("ウィシット");   // "wishitto"
 * ```
 */
export function romanizeKana(text: string): string {
  let out = "";
  let previous = "";
  let geminate = false;
  for (const raw of text) {
    const char = toKatakana(raw);
    if (char === "ッ") { geminate = true; continue; }
    if (char === "ー") { out += ENDING_VOWEL.exec(out)?.[0] ?? ""; continue; }
    const y = SMALL_Y[char];
    if (y !== undefined && out.endsWith("i") && previous !== "イ") {
      out = ENDING_PALATAL_I.test(out) ? out.slice(0, -1) + y : `${out.slice(0, -1)}y${y}`;
      previous = char;
      continue;
    }
    const vowel = SMALL_VOWEL[char] ?? (y !== undefined ? `y${y}` : undefined);
    if (vowel !== undefined) {
      if (previous === "ウ") out = `${out.slice(0, -1)}w${vowel}`;
      else if (previous === "イ") out = `${out.slice(0, -1)}y${vowel}`;
      else if (ENDING_VOWEL.test(out) && previous !== "") out = out.slice(0, -1) + vowel;
      else out += vowel;
      previous = char;
      continue;
    }
    const syllable = KATAKANA[char] ?? char;
    if (geminate) out += syllable.startsWith("ch") ? "t" : (syllable[0] ?? "");
    geminate = false;
    out += syllable;
    previous = char;
  }
  return out;
}
