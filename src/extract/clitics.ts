// Clitics cut from the word they are written joined to, as a morphological analyser's longest-affix match against a lexicon does (Korean josa, as tagged in the Sejong corpus; Hebrew prefix particles, as in MILA's analyser), with the dictionary's words as the lexicon.
import { hebrewPrefixCuts, koreanParticleOf } from "../names/lexicon.js";
import type { TextWord } from "./text-tokens.js";

const HANGUL = /^\p{Script=Hangul}/u;
const HEBREW = /^\p{Script=Hebrew}/u;

/**
 * Cuts from each word written joined to a clitic the dictionary word it holds: a Korean particle after
 * it ("러시아의", "푸틴은"), a Hebrew prefix before it ("ברוסיה", "in Russia"; "ולרוסיה", "and to Russia").
 * The clitic is dropped, and sets the name apart from the word that comes after a particle or before a
 * prefix: no name continues across "of" or "and". A word that is itself a dictionary word, or whose
 * remainder is none, stays whole: a name's last syllable may be written as a particle is ("김정은"), its
 * first letter as a prefix is ("ולדימיר"). Arabic's proclitics are read off by the lookup instead, and
 * stay in the mention.
 *
 * @param words - From {@link textWords}.
 * @param isDictionaryWord - Whether a word is written, once normalised, as a word of some dictionary form.
 * @returns The words, clitics cut from dictionary words.
 * @example
 * ```ts
 * const known = (word: string) => word === "러시아" || word === "רוסיה";
 * cutClitics(textWords("러시아의 외무장관"), known).map((w) => w.text); // ["러시아", "외무장관"]
 * cutClitics(textWords("השגריר ברוסיה"), known).map((w) => w.text);   // ["השגריר", "רוסיה"]
 * ```
 */
export function cutClitics(words: readonly TextWord[], isDictionaryWord: (word: string) => boolean): TextWord[] {
  const cut: TextWord[] = [];
  let afterParticle = false;
  for (const word of words) {
    const next = afterParticle ? { ...word, breakBefore: true } : word;
    afterParticle = false;
    if (HANGUL.test(word.text)) {
      const particle = koreanParticleOf(word.text);
      const stem = particle && word.text.slice(0, -particle.length);
      if (stem && !isDictionaryWord(word.text) && isDictionaryWord(stem)) {
        cut.push({ ...next, end: word.end - (particle as string).length, text: stem });
        afterParticle = true;
        continue;
      }
    } else if (HEBREW.test(word.text) && !isDictionaryWord(word.text)) {
      const prefix = hebrewPrefixCuts(word.text).find((length) => isDictionaryWord(word.text.slice(length)));
      if (prefix !== undefined) {
        cut.push({ ...next, start: word.start + prefix, text: word.text.slice(prefix), breakBefore: true });
        continue;
      }
    }
    cut.push(next);
  }
  return cut;
}
