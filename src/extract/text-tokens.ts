// Word segmentation of running text by Unicode general category (UAX #29 word boundaries, simplified: letters, marks and digits form words), with the offsets of the original string.
import { ABBREVIATIONS_BEFORE_NAMES } from "../names/lexicon.js";
import { assertIsString } from "../validate/limits.js";

/** A word of a text, with what separates it from the word before. */
export interface TextWord {
  /** Offset of the first UTF-16 code unit in the text. */
  start: number;
  /** Offset just past the last code unit: `text.slice(start, end)` is the word. */
  end: number;
  /** The word as written. */
  text: string;
  /** Punctuation other than a hyphen or apostrophe comes before it: a name does not continue across. */
  breakBefore: boolean;
  /** It opens a sentence (first word, or after . ! ? or a line break), so a capital says nothing. */
  sentenceStart: boolean;
  /** Written in a script with capitals (Latin, Cyrillic, Greek, ...) and starting with a small letter. */
  lowercase: boolean;
  /** Written in a script with capitals and starting with a capital. */
  capitalised: boolean;
  /** A French or Italian elided article or preposition ("d'", "l'", "qu'"), or the "s" of an English possessive: never a name's first or last word. */
  clitic: boolean;
  /** The "s" of an English possessive ("Taliban's"). */
  possessive: boolean;
  /** Inside a web address: not prose. */
  inAddress: boolean;
}

/** A word, or an abbreviation written with a dot after each letter ("U.S.", "U.N."), its last dot included: the dictionary's "U.S." as one word. */
const WORD = /(?:\p{L}\.){2,}|[\p{L}\p{M}\p{N}]+/gu;
const ADDRESS = /(?:https?:\/\/|www\.)[^\s<>"'()]+/giu;
/** Hyphens and apostrophes, and the middle dots between the parts of a name in Chinese and Japanese ("ウラジーミル・プーチン"). */
const JOINERS = /^[-‐‑‒–'’ʼ·・･]$/u;
/** A letter of the scripts Chinese and Japanese write without spaces. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const HAN = /\p{Script=Han}/u;
const HIRAGANA = /\p{Script=Hiragana}/u;
const MARK = /\p{M}/u;
/** How a letter is written, for {@link scriptPieces}. */
type Writing = "han" | "hiragana" | "katakana" | "other";
const APOSTROPHE = /^['’ʼ]$/u;
const SENTENCE_END = /[.!?…։۔।。！？\n]/u;
/** The gap after an initial: a period, perhaps spaces. */
const AFTER_INITIAL = /^\.\s*$/u;
const NOT_SPACE = /[^\s]/u;
const ELIDED = new Set(["l", "d", "j", "m", "n", "s", "t", "c", "qu", "lorsqu", "puisqu", "jusqu", "quelqu", "dell", "nell", "sull", "all", "dall"]);

function hasCase(char: string): boolean {
  return char.toLowerCase() !== char.toUpperCase();
}

/**
 * Splits running text into words with their offsets, marking what a name finder needs: breaks in
 * punctuation, sentence starts, capitals, and the clitics of French elision and English possessives.
 * Runs in one pass over the text.
 *
 * @param text - Any text.
 * @returns The words, in order.
 * @example
 * ```ts
 * textWords("Le ministre d'Afghanistan.").map((w) => [w.text, w.clitic]);
 * // [["Le", false], ["ministre", false], ["d", true], ["Afghanistan", false]]
 * ```
 */
export function textWords(text: string): TextWord[] {
  assertIsString(text, "textWords", "a text");
  const words: TextWord[] = [];
  const addresses = [...text.matchAll(ADDRESS)].map((m) => [m.index, m.index + m[0].length] as const);
  let address = 0;
  let previousEnd = 0;
  for (const match of text.matchAll(WORD)) {
    // Most words are one piece: no array of pieces made for them.
    const pieces = UNSPACED.test(match[0]) ? scriptPieces(match.index, match[0]) : undefined;
    for (let piece = 0; piece < (pieces?.length ?? 1); piece++) {
      const start = pieces ? (pieces[piece] as readonly [number, string])[0] : match.index;
      const word = pieces ? (pieces[piece] as readonly [number, string])[1] : match[0];
      const gap = text.slice(previousEnd, start);
      const previous = words[words.length - 1];
      const joined = previous !== undefined && JOINERS.test(gap);
      // "A. Muttaqi": the period after a single capital is an initial's, not a sentence's.
      // So is the period after an abbreviation written before names ("Mr. Lavrov", "St. Petersburg").
      const initial = previous !== undefined && previous.capitalised && AFTER_INITIAL.test(gap) && (previous.text.length === 1 || ABBREVIATIONS_BEFORE_NAMES.includes(previous.text.toLowerCase()));
      const sentenceStart = previous === undefined || (!initial && SENTENCE_END.test(gap));
      const first = word[0] as string;
      const cased = hasCase(first);
      const entry: TextWord = {
        start,
        end: start + word.length,
        text: word,
        breakBefore: previous !== undefined && !joined && !initial && NOT_SPACE.test(gap),
        sentenceStart,
        lowercase: cased && first === first.toLowerCase(),
        capitalised: cased && first !== first.toLowerCase(),
        clitic: false,
        possessive: false,
        inAddress: false,
      };
      while (address < addresses.length && (addresses[address] as readonly [number, number])[1] <= start) address++;
      entry.inAddress = address < addresses.length && (addresses[address] as readonly [number, number])[0] <= start;
      if (previous && APOSTROPHE.test(gap)) {
        if (ELIDED.has(previous.text.toLowerCase())) previous.clitic = true;
        else if (word.toLowerCase() === "s") entry.clitic = entry.possessive = true;
      }
      words.push(entry);
      previousEnd = entry.end;
    }
  }
  return words;
}

/** Katakana's length mark belongs to no one script, and is written in katakana words. */
function writingOf(char: string): Writing {
  if (!UNSPACED.test(char) && char !== "ー" && char !== "ｰ") return "other";
  return HAN.test(char) ? "han" : HIRAGANA.test(char) ? "hiragana" : "katakana";
}

/**
 * A word cut where Japanese changes writing: a name in katakana, the Chinese characters of a title or
 * a word, the hiragana of a particle ("プーチン大統領は" is three words). Chinese characters together stay one
 * word here, which {@link cutHanRuns} cuts at the dictionary's words.
 */
function scriptPieces(start: number, word: string): Array<readonly [number, string]> {
  const pieces: Array<readonly [number, string]> = [];
  let from = 0;
  let writing: Writing | undefined;
  for (let i = 0; i < word.length; ) {
    const char = String.fromCodePoint(word.codePointAt(i) as number);
    // A combining mark (a dakuten written apart) stays with its letter.
    const current = writing !== undefined && MARK.test(char) ? writing : writingOf(char);
    if (writing !== undefined && current !== writing) {
      pieces.push([start + from, word.slice(from, i)]);
      from = i;
    }
    writing = current;
    i += char.length;
  }
  pieces.push([start + from, word.slice(from)]);
  return pieces;
}
