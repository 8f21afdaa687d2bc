// Forward maximum matching over a lexicon, the baseline segmenter of Chinese text written without spaces (Liu & Liang 1986; Wong & Chan, "Chinese word segmentation based on maximum matching and word binding force", COLING 1996).
import { normalize } from "../normalize/normalize.js";
import type { TextWord } from "./text-tokens.js";

/** The words a dictionary writes in Chinese characters, two or more, and every beginning of one. */
export interface HanLexicon {
  words: ReadonlySet<string>;
  prefixes: ReadonlySet<string>;
}

const HAN_WORD = /\p{Script=Han}{2,}/gu;
const HAN = /^\p{Script=Han}/u;

/**
 * The words in Chinese characters of some texts (a dictionary's normalised forms): each run of two
 * characters or more. A single character is no word to cut text at: 习, 王 and 李 are family names
 * and parts of common words (学习).
 *
 * @param texts - Texts holding the dictionary's forms, normalised.
 * @returns The lexicon.
 * @example
 * ```ts
 * const lexicon = hanLexicon(["习近平\nxi jinping\n王毅\n"]);
 * [lexicon.words.has("王毅"), lexicon.prefixes.has("习近")]; // [true, true]
 * ```
 */
export function hanLexicon(texts: readonly string[]): HanLexicon {
  const words = new Set<string>();
  const prefixes = new Set<string>();
  for (const text of texts) {
    for (const [word] of text.matchAll(HAN_WORD)) {
      if (words.has(word)) continue;
      words.add(word);
      for (let end = 1; end <= word.length; end++) prefixes.add(word.slice(0, end));
    }
  }
  return { words, prefixes };
}

/**
 * Cuts each word of Chinese characters at the lexicon's words, longest first from the left, so that names
 * inside running Chinese or Japanese text are words of their own: "习近平会见了王毅" is 习近平 and 王毅. What lies
 * between holds no dictionary word and is dropped, a break in its place: alone in characters it could only
 * be a name the dictionary spells otherwise, which a lone word without capitals never is. A word holding no
 * lexicon word is left whole, as is one whose normal form is not as long as it is written.
 *
 * @param words - From {@link textWords}.
 * @param lexiconOf - Gives the dictionary's {@link hanLexicon}, asked for only when some word is written in Chinese characters.
 * @returns The words, those of Chinese characters cut.
 * @example
 * ```ts
 * cutHanRuns(textWords("习近平会见了王毅。"), () => hanLexicon(["习近平\n王毅\n"])).map((w) => w.text); // ["习近平", "王毅"]
 * ```
 */
export function cutHanRuns(words: readonly TextWord[], lexiconOf: () => HanLexicon): readonly TextWord[] {
  if (!words.some((word) => HAN.test(word.text))) return words;
  const lexicon = lexiconOf();
  const cut: TextWord[] = [];
  // Whether text was dropped since the last word kept: the next word kept does not continue a name across it.
  let dropped = false;
  for (const word of words) {
    const normalized = HAN.test(word.text) ? normalize(word.text) : "";
    const found = normalized.length === word.text.length ? lexiconWords(normalized, lexicon) : [];
    if (found.length === 0 || (found.length === 1 && found[0]?.[0] === 0 && found[0][1] === word.text.length)) {
      cut.push(dropped ? { ...word, breakBefore: true } : word);
      dropped = false;
      continue;
    }
    for (const [from, to] of found) {
      const first = from === 0;
      const breakBefore = first ? word.breakBefore || dropped : true;
      cut.push({ ...word, start: word.start + from, end: word.start + to, text: word.text.slice(from, to), breakBefore, sentenceStart: first && word.sentenceStart });
    }
    dropped = (found[found.length - 1]?.[1] ?? 0) < word.text.length;
  }
  return cut;
}

/** Where the lexicon's words lie in a text of Chinese characters, longest first from the left. */
function lexiconWords(text: string, lexicon: HanLexicon): Array<readonly [number, number]> {
  const found: Array<readonly [number, number]> = [];
  for (let at = 0; at < text.length; ) {
    const length = longestWordAt(text, at, lexicon);
    if (length === 0) at++;
    else {
      found.push([at, at + length]);
      at += length;
    }
  }
  return found;
}

/** The length of the longest lexicon word that `text` holds at `at`, or 0. */
function longestWordAt(text: string, at: number, lexicon: HanLexicon): number {
  let longest = 0;
  for (let end = at + 1; end <= text.length; end++) {
    const prefix = text.slice(at, end);
    if (!lexicon.prefixes.has(prefix)) break;
    if (end - at >= 2 && lexicon.words.has(prefix)) longest = end - at;
  }
  return longest;
}
