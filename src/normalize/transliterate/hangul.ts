// Follows the Revised Romanization of Korean (2000), computed from the Unicode Hangul syllable decomposition (Unicode §3.12).

const INITIALS = ["g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"];
const MEDIALS = ["a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu", "eu", "ui", "i"];
const FINALS = ["", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "p", "l", "l", "p", "l", "m", "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t"];
const SYLLABLE_BASE = 0xac00;
const SYLLABLE_COUNT = 11172;

/**
 * Romanises a Hangul run syllable by syllable (Revised Romanization; of the sound-change rules
 * across syllables only ㄹㄹ → "ll" is applied).
 *
 * @param text - Hangul syllables.
 * @returns ASCII Latin.
 * @example
 * ```ts
 * romanizeHangul("나가미네"); // "nagamine"
 * romanizeHangul("김정은");   // "gimjeongeun"
 * ```
 */
export function romanizeHangul(text: string): string {
  let out = "";
  for (const char of text) {
    const index = char.charCodeAt(0) - SYLLABLE_BASE;
    if (index < 0 || index >= SYLLABLE_COUNT) { out += char; continue; }
    const initial = Math.floor(index / 588);
    const medial = Math.floor((index % 588) / 28);
    const final = index % 28;
    out += `${out !== "" && initial === 5 && out.endsWith("l") ? "" : INITIALS[initial]}${MEDIALS[medial]}${FINALS[final]}`;
  }
  return out;
}
