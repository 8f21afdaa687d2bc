// Wade–Giles to Hanyu Pinyin, syllable by syllable, after the Library of Congress's Pinyin Conversion Project tables (2000), with the apostrophes of aspiration dropped as the press drops them: each initial read unaspirated.

/** Wade–Giles initials, longest first, and the pinyin initial each is read as before finals other than i- and ü-ones. */
const INITIALS: ReadonlyArray<readonly [wadeGiles: string, pinyin: string]> = [
  ["ch", "zh"], ["hs", "x"], ["ts", "z"], ["tz", "z"], ["ss", "s"], ["sz", "s"], ["sh", "sh"],
  ["j", "r"], ["k", "g"], ["p", "b"], ["t", "d"], ["m", "m"], ["f", "f"], ["n", "n"], ["l", "l"], ["h", "h"], ["s", "s"], ["y", "y"], ["w", "w"], ["", ""],
];

/** Wade–Giles finals (ü and ŭ folded to u, ê to e, as normalising folds them) and their pinyin; "o", "u" and "ih" depend on the initial. */
const FINALS: ReadonlyMap<string, string> = new Map([
  ["a", "a"], ["ai", "ai"], ["an", "an"], ["ang", "ang"], ["ao", "ao"], ["e", "e"], ["ei", "ei"], ["en", "en"], ["eng", "eng"], ["erh", "er"],
  ["i", "i"], ["ia", "ia"], ["iang", "iang"], ["iao", "iao"], ["ieh", "ie"], ["ien", "ian"], ["ih", "i"], ["in", "in"], ["ing", "ing"], ["iu", "iu"], ["iung", "iong"],
  ["o", "o"], ["ou", "ou"], ["u", "u"], ["ua", "ua"], ["uai", "uai"], ["uan", "uan"], ["uang", "uang"], ["ueh", "ue"], ["uei", "ui"], ["ui", "ui"], ["un", "un"], ["ung", "ong"], ["uo", "uo"],
]);

/** Initials before which Wade–Giles "o" is pinyin "e" (ko, ho), and those before which it is "o" (po, mo, fo, wo, yo); after the rest it is "uo" (to, lo, tso). */
const O_AS_E = new Set(["k", "h"]);
const O_AS_O = new Set(["p", "m", "f", "w", "y", ""]);
/** Finals that pinyin writes otherwise after y: yeh, yen, yung, yüeh. WG "yu" is pinyin "you" or, its ü folded, "yu": left as it is. */
const AFTER_Y: ReadonlyMap<string, string> = new Map([["eh", "e"], ["en", "an"], ["ung", "ong"], ["ueh", "ue"]]);
/** Initials whose "u" is pinyin's apical "i": tzu, tsu, ssu, szu. */
const APICAL = new Set(["ts", "tz", "ss", "sz"]);

/**
 * A Latin token read as the pinyin of the Wade–Giles syllable it spells, as Taiwan and older
 * English-language writing spell Chinese names: "Tse" → ze, "tung" → dong, "Hsi" → xi, "Chin" →
 * jin, "Teng" → deng, "Chou" → zhou. Undefined when the token is no Wade–Giles syllable or reads
 * the same in pinyin.
 *
 * @param latin - A lowercase ASCII romanisation of one syllable.
 * @returns Its pinyin, or undefined.
 * @example
 * ```ts
 * [pinyinOfWadeGiles("tse"), pinyinOfWadeGiles("tung"), pinyinOfWadeGiles("hsi"), pinyinOfWadeGiles("chin")]; // ["ze", "dong", "xi", "jin"]
 * pinyinOfWadeGiles("mao");    // undefined: the same in pinyin
 * pinyinOfWadeGiles("putin");  // undefined: no syllable
 * ```
 */
export function pinyinOfWadeGiles(latin: string): string | undefined {
  if (latin.length > 6) return undefined;
  for (const [wadeGiles, pinyin] of INITIALS) {
    if (!latin.startsWith(wadeGiles)) continue;
    const final = latin.slice(wadeGiles.length);
    const read = wadeGiles === "y" ? (AFTER_Y.get(final) ?? FINALS.get(final)) : FINALS.get(final);
    if (read === undefined) continue;
    let syllable: string;
    if (final === "o") syllable = pinyin + (O_AS_E.has(wadeGiles) ? "e" : O_AS_O.has(wadeGiles) ? "o" : "uo");
    else if (final === "u" && APICAL.has(wadeGiles)) syllable = pinyin + "i";
    else if (wadeGiles === "ch" && final.startsWith("i") && final !== "ih") syllable = "j" + read;
    else if (wadeGiles === "" && final.startsWith("i")) syllable = "y" + (final === "i" || final === "in" || final === "ing" ? read : read.slice(1));
    else if (wadeGiles === "" && final === "u") syllable = "wu";
    else syllable = pinyin + read;
    return syllable === latin ? undefined : syllable;
  }
  return undefined;
}
