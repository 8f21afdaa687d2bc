// Korean particles cut from the noun before them, as a morphological analyser's longest-suffix match against a lexicon does (the josa of the Sejong corpus's tag set), with the dictionary's words as the lexicon.
import { koreanParticleOf } from "../names/lexicon.js";
import type { TextWord } from "./text-tokens.js";

const HANGUL = /^\p{Script=Hangul}/u;

/**
 * Cuts the particle off each Korean word that is a dictionary word followed by one ("러시아의", "푸틴은"):
 * the word keeps its name and the particle, which no name continues across, is dropped, the next word
 * set apart by it. A word that is itself a dictionary word, or whose stem is none, stays whole: a name's
 * last syllable may be written as a particle is ("김정은").
 *
 * @param words - From {@link textWords}.
 * @param isDictionaryWord - Whether a word is written, once normalised, as a word of some dictionary form.
 * @returns The words, particles cut from dictionary words.
 * @example
 * ```ts
 * cutKoreanParticles(textWords("러시아의 외무장관"), (word) => word === "러시아").map((w) => w.text); // ["러시아", "외무장관"]
 * ```
 */
export function cutKoreanParticles(words: readonly TextWord[], isDictionaryWord: (word: string) => boolean): TextWord[] {
  const cut: TextWord[] = [];
  let afterParticle = false;
  for (const word of words) {
    const next = afterParticle ? { ...word, breakBefore: true } : word;
    const particle = HANGUL.test(word.text) ? koreanParticleOf(word.text) : undefined;
    const stem = particle && word.text.slice(0, -particle.length);
    afterParticle = stem !== undefined && !isDictionaryWord(word.text) && isDictionaryWord(stem);
    cut.push(afterParticle && stem ? { ...next, end: word.end - (particle as string).length, text: stem } : next);
  }
  return cut;
}
