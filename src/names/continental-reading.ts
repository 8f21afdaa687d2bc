// The letters in which German, Dutch, Polish and Czech romanisations of Cyrillic differ from English (BGN/PCGN) romanisation, as tabled in "Romanization of Russian" (Wikipedia) after Duden, PN-ISO 9 and ČSN: w = v, j = y, ch = kh.

/** A "ch" that is not part of "sch" or "tsch", which every one of these languages reads as English "sh" and "ch". */
const LONE_CH = /(?<![st])ch/g;
/** A "j" that is not part of "dj", "zj", "sj" or "tj", which Dutch and French write for other sounds. */
const LONE_J = /(?<![dzst])j/g;

/**
 * A Latin token read as German, Dutch, Polish and Czech spell Russian and other Cyrillic names:
 * w as English v ("Lawrow", "Gorbatschow"), j as y ("Sergej", "Jewgeni", "Marija") and ch as kh
 * ("Chruschtschow", "Chamenei", "Zacharova"). English spelling reads these letters otherwise, so
 * this is one more reading of a token, not its only one.
 *
 * @param latin - A lowercase ASCII romanisation.
 * @returns The token so read, or undefined when it has none of these letters.
 * @example
 * ```ts
 * continentalReading("lawrow");        // "lavrov"
 * continentalReading("chruschtschow"); // "khruschtschov"
 * continentalReading("putin");         // undefined
 * ```
 */
export function continentalReading(latin: string): string | undefined {
  if (!latin.includes("w") && !latin.includes("j") && !latin.includes("ch")) return undefined;
  const reading = latin.replace(LONE_CH, "kh").replace(LONE_J, "y").replaceAll("w", "v");
  return reading === latin ? undefined : reading;
}
