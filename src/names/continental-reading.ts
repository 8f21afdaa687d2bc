// The letters in which German, Dutch, Swedish, Polish and Czech romanisations of Cyrillic differ from English (BGN/PCGN) romanisation, as tabled in "Romanization of Russian" (Wikipedia) after Duden, PN-ISO 9 and ČSN: w = v, j = y, ch = kh, the Dutch and Swedish sj = sh, tsj and tj = ch; German "dsch" for English j and French "ou" before a vowel for English w, as German and French romanise Arabic.

/** A "ch" that is not part of "sch" or "tsch", which every one of these languages reads as English "sh" and "ch". */
const LONE_CH = /(?<![st])ch/g;
/** Dutch and Swedish "tsj" and "tj" (English "ch"), tried before "sj" (English "sh"), which "tsj" ends with. */
const DUTCH_CH = /tsj|tj/g;
const DUTCH_SH = /sj/g;
/** French "ou" before a vowel, which English writes w: "Sinouar", "Zarkaoui". */
const FRENCH_W = /ou(?=[aeiy])/g;
/** German "dsch", which English writes j: "Dschamal", "Dschihad". */
const GERMAN_J = /dsch/g;
/** A "j" that is not part of "dj" or "zj", which Dutch and French write for other sounds. */
const LONE_J = /(?<![dz])j/g;

/**
 * A Latin token read as German, Dutch, Swedish, Polish and Czech spell Russian and other Cyrillic
 * names: w as English v ("Lawrow", "Gorbatschow"), j as y ("Sergej", "Jewgeni", "Marija"), ch as kh
 * ("Chruschtschow", "Chamenei", "Zacharova"), sj as sh and tsj or tj as ch ("Gorbatsjov",
 * "Chrusjtjov"); and as German and French spell Arabic names, dsch as j ("Dschamal") and ou before
 * a vowel as w ("Sinouar", "Zarkaoui").
 * English spelling reads these letters otherwise, so this is one more reading of a token, not its
 * only one.
 *
 * @param latin - A lowercase ASCII romanisation.
 * @returns The token so read, or undefined when it has none of these letters.
 * @example
 * ```ts
 * continentalReading("lawrow");        // "lavrov"
 * continentalReading("chruschtschow"); // "khruschtschov"
 * continentalReading("gorbatsjov");    // "gorbachov"
 * continentalReading("sinouar");       // "sinwar"
 * continentalReading("dschamal");      // "jamal"
 * continentalReading("putin");         // undefined
 * ```
 */
export function continentalReading(latin: string): string | undefined {
  if (!latin.includes("w") && !latin.includes("j") && !latin.includes("ch") && !latin.includes("ou")) return undefined;
  // The English j and w these make come last: they are not the German j, which is English y, nor the German w.
  const reading = latin.replace(LONE_CH, "kh").replace(DUTCH_CH, "ch").replace(DUTCH_SH, "sh").replace(LONE_J, "y").replaceAll("w", "v").replace(GERMAN_J, "j").replace(FRENCH_W, "w");
  return reading === latin ? undefined : reading;
}
