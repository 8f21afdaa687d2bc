// Sound classes in the spirit of the Europe Media Monitor's name-variant normalisation (Steinberger & Pouliquen 2009) and Beider-Morse phonetic matching.
import { assertIsString } from "../validate/limits.js";

/**
 * Folds romanised spellings that stand for one sound into one symbol. Capitals are symbols of
 * their own: S = sh/ch/sch/tsh, J = j/zh/dzh/dj, C = ts/tz, H = kh.
 */
const DIGRAPHS: Readonly<Record<string, string>> = { shch: "S", tsch: "S", tsh: "S", dzh: "J", sch: "S", tch: "S", sh: "S", ch: "S", zh: "J", dj: "J", kh: "H", gh: "g", ph: "f", th: "t", dh: "d", ck: "k", ts: "C", tz: "C", ou: "u", oo: "u", ee: "i", x: "ks", j: "J" };
/** The keys of DIGRAPHS, longest first, so that "shch" wins over "sh". */
const DIGRAPH_PATTERN = /shch|tsch|tsh|dzh|sch|tch|sh|ch|zh|dj|kh|gh|ph|th|dh|ck|ts|tz|ou|oo|ee|x|j/g;

/** Character codes of the letters soundSymbols reads or writes. */
const A = 97, C = 99, E = 101, I = 105, K = 107, O = 111, S = 115, U = 117, V = 118, W = 119, Y = 121;

/**
 * Rewrites a romanised token as a string of sound symbols: digraphs folded (sh/ch/sch → S,
 * zh/j → J, kh → H, ph → f, th → t, ou → u), c read as s before e/i/y and k elsewhere, w read
 * as v except at the end ("Moscow"), y as a consonant before a vowel and as i elsewhere, doubled
 * letters once.
 *
 * @param latin - Lowercase ASCII from {@link toLatin}.
 * @returns The symbol string; vowels stay as a e i o u.
 * @example
 * ```ts
 * soundSymbols("zhirnov"); // "Jirnov"
 * soundSymbols("muttaqi"); // "mutaqi"
 * ```
 */
export function soundSymbols(latin: string): string {
  assertIsString(latin, "soundSymbols", "a romanised token");
  const folded = latin.replace(DIGRAPH_PATTERN, (m) => DIGRAPHS[m] ?? m);
  // Character codes, not one-letter strings and patterns: building an index reads hundreds of thousands of tokens.
  let out = "";
  let last = -1;
  for (let i = 0; i < folded.length; i++) {
    const code = folded.charCodeAt(i);
    const next = folded.charCodeAt(i + 1);
    let symbol = code;
    if (code === C) symbol = next === E || next === I || next === Y ? S : K;
    else if (code === W) symbol = i + 1 === folded.length ? U : V;
    else if (code === Y) symbol = next === A || next === E || next === I || next === O || next === U ? Y : I;
    if (symbol !== last) out += String.fromCharCode(symbol);
    last = symbol;
  }
  return out;
}

/** Coarse classes for candidate keys: labials, dentals, velars, sibilants, liquids, nasals. */
const KEY_CLASS: Readonly<Record<string, string>> = {
  b: "B", p: "B", f: "B", v: "B",
  t: "T", d: "T",
  k: "K", q: "K", g: "K", H: "K",
  s: "S", z: "S", S: "S", J: "S", C: "S",
  l: "L", r: "R", m: "M", n: "N",
};

/**
 * The coarse consonant skeleton of a sound-symbol string, used to find candidates across scripts:
 * vowels, h, y and ʿayn disappear, consonants fall into six classes, repeats collapse. Vowel-less
 * and differently transliterated spellings of one name share it or differ by one class.
 *
 * @param symbols - Output of {@link soundSymbols}.
 * @returns The key, possibly empty for an all-vowel token.
 * @example
 * ```ts
 * consonantKey(soundSymbols("zhirnov"));  // "SRNB"
 * consonantKey(soundSymbols("zyirnuf"));  // "SRNB"
 * ```
 */
export function consonantKey(symbols: string): string {
  assertIsString(symbols, "consonantKey", "sound symbols");
  let key = "";
  let last: string | undefined;
  for (let i = 0; i < symbols.length; i++) {
    const cls = KEY_CLASS[symbols[i] as string];
    if (cls === undefined || cls === last) continue;
    key += cls;
    last = cls;
  }
  return key;
}

/**
 * The class of a symbol in {@link consonantKey}, or undefined for vowels and weak consonants.
 * @example
 * ```ts
 * keyClassOf("v"); // "B": like p, b and f
 * keyClassOf("a"); // undefined
 * ```
 */
export function keyClassOf(symbol: string): string | undefined {
  return Object.hasOwn(KEY_CLASS, symbol) ? KEY_CLASS[symbol] : undefined;
}
