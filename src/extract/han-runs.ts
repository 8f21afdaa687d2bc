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
 * Cuts each word of Chinese characters at the lexicon's words, longest first from the left: "习近平会见了王毅"
 * is 习近平, 会见了 and 王毅, so that names inside running Chinese or Japanese text are words of their own. A word
 * holding none is left whole, as is one whose normal form is not as long as it is written.
 *
 * @param words - From {@link textWords}.
 * @param lexiconOf - Gives the dictionary's {@link hanLexicon}, asked for only when some word is written in Chinese characters.
 * @returns The words, those of Chinese characters cut.
 * @example
 * ```ts
 * cutHanRuns(textWords("习近平会见了王毅。"), () => hanLexicon(["习近平\n王毅\n"])).map((w) => w.text); // ["习近平", "会见了", "王毅"]
 * ```
 */
export function cutHanRuns(words: readonly TextWord[], lexiconOf: () => HanLexicon): TextWord[] {
  if (!words.some((word) => HAN.test(word.text))) return [...words];
  const lexicon = lexiconOf();
  const cut: TextWord[] = [];
  for (const word of words) {
    const normalized = HAN.test(word.text) ? normalize(word.text) : "";
    if (normalized.length !== word.text.length || normalized.length < 2) {
      cut.push(word);
      continue;
    }
    let rest = 0;
    const piece = (from: number, to: number): void => {
      if (from === to) return;
      const first = from === 0;
      cut.push({ ...word, start: word.start + from, end: word.start + to, text: word.text.slice(from, to), breakBefore: first && word.breakBefore, sentenceStart: first && word.sentenceStart });
    };
    for (let at = 0; at < normalized.length; ) {
      const length = longestWordAt(normalized, at, lexicon);
      if (length === 0) {
        at++;
        continue;
      }
      piece(rest, at);
      piece(at, at + length);
      at += length;
      rest = at;
    }
    piece(rest, normalized.length);
  }
  return cut;
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
