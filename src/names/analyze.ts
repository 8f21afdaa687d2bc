// Name analysis into tagged parts after OpenSanctions' rigour (names.tagging): titles, particles, common parts, distinctive parts.
import { consonantKey, soundSymbols } from "../keys/phonetic.js";
import { transliterationUnits } from "../keys/units.js";
import { normalize } from "../normalize/normalize.js";
import { scriptOf, type Script } from "../normalize/script.js";
import { tokenize } from "../normalize/tokenize.js";
import { toLatin } from "../normalize/transliterate/index.js";
import { eastAsianReadings } from "../normalize/transliterate/cyrillic-east-asian.js";
import { channelReadings } from "../match/channel.js";
import { modelFor } from "../match/learned/index.js";
import { soundSimilarity } from "../match/sound-distance.js";
import { acronymsOf } from "./acronyms.js";
import { continentalReading } from "./continental-reading.js";
import { customaryKoreanReading } from "./korean-romanisation.js";
import { pinyinOfWadeGiles } from "./wade-giles.js";
import { COMMON_NAME_PARTS, koreanParticleOf, NAME_SUFFIXES, PARTICLES, TITLES } from "./lexicon.js";
import { assertIsString, MAX_TOKEN_LENGTH } from "../validate/limits.js";

/** What a token is to the name: a particle weighs little, a common part cannot identify alone. */
export type TokenKind = "particle" | "common" | "distinctive";

/** One way to read a token aloud, in Latin letters and sound symbols. */
export interface SoundForm {
  /** Lowercase ASCII romanisation. */
  latin: string;
  /** {@link soundSymbols} of `latin`. */
  symbols: string;
  /** {@link consonantKey} of `symbols`. */
  key: string;
  /** Similarity subtracted when this reading is used (0 for the primary reading). */
  penalty: number;
  /** Why this reading exists, for explanations (e.g. "without Arabic prefix و"). */
  reading: string;
  /** The units a learned transliteration model reads ({@link transliterationUnits}); empty for Latin. */
  units: readonly string[];
}

/** A token of an analysed name. */
export interface NameToken {
  /** The normalised token. */
  text: string;
  /** Its script. */
  script: ReturnType<typeof scriptOf>;
  /** What part of a name it is, which sets its weight in a score. */
  kind: TokenKind;
  /** Readings, the primary one first; none for a token over {@link MAX_TOKEN_LENGTH}, which matches by exact text only. */
  forms: SoundForm[];
  /** Consonant keys to look the token up by: its readings' keys and those of its likeliest learned spellings. */
  lookupKeys: string[];
}

/** Where {@link analyzeName} finds the tokens it analysed before, and keeps those it analyses: a `Map` will do. */
export interface TokenMemo {
  /** The token analysed before with this text, if any. */
  get(text: string): NameToken | undefined;
  /** Keeps a token just analysed. */
  set(text: string, token: NameToken): unknown;
}

/** A name analysed into tokens, with leading titles set aside. */
export interface AnalyzedName {
  /** The input as given. */
  original: string;
  /** {@link normalize} of the input. */
  normalized: string;
  /** Titles and honorifics found before the name, dropped from matching. */
  titles: string[];
  /** The tokens that take part in matching. */
  tokens: NameToken[];
}

/**
 * The reading of every token's first form: the token as written.
 * @example
 * ```ts
 * analyzeName("Kabul").tokens[0].forms[0].reading === AS_WRITTEN; // true
 * ```
 */
export const AS_WRITTEN = "as written";

/**
 * The reading of a Latin token that spells a Wade–Giles syllable, as pinyin writes it ("Tse" as ze).
 * @example
 * ```ts
 * analyzeName("Tse").tokens[0].forms[1].reading === WADE_GILES_READING; // true
 * ```
 */
export const WADE_GILES_READING = "Wade–Giles syllable as pinyin writes it";
const ARABIC_CONJUNCTIONS = ["و", "ف"];
const ARABIC_PREPOSITIONS = ["ب", "ل", "ك"];
const KOREAN_PARTICLE_PENALTY = 0.06;
/** A Latin word read as another language spells names (German "Lawrow", Revised Romanization's "Jeong"). */
const OTHER_SPELLING_PENALTY = 0.03;
/** How a Latin word of a query is also read, each with why, in the order its readings are tried. */
const OTHER_SPELLINGS: ReadonlyArray<readonly [spell: (latin: string) => string | undefined, reading: string]> = [
  [continentalReading, "w, j, ch, dsch and ou as German, Slavic or French spelling reads them"],
  [customaryKoreanReading, "as Korean names are customarily spelled"],
  [pinyinOfWadeGiles, WADE_GILES_READING],
];
/** A Chinese or Japanese name read by the system Russian writes it in is as likely as the Russian reading. */
const EAST_ASIAN_PENALTY = 0.02;
/**
 * The reading of an Arabic-script token as Persian, Dari, Pashto and Urdu read ث ذ ض ظ (s, z, z, z),
 * by which names of those languages are spelled, and many Arabic names in South Asian spelling ("Zia" ضياء).
 * @example
 * ```ts
 * analyzeName("ضمير").tokens[0].forms[1].reading === PERSIAN_READING; // true
 * ```
 */
export const PERSIAN_READING = "ث ذ ض ظ as Persian reads them";
/** As likely as the Arabic reading in news: Afghanistan's and Iran's names are written in Persian letters. */
const PERSIAN_PENALTY = 0.02;
const READ_OTHERWISE_IN_PERSIAN = /[ثذضظ]/u;
const READ_AS_Z_IN_PERSIAN = /[ذضظ]/gu;
const READ_AS_S_IN_PERSIAN = /ث/gu;

/** An Arabic-script token with ث written س and ذ ض ظ written ز: spelled as Persian reads it, for the Arabic rules to romanise. */
function asPersianReadsIt(text: string): string {
  return text.replace(READ_AS_Z_IN_PERSIAN, "ز").replace(READ_AS_S_IN_PERSIAN, "س");
}
const MIN_STEM = 3;
/**
 * Letters that European languages read differently, each rule, with the letters it needs, giving
 * one more lookup key for a Latin token: Greek/Italian/German ch = k, Germanic and Slavic j = y,
 * Slavic c = ts, Spanish and pinyin x, French and Italian soft g, Spanish and French ll = y, gn = ny,
 * English post-vocalic w, and the silent final consonants of French.
 */
const LATIN_READINGS: ReadonlyArray<readonly [letters: string, pattern: RegExp, replacement: string]> = [
  ["ch", /ch/g, "k"], ["j", /j/g, "y"], ["c", /c(?![eiyh])/g, "ts"], ["x", /x/g, "sh"], ["g", /g(?=[eiy])/g, "j"],
  ["ll", /ll/g, "y"], ["gn", /gn/g, "ny"], ["w", /(?<=[aeiou])w(?![aeiou])/g, "u"],
  ["", /(?<=[aeiouy])(?:ts|ds|lt|ld|t|d|s|x|z|r)$/, ""],
];
const LEARNED_READINGS = 5;
const COMMON_PART_SIMILARITY = 0.9;
const VOWELLESS_COMMON_PART_SIMILARITY = 0.8;

let titleSet: ReadonlySet<string> | undefined;
let particleSet: ReadonlySet<string> | undefined;
let commonNameSet: ReadonlySet<string> | undefined;
let commonByKey: ReadonlyMap<string, string[]> | undefined;

/**
 * Whether a normalised word is a title or office that precedes names ("president", "mullah", "السفير").
 * @example
 * ```ts
 * isTitle("minister"); // true
 * ```
 */
export function isTitle(text: string): boolean {
  // The list is written normalised (a test holds it to that): normalising it here would compile the
  // normaliser's Unicode classes before the first name that needs them.
  titleSet ??= new Set(TITLES);
  return titleSet.has(text);
}

/**
 * Whether a normalised word is a particle or connector inside names ("al", "bin", "von", "of").
 * @example
 * ```ts
 * isParticle("bin"); // true
 * ```
 */
export function isParticle(text: string): boolean {
  particleSet ??= new Set(PARTICLES);
  return particleSet.has(text);
}

/**
 * Whether a normalised word is a common name part as the lexicon spells it ("michael", "mohammed"),
 * not one that only sounds like one: what a word next to an office or a place's name is checked for.
 * @example
 * ```ts
 * spelledAsCommonNamePart("michael"); // true
 * spelledAsCommonNamePart("afghan");  // false
 * ```
 */
export function spelledAsCommonNamePart(text: string): boolean {
  commonNameSet ??= new Set(COMMON_NAME_PARTS);
  return commonNameSet.has(text);
}

function isCommonPart(form: SoundForm): boolean {
  if (!commonByKey) {
    const map = new Map<string, string[]>();
    for (const name of COMMON_NAME_PARTS) {
      const symbols = soundSymbols(name);
      const key = consonantKey(symbols);
      map.set(key, [...(map.get(key) ?? []), symbols]);
    }
    commonByKey = map;
  }
  // Most tokens share no key with a common name part: nothing to compare, and no skeleton to make.
  const sameKey = commonByKey.get(form.key);
  if (sameKey === undefined) return false;
  const skeleton = consonantsOf(form.symbols);
  return sameKey.some((symbols) => {
    const similarity = soundSimilarity(symbols, form.symbols);
    return similarity >= COMMON_PART_SIMILARITY || (similarity >= VOWELLESS_COMMON_PART_SIMILARITY && consonantsOf(symbols) === skeleton);
  });
}

/** Vowel-less spellings (Arabic, Hebrew) of a common name keep its consonants: محمد = mhmd ≈ muhammad. */
function consonantsOf(symbols: string): string {
  return symbols.replace(VOWELS, "");
}

const VOWELS = /[aeiouy]/g;

/**
 * The units of every Latin form, one list for all: the learned models read the other scripts.
 * @example
 * ```ts
 * analyzeName("Kabul").tokens[0].forms[0].units === NO_UNITS; // true
 * ```
 */
export const NO_UNITS: readonly string[] = Object.freeze([]);

function soundForm(text: string, script: Script, penalty: number, reading: string, latin = toLatin(text)): SoundForm {
  const symbols = soundSymbols(latin);
  const units = script === "latin" ? NO_UNITS : transliterationUnits(text).units;
  return { latin, symbols, key: consonantKey(symbols), penalty, reading, units };
}

/**
 * Similarity subtracted per letter of the Arabic proclitics a reading leaves out ("وروسيا" as روسيا).
 * @example
 * ```ts
 * 1 - PROCLITIC_PENALTY; // 0.96: "وروسيا" as a form written "روسيا"
 * ```
 */
export const PROCLITIC_PENALTY = 0.04;

/** The Arabic article, written joined to the word. */
const ARTICLE = "ال";

/**
 * Arabic writes conjunctions (و ف), prepositions (ب ل ك) and the article (ال) joined to the word:
 * "وروسيا" is "and Russia". Each stripped reading is an extra form with a small penalty.
 *
 * @param text - A normalised Arabic-script token.
 * @returns Each stem of three letters or more the token holds after proclitics, and what was removed, fewest removed first.
 * @example
 * ```ts
 * arabicStems("والسودان").map((s) => s.stem); // ["السودان", "سودان"]
 * ```
 */
export function arabicStems(text: string): Array<{ stem: string; removed: string }> {
  const stems: Array<{ stem: string; removed: string }> = [];
  const add = (stem: string, removed: string): void => {
    if ([...stem].length >= MIN_STEM && !stems.some((s) => s.stem === stem)) stems.push({ stem, removed });
  };
  const afterConjunction = [{ stem: text, removed: "" }];
  for (const c of ARABIC_CONJUNCTIONS) if (text.startsWith(c)) afterConjunction.push({ stem: text.slice(1), removed: c });
  for (const base of afterConjunction) {
    if (base.removed) add(base.stem, base.removed);
    const afterPreposition = [base];
    for (const p of ARABIC_PREPOSITIONS) {
      if (base.stem.startsWith(p)) {
        const next = { stem: base.stem.slice(1), removed: base.removed + p };
        add(next.stem, next.removed);
        afterPreposition.push(next);
        // ل before the article drops the article's alef: لل = ل + ال.
        if (p === "ل" && next.stem.startsWith("ل")) add(next.stem.slice(1), `${next.removed}ال`);
      }
    }
    for (const stem of afterPreposition) {
      if (stem.stem.startsWith(ARTICLE)) add(stem.stem.slice(2), `${stem.removed}${ARTICLE}`);
    }
  }
  return stems;
}

/**
 * Analyses one normalised token: its script, its kind (particle, common or distinctive name part),
 * its readings and the keys to look it up by. {@link analyzeName} analyses each token of a name so.
 *
 * @param text - A token as {@link tokenize} gives it.
 * @param query - Read as a word of a query or a text, which may carry a Korean particle ("푸틴은") or be
 *   spelled as another language spells names ("Lawrow", "Jeong"), not as a dictionary form, which is a
 *   name as cited: a form's "이" or "은" is a syllable of the name, and its spelling is the one it means.
 * @returns The token's analysis.
 * @example
 * ```ts
 * analyzeToken("muttaqi").forms[0].key;                // "MTK"
 * analyzeToken("bin").kind;                            // "particle"
 * analyzeToken("푸틴은", true).forms[1].reading;        // "without Korean particle 은"
 * ```
 */
export function analyzeToken(text: string, query = false): NameToken {
  const script = scriptOf(text[0] ?? "");
  if (text.length > MAX_TOKEN_LENGTH) return { text, script, kind: "distinctive", forms: [], lookupKeys: [] };
  const primary = soundForm(text, script, 0, AS_WRITTEN);
  const forms = [primary];
  if (script === "arabic") {
    if (READ_OTHERWISE_IN_PERSIAN.test(text)) forms.push(soundForm(asPersianReadsIt(text), script, PERSIAN_PENALTY, PERSIAN_READING));
    // A dictionary form is a name as cited: a conjunction or preposition is never joined to it, and a first و, ف, ب, ل or
    // ك is a letter of the name ("ولاية", "فهد", "بكر"); only its article may be left out, as Latin spellings do.
    for (const { stem, removed } of arabicStems(text)) {
      if (query || removed === ARTICLE) forms.push(soundForm(stem, script, PROCLITIC_PENALTY * [...removed].length, `without Arabic prefix ${removed}`));
    }
  }
  if (query && script === "hangul") {
    const particle = koreanParticleOf(text);
    if (particle) forms.push(soundForm(text.slice(0, -particle.length), script, KOREAN_PARTICLE_PENALTY, `without Korean particle ${particle}`));
  }
  if (query && script === "latin") {
    for (const [spell, reading] of OTHER_SPELLINGS) {
      const latin = spell(primary.latin);
      if (latin !== undefined && !forms.some((form) => form.latin === latin)) forms.push(soundForm(text, script, OTHER_SPELLING_PENALTY, reading, latin));
    }
  }
  if (script === "cyrillic") {
    for (const { latin, system } of eastAsianReadings(text)) {
      if (!forms.some((form) => form.latin === latin)) forms.push(soundForm(text, script, EAST_ASIAN_PENALTY, `${system} reading`, latin));
    }
  }
  const kind: TokenKind = isParticle(text)
    ? "particle"
    : primary.latin.length <= 1 || isCommonPart(primary) ? "common" : "distinctive";
  const lookupKeys = new Set(forms.map((form) => form.key));
  if (script === "latin") {
    for (const [letters, pattern, replacement] of LATIN_READINGS) {
      // Most rules need a letter most tokens lack: looking for it costs less than running the pattern.
      if (!primary.latin.includes(letters)) continue;
      const reading = primary.latin.replace(pattern, replacement);
      if (reading !== primary.latin) lookupKeys.add(consonantKey(soundSymbols(reading)));
    }
  }
  const table = modelFor(script)?.merged;
  if (table) {
    for (const form of forms) {
      for (const spelling of channelReadings(form.units, table, LEARNED_READINGS)) lookupKeys.add(consonantKey(soundSymbols(spelling)));
    }
  }
  return { text, script, kind, forms, lookupKeys: [...lookupKeys] };
}

/** A name normalised and cut into words, with the titles before it set aside. */
export interface NameParts {
  /** {@link normalize} of the name. */
  normalized: string;
  /** Titles and honorifics found before the name. */
  titles: string[];
  /** The words that take part in matching, each a token for {@link analyzeToken}. */
  words: string[];
}

/** Given names written after a comma, at most this many ("PUTIN, Vladimir Vladimirovich"). */
const MAX_GIVEN_AFTER_COMMA = 3;
const DIGIT = /\p{Nd}/u;

/**
 * The words of a name written surname first, "Surname, Given names" as sanctions lists and
 * catalogues write it, in speaking order, given names first; `words` as they are for any other
 * name. The given names are where matching looks for them: a lone given name names nobody in
 * particular.
 */
function inSpeakingOrder(name: string, words: string[]): string[] {
  const comma = name.indexOf(",");
  if (comma === -1 || name.indexOf(",", comma + 1) !== -1 || DIGIT.test(name)) return words;
  // The surname's words are the first ones: normalising splits no word across the comma.
  const surnameWords = tokenize(normalize(name.slice(0, comma))).length;
  const givenWords = words.length - surnameWords;
  if (surnameWords === 0 || givenWords < 1 || givenWords > MAX_GIVEN_AFTER_COMMA) return words;
  if (givenWords === 1 && NAME_SUFFIXES.includes(words[surnameWords] as string)) return words;
  return [...words.slice(surnameWords), ...words.slice(0, surnameWords)];
}

/** Scripts in which names are written with initials ("V. Putin", "В. Путин"). */
const INITIALLED_SCRIPTS: readonly Script[] = ["latin", "cyrillic", "greek"];

/**
 * Whether a title word ends a dictionary form's titles, being an initial there: a one-letter title
 * of a script that writes initials ("m", "г"). A list writes "M. Bin" for an initial and surname,
 * and would spell the title out; running text writes "M. Lavrov" for monsieur.
 */
function initialInForm(text: string): boolean {
  return text.length === 1 && INITIALLED_SCRIPTS.includes(scriptOf(text));
}

/** Scripts that write a person's family and given names as one word, family name first: Chinese and Korean (and Japanese in kanji). */
const UNSPACED_NAME_SCRIPTS: readonly Script[] = ["han", "hangul"];
/** The most characters a family name written so has: two ("欧阳", "남궁"), most have one. */
const MAX_FAMILY_NAME_CHARACTERS = 2;

/** Whether `written`, the start of a one-word name, reads as one of the family names the person's Latin forms give. */
function readsAsFamilyName(written: string, familyNames: readonly string[]): boolean {
  const latin = toLatin(written);
  const key = consonantKey(soundSymbols(latin));
  return familyNames.some((family) => family === latin || (key !== "" && consonantKey(soundSymbols(family)) === key));
}

/**
 * The words of a dictionary form of a person written family name first, a Chinese or Korean one-word
 * name ("习近平", "김정은") cut after its family name, so that each part matches as the Latin form's
 * words do ("Xi", "Jinping"). The cut comes after the first one or two characters that read as a
 * family name of the person's Latin forms ("xi", "gim" as "Kim", "ouyang"): characters alone cannot
 * tell a Japanese family name of two characters from a Chinese one of one.
 */
function familyAndGivenName(words: string[], familyNames: readonly string[]): string[] {
  const [word] = words;
  if (words.length !== 1 || word === undefined || familyNames.length === 0) return words;
  const script = scriptOf(word);
  const characters = [...word];
  if (!UNSPACED_NAME_SCRIPTS.includes(script) || characters.some((character) => scriptOf(character) !== script)) return words;
  for (let cut = 1; cut <= MAX_FAMILY_NAME_CHARACTERS && cut < characters.length; cut++) {
    const family = characters.slice(0, cut).join("");
    if (readsAsFamilyName(family, familyNames)) return [family, characters.slice(cut).join("")];
  }
  return words;
}

/** How {@link nameParts} reads a dictionary form. */
export interface FormReading {
  /** The form names a person whose names are written family name first: "XI, Jinping" is in speaking order already. */
  familyNameFirst: boolean;
  /** Such a person's family names as the person's Latin forms write them, lowercase ("xi"): where a one-word Chinese or Korean form is cut. */
  familyNames?: readonly string[];
}

/**
 * How a form of a person written family name first is read when the person's Latin forms are not
 * at hand: in written order, nothing cut.
 * @example
 * ```ts
 * nameParts("XI, Jinping", FAMILY_NAME_FIRST).words; // ["xi", "jinping"]
 * ```
 */
export const FAMILY_NAME_FIRST: FormReading = Object.freeze({ familyNameFirst: true });

/** A qualifier in brackets: "(Russian envoy)", "[ar]", "{1952}". */
const BRACKETED = /[([{][^()[\]{}]*[)\]}]/gu;
const LETTER = /\p{L}/u;

/**
 * A name without the qualifiers in brackets that lists and notes write after it ("Zamir Kabulov
 * (Russian envoy)", "Putin, Vladimir [RU]"), as rigour's cleaning drops bracketed text; unless nothing
 * else has a letter.
 */
function withoutQualifiers(name: string): string {
  if (!name.includes("(") && !name.includes("[") && !name.includes("{")) return name;
  const bare = name.replace(BRACKETED, " ");
  return LETTER.test(bare) ? bare : name;
}

/**
 * Whether a dictionary form writes a word as an acronym beside words it does not write in capitals: an
 * acronym there, not a title ("DR Congo" is the Democratic Republic of the Congo, not a doctor named Congo;
 * "MR PUTIN" shouts).
 */
function acronymInForm(form: string, word: string): boolean {
  return form !== form.toUpperCase() && acronymsOf(form).has(word);
}

/**
 * The parts of a name {@link analyzeName} analyses: normalised, tokenised, leading titles set aside
 * (a name that is all titles keeps its last word); a name written "Surname, Given names" in speaking
 * order, given names first, unless it is a dictionary form of a name written family name first; a
 * query's qualifiers in brackets dropped ("Zamir Kabulov (Russian envoy)").
 *
 * @param name - A name in any script.
 * @param form - Read the name as a dictionary form: a one-letter title there is an initial
 *   ("M. Bin" is the initial M and Bin), where in a query or a text it is the abbreviated title
 *   ("M. Lavrov", monsieur Lavrov); and the form of a person written family name first keeps
 *   its written order, a Chinese or Korean one-word name cut after its family name.
 * @returns Its normalised form, titles and words.
 * @example
 * ```ts
 * nameParts("Mullah Amir Khan Muttaqi").titles;                    // ["mullah"]
 * nameParts("Mullah Amir Khan Muttaqi").words;                     // ["amir", "khan", "muttaqi"]
 * nameParts("M. Bin").words;                                       // ["bin"]
 * nameParts("M. Bin", { familyNameFirst: false }).words;           // ["m", "bin"]
 * nameParts("XI, Jinping").words;                                  // ["jinping", "xi"]
 * nameParts("XI, Jinping", { familyNameFirst: true }).words;       // ["xi", "jinping"]
 * nameParts("习近平", { familyNameFirst: true, familyNames: ["xi"] }).words; // ["习", "近平"]
 * ```
 */
export function nameParts(name: string, form?: FormReading): NameParts {
  const written = form ? name : withoutQualifiers(name);
  const normalized = normalize(written);
  const words = tokenize(normalized);
  const texts = form?.familyNameFirst ? familyAndGivenName(words, form.familyNames ?? []) : inSpeakingOrder(written, words);
  let firstNameToken = 0;
  while (firstNameToken < texts.length - 1) {
    const text = texts[firstNameToken] as string;
    if (!isTitle(text) || (form && (initialInForm(text) || acronymInForm(name, text)))) break;
    firstNameToken++;
  }
  return { normalized, titles: texts.slice(0, firstNameToken), words: firstNameToken === 0 ? texts : texts.slice(firstNameToken) };
}

/**
 * Analyses a name for matching: normalises it, splits it into tokens, sets leading titles aside
 * ("President", "Mullah", "الرئيس", "господин"), tags particles and common name parts, and
 * gives every token its romanised and phonetic readings (Arabic tokens also without joined
 * prefixes such as و, ل and ال, Korean ones without a particle after them, as in "푸틴은", Latin ones
 * also as German, Slavic or French spelling reads them, as in "Lawrow", and as Korean names are
 * customarily spelled, as in "Jeong").
 *
 * @param name - A name in any script.
 * @param analysed - Tokens analysed before, by text, reused and added to: a Map will do.
 * @returns The analysis; `tokens` is empty only when the name is empty or all titles.
 * @example
 * ```ts
 * const analysis = analyzeName("Mullah Amir Khan Muttaqi");
 * analysis.titles;                      // ["mullah"]
 * analysis.tokens.map((t) => t.kind);   // ["common", "common", "distinctive"]
 * analysis.tokens[2].forms[0].key;      // "MTK"
 * ```
 */
export function analyzeName(name: string, analysed?: TokenMemo): AnalyzedName {
  assertIsString(name, "analyzeName", "a name");
  return analyzedParts(name, nameParts(name), true, analysed);
}

/**
 * Analyses a name as a dictionary form is read ({@link nameParts} with `form`): what `compare`
 * does with its reference name when told it is written family name first.
 *
 * @param name - A name in any script.
 * @param form - How to read it.
 * @returns The analysis.
 * @example
 * ```ts
 * analyzeFormName("XI, Jinping", { familyNameFirst: true }).tokens.map((t) => t.text); // ["xi", "jinping"]
 * analyzeName("XI, Jinping").tokens.map((t) => t.text);                               // ["jinping", "xi"]
 * ```
 */
export function analyzeFormName(name: string, form: FormReading): AnalyzedName {
  return analyzedParts(name, nameParts(name, form), false);
}

function analyzedParts(name: string, { normalized, titles, words }: NameParts, query: boolean, analysed?: TokenMemo): AnalyzedName {
  return {
    original: name,
    normalized,
    titles,
    tokens: words.map((text) => {
      let token = analysed?.get(text);
      if (!token) {
        token = analyzeToken(text, query);
        analysed?.set(text, token);
      }
      return token;
    }),
  };
}
