// Korean names as their bearers and the press spell them beside Revised Romanization (2000) and McCune–Reischauer: RR's "eo" and "eu" as the customary "u" (Jeong → Jung, Seung → Sung), and the family names' customary spellings, as "List of Korean surnames" (Wikipedia) tables them against RR and MR.

/** Family names, in RR or MR or a customary variant, and the spelling most of their bearers use. */
const CUSTOMARY_FAMILY_NAMES: ReadonlyMap<string, string> = new Map([
  ["yi", "lee"], ["ri", "lee"], ["rhee", "lee"], ["rhie", "lee"],
  ["bak", "park"], ["pak", "park"], ["bahk", "park"],
  ["gim", "kim"],
  ["choe", "choi"], ["chwe", "choi"],
  ["no", "roh"], ["noh", "roh"],
  ["jo", "cho"],
  ["gang", "kang"],
  ["gwon", "kwon"],
  ["yun", "yoon"],
  ["sin", "shin"],
  ["im", "lim"], ["rim", "lim"],
  ["ryu", "yoo"], ["yu", "yoo"],
  ["seo", "suh"],
  ["heo", "huh"],
  ["an", "ahn"],
  ["gu", "koo"],
  ["go", "ko"],
  ["baek", "paik"],
]);

/** Revised Romanization's two vowels that older and customary spellings write "u". */
const RR_VOWELS = /eo|eu/g;

/**
 * A Latin token read as Korean names are customarily spelled: a family name in its customary form
 * ("Yi" as Lee, "Bak" as Park, "No" as Roh), any other token with RR's "eo" and "eu" as "u"
 * ("Jeong" as Jung, "Myeong" as Myung, "Seung" as Sung).
 *
 * @param latin - A lowercase ASCII romanisation.
 * @returns The token so read, or undefined when it reads as written.
 * @example
 * ```ts
 * customaryKoreanReading("yi");     // "lee"
 * customaryKoreanReading("myeong"); // "myung"
 * customaryKoreanReading("putin");  // undefined
 * ```
 */
export function customaryKoreanReading(latin: string): string | undefined {
  const familyName = CUSTOMARY_FAMILY_NAMES.get(latin);
  if (familyName !== undefined) return familyName;
  if (!latin.includes("eo") && !latin.includes("eu")) return undefined;
  return latin.replace(RR_VOWELS, "u");
}
