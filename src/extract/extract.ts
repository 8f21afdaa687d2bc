// Dictionary-driven mention finding over word n-grams with longest-match selection, after gazetteer taggers such as GATE's ANNIE and nomenklatura's name extraction; in-document short forms resolved by earlier full mentions (one-sense-per-discourse, Gale, Church & Yarowsky 1992).
import { KIND_WEIGHT, ONLY_COMMON_PARTS, PARTS_REORDERED, PATRONYMIC_LEFT_OUT, scoreBeforeSqueeze, TITLE_SET_ASIDE, type Alignment, type MatchMethod } from "../match/align.js";
import { descending } from "../match/descending.js";
import { SPELLING_RULES } from "../match/token-match.js";
import { isTitle, spelledAsCommonNamePart } from "../names/analyze.js";
import { CALENDAR_WORDS, FORMS_OF_ADDRESS, PLACE_NAME_MAKERS } from "../names/lexicon.js";
import { endsAsPatronymic, isNasabWord } from "../names/patronymic.js";
import { normalize } from "../normalize/normalize.js";
import { scriptOf, type Script } from "../normalize/script.js";
import type { Resolution } from "../resolve/types.js";
import { cutHanRuns, type HanLexicon } from "./han-runs.js";
import { cutClitics } from "./clitics.js";
import { textWords, type TextWord } from "./text-tokens.js";

/** An entity mentioned in a text, found by `resolver.extract`. */
export interface Mention {
  /** Offset of the mention's first UTF-16 code unit in the text. */
  start: number;
  /** Offset just past its last code unit: `text.slice(start, end) === mention.text`. */
  end: number;
  /** The mention as written. */
  text: string;
  /** The entity's id. */
  id: string;
  /** The entity's canonical name. */
  name: string;
  /** The entity's type, or "" when it has none. */
  type: string;
  /** Score in [0, 1], as `resolve` gives it. */
  score: number;
  /** How it matched, as `resolve` says, or "context": a short form resolved by a full mention earlier in the text. */
  method: MatchMethod | "context";
}

/** Options of `resolver.extract`. */
export interface ExtractOptions {
  /** Lowest score of a mention. Default: the resolver's threshold (0.7). */
  minScore?: number;
  /** Keep only mentions of entities of these types. */
  types?: readonly string[];
}

/** How a word of a text can take part in a dictionary name. */
export type WordRole = "name" | "connector" | "none";

/** How a word is written: in a script with capitals, small or capital first letter; or in a script without. */
export type WordCasing = "lowercase" | "capitalised" | "uncased";

/** What {@link extractMentions} needs from a resolver. */
export interface MentionLookup {
  /**
   * The role of a word: "connector" for particles inside names; "name" when a lowercase word is a
   * dictionary token, or another word resembles one at least `minSimilarity`.
   */
  roleOf(word: string, casing: WordCasing, minSimilarity: number): WordRole;
  /** Whether a normalised token is a particle, which a mention may leave unmatched. */
  isConnector(token: string): boolean;
  /**
   * Whether a span may name an entity with all its words: it is a dictionary form, or some form holds a
   * token matched with each of its words but particles and initials.
   */
  mayName(name: string): boolean;
  /** Whether a span is a dictionary form, or each of its words but particles is written or romanised as some dictionary token is. */
  spelledAsTokens(name: string): boolean;
  /** What `resolve` answers for a span (the resolver remembers the spans it has tried). */
  resolve(name: string): Resolution | null;
  candidates(name: string): Resolution[];
  /** The most words a dictionary form has: no longer span is tried. */
  maxWords: number;
  /** The dictionary's words in Chinese characters, at which text written without spaces is cut. */
  hanLexicon(): HanLexicon;
  /** Whether a word of the text, once normalised, is a word of some dictionary form, a weak alias's included. */
  isDictionaryWord(word: string): boolean;
  /** Whether a name, once normalised, is a weak alias and no regular form: a name the dictionary matches as written (or, the canonical name, with a slip). */
  isWeakAlias(name: string): boolean;
  /** What a word of the text is looked up as: itself, or the dictionary word it is a case of ("Лаврова" → "Лавров"). */
  readAs(word: string): string;
  threshold: number;
}

const UNCASED_MIN_SCORE = 0.9;
const UNCASED_MIN_WORD_SIMILARITY = 0.8;
/**
 * The least score of a lone word that only sounds like a dictionary name, with nothing in the text
 * to confirm it: "Russian" sounds like Russia at 0.71; a garbled place ("Kabool", "Pakistn") scores 0.9 or more.
 */
const LONE_SOUND_MIN_SCORE = 0.8;
/**
 * A name of this many letters or fewer has many sound-alikes among a language's common words ("Dutch",
 * "Dish" and "Tash" sound like Daesh at 0.82): a lone word only sounding like it needs {@link SHORT_NAME_SOUND_MIN_SCORE}.
 */
const SHORT_NAME_MAX_LETTERS = 5;
const SHORT_NAME_SOUND_MIN_SCORE = 0.9;

/** The least score of a lone word that only sounds like the dictionary form `matched`. */
function loneSoundMinScore(matched: string): number {
  return normalize(matched).length <= SHORT_NAME_MAX_LETTERS ? SHORT_NAME_SOUND_MIN_SCORE : LONE_SOUND_MIN_SCORE;
}

/** Scripts whose news names a person by a surname alone, spelled in characters that write sounds. */
const SURNAME_ALONE_SCRIPTS: readonly Script[] = ["han", "kana", "hangul"];

/** What the span checks need to know about the text. */
interface TextContext {
  /** The text itself. */
  source: string;
  words: readonly TextWord[];
  /** Per word, what it is looked up as: itself, or the dictionary word it is a case of ("Лаврова" → "Лавров"). */
  readAs: readonly string[];
  /** Per word, its role. */
  roles: readonly WordRole[];
  /** Per word, how many words it adds to a name as a patronymic (see {@link patronymicsOf}), else 0. */
  patronymicWords: readonly number[];
  /** Words the text writes in small letters, in small letters. */
  lowercaseWords: ReadonlySet<string>;
  /** Entities a mention before the span being read named by a weak alias (see {@link shortForms}). */
  namedByWeakAlias: Set<string>;
  /** Per word, 1 once a chosen mention holds it: longer spans are chosen first. */
  taken: Uint8Array;
  /** Per word, 1 or 2 where its sentence is in title case, 2 where a headline's (see {@link titleCaseSentences}), read when first asked. */
  inTitleCase: () => Uint8Array;
  lookup: MentionLookup;
  filter: { minScore: number; types: readonly string[] | undefined };
}

/** Words `first` to `last` of a text, both included. */
interface WordRange {
  first: number;
  last: number;
}

interface Span extends WordRange {
  resolution: Resolution;
  context: boolean;
}

/** Longest first, then best score, then earliest. */
function preferred(a: Span, b: Span): number {
  return b.last - b.first - (a.last - a.first) || descending(a.resolution.score, b.resolution.score) || a.first - b.first;
}

/**
 * Finds the mentions of dictionary entities in running text: every run of words that resemble
 * dictionary tokens is tried as a name, longest spans first; a span stands when `resolve` accepts
 * it and the text gives evidence that it is a name: a capital not explained by a sentence start,
 * or a script without capitals, or a dictionary form written as the text writes it (for a person,
 * a part of one: "Putin says ..."). A short form that alone would be
 * ambiguous or too weak resolves to an entity mentioned in full earlier in the text.
 *
 * @param text - The text.
 * @param lookup - The resolver's lookups.
 * @param options - Minimum score and entity types.
 * @returns Non-overlapping mentions, by position.
 * @example
 * ```ts
 * // resolver.extract calls it with a lookup over the resolver's dictionary:
 * resolver.extract("Minister Amir Khan Motti met ...").map((m) => [m.start, m.end, m.text, m.id]); // [[9, 24, "Amir Khan Motti", "amir-khan-muttaqi"]]
 * ```
 */
export function extractMentions(text: string, lookup: MentionLookup, options: ExtractOptions = {}): Mention[] {
  const words = cutClitics(cutHanRuns(textWords(text), lookup.hanLexicon), lookup.isDictionaryWord);
  const readAs = words.map((word) => lookup.readAs(word.text));
  const patronymicWords = patronymicsOf(words, readAs);
  const roles = rolesOf(words, readAs, lookup);
  // A patronymic that resembles no dictionary token still stands inside a name, as a particle does.
  for (let i = 0; i < roles.length; i++) if (roles[i] === "none" && patronymicWords[i]) roles[i] = "connector";
  let inTitleCase: Uint8Array | undefined;
  const context: TextContext = {
    source: text,
    words,
    readAs,
    roles,
    patronymicWords,
    lowercaseWords: new Set(words.filter((w) => w.lowercase).map((w) => w.text.toLowerCase())),
    taken: new Uint8Array(words.length),
    namedByWeakAlias: new Set(),
    inTitleCase: () => (inTitleCase ??= titleCaseSentences(words)),
    lookup,
    filter: { minScore: options.minScore ?? lookup.threshold, types: options.types },
  };
  // Longest spans first: a span overlapping one already chosen cannot be chosen, so it is never resolved.
  const byLength = candidateSpans(text, words, roles, patronymicWords, lookup.maxWords);
  const { taken } = context;
  const chosen: Span[] = [];
  const rejected: WordRange[] = [];
  for (let length = byLength.length - 1; length >= 0; length--) {
    const accepted: Span[] = [];
    for (const { first, last } of byLength[length] as WordRange[]) {
      if (taken.subarray(first, last + 1).includes(1)) continue;
      const name = spanText(context, first, last);
      // A run of words is a name only if a dictionary form has them all, and without capitals a single word only
      // if spelled as the dictionary spells it, in full or as a short form (see acceptable): checked before the
      // costlier resolve, and the span is not tried as a short form either.
      if (first < last ? !lookup.mayName(name) : uncased(words, first, last) && !lookup.spelledAsTokens(name)) continue;
      const resolution = lookup.resolve(name);
      if (resolution && acceptable(resolution, first, last, context)) accepted.push({ first, last, resolution, context: false });
      // A span a particle opens is no short form: the span after the particle is tried as one ("The Taliban", "Taliban").
      else if (roles[first] === "name") rejected.push({ first, last });
    }
    chosen.push(...choose(accepted, taken));
  }
  // A short form taken on its own, naming its entity in part, is read again in context too: "Putin" after
  // "Vladimir Putin" is him, whoever else "Putin" alone names best.
  const alone = chosen
    .filter((span) => namesInPart(span.resolution, lookup))
    .map((span) => ({ first: span.first, last: span.last, alone: span }));
  const inContext = shortForms([...rejected, ...alone].sort((a, b) => a.first - b.first || a.last - b.last), chosen, taken, context);
  const rereadAt = new Map(inContext.filter((span) => taken[span.first] === 1).map((span) => [span.first, span]));
  const byContext = choose(inContext.filter((span) => !rereadAt.has(span.first)), taken);
  return [...chosen.map((span) => rereadAt.get(span.first) ?? span), ...byContext]
    .sort((a, b) => a.first - b.first)
    .map(({ first, last, resolution, context }) => {
      const start = (words[first] as TextWord).start;
      const end = (words[last] as TextWord).end;
      return {
        start, end, text: text.slice(start, end),
        id: resolution.id, name: resolution.name, type: resolution.type, score: resolution.score,
        method: context ? "context" : resolution.method,
      };
    });
}

/**
 * Per word, how many words it adds to a name as a patronymic, which names nobody alone but stands
 * inside a name that the dictionary may write without it: 1 for a capitalised word ending as a Russian
 * or Ukrainian one ("Vladimirovich"), 2 for a word after "bin", "ibn" or "ben" (the father's name and
 * the word before it: "Osama bin Mohammed bin Laden"); 0 for any other. Whether it is one in the name is
 * the alignment's call (its place there); a mention may leave out only these.
 */
function patronymicsOf(words: readonly TextWord[], readAs: readonly string[]): number[] {
  // Small letters, not normalise: the endings and the nasab's words are letters normalising keeps, and
  // reading warm text costs a few microseconds a word, which normalising every word added a tenth to.
  const added = new Array<number>(words.length).fill(0);
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as TextWord;
    const before = words[i - 1];
    if (word.capitalised && endsAsPatronymic((readAs[i] as string).toLowerCase())) added[i] = 1;
    else if (before && !word.lowercase && !word.breakBefore && isNasabWord(before.text)) added[i] = 2;
  }
  return added;
}

/**
 * The spans a mention can take, by length in words less one: each begins with a name word or a particle
 * that may open a name ({@link opensName}) and ends with a name word, holds connectors or name words
 * between, crosses no break and is no longer than a dictionary form with the patronymics it holds added.
 */
function candidateSpans(source: string, words: readonly TextWord[], roles: readonly WordRole[], patronymicWords: readonly number[], maxWords: number): WordRange[][] {
  const byLength: WordRange[][] = [];
  for (let first = 0; first < words.length; first++) {
    if (roles[first] !== "name" && !(roles[first] === "connector" && opensName(source, words, first) && !patronymicWords[first])) continue;
    let longest = maxWords;
    for (let last = first; last < words.length && last - first < longest; last++) {
      if (last > first && (words[last] as TextWord).breakBefore) break;
      const role = roles[last];
      if (role === "none") break;
      if (last > first) longest += patronymicWords[last] as number;
      if (role !== "name") continue;
      for (let length = byLength.length; length <= last - first; length++) byLength.push([]);
      (byLength[last - first] as WordRange[]).push({ first, last });
    }
  }
  return byLength;
}

const HYPHEN = /^[-‐‑‒–]$/u;

/**
 * Whether a particle may open a name: capitalised, or joined by a hyphen to the word after ("Al-Qaeda",
 * "al-Qaeda", "El Salvador"), and no elided article. The span stands only where the form has the particle
 * too (see {@link acceptable}): "The Taliban" is the Taliban's mention "Taliban".
 */
function opensName(source: string, words: readonly TextWord[], i: number): boolean {
  const word = words[i] as TextWord;
  const next = words[i + 1];
  return !word.clitic && next !== undefined && (word.capitalised || HYPHEN.test(source.slice(word.end, next.start)));
}

/** Words `first` to `last` as the lookups read them: as written, but a declined word as its nominative. */
function spanText({ source, words, readAs }: TextContext, first: number, last: number): string {
  let text = readAs[first] as string;
  for (let k = first + 1; k <= last; k++) text += source.slice((words[k - 1] as TextWord).end, (words[k] as TextWord).start) + (readAs[k] as string);
  return text;
}

function rolesOf(words: readonly TextWord[], readAs: readonly string[], lookup: MentionLookup): WordRole[] {
  const cache = new Map<string, WordRole>();
  return words.map((word, i) => {
    if (word.inAddress) return "none";
    // An elided article or preposition, or a possessive's "s", joins the parts of a name as "de" does ("Conseil de
    // sécurité de l'ONU", "the Taliban's Foreign Ministry"); a span neither begins nor ends with one.
    if (word.clitic) return "connector";
    const casing: WordCasing = word.lowercase ? "lowercase" : word.capitalised ? "capitalised" : "uncased";
    const read = readAs[i] as string;
    const key = `${casing[0]}${read}`;
    let role = cache.get(key);
    if (role === undefined) {
      // Without capitals only a close match can make a mention, so only close resemblance makes a word worth trying.
      role = lookup.roleOf(read, casing, casing === "uncased" ? UNCASED_MIN_WORD_SIMILARITY : 0);
      cache.set(key, role);
    }
    return role;
  });
}

/** A dictionary form that is an acronym of two letters. */
const TWO_CAPITALS = /^\p{Lu}{2}$/u;

/**
 * Whether a resolution names the span well enough and the text gives the evidence a name needs
 * beyond resembling one. `mentionedBefore` is such evidence for a capitalised sentence opener.
 * `readOn` false leaves out the look at the word after a place ({@link beforeProperNoun}), which
 * asks this of that word.
 */
function acceptable(resolution: Resolution, first: number, last: number, text: TextContext, mentionedBefore = false, readOn = true): boolean {
  const { words, lookup, filter } = text;
  if (resolution.score < filter.minScore || (filter.types && !filter.types.includes(resolution.type))) return false;
  const { unmatchedQuery, unmatchedReference } = resolution.explanation;
  // Every word of the span must be part of the name: "Russia Afghanistan" is two mentions, not one. A patronymic
  // the form does not write is part of it, where the score counted it so.
  const partOfName = (token: string) => lookup.isConnector(token) || (resolution.explanation.notes.includes(PATRONYMIC_LEFT_OUT) && patronymicIn(text, first, last, token));
  if (!unmatchedQuery.every(partOfName)) return false;
  // Titles stay outside a span: one the dictionary also writes as an acronym ("DR" of "DR Congo") opens no other name.
  if (first < last && isTitle(normalize((words[first] as TextWord).text)) && resolution.explanation.notes.some((note) => note.startsWith(TITLE_SET_ASIDE))) return false;
  // A span opened by a particle stands only where the form has it: "Al-Qaeda" is a mention whole, "The Taliban" is not.
  if (text.roles[first] === "connector" && unmatchedQuery.includes(normalize((words[first] as TextWord).text))) return false;
  // A person is named by a part of the name ("Putin"); an organisation or place is not ("Afghan Foreign" is not its ministry).
  if (resolution.type !== "person" && !unmatchedReference.every((token) => lookup.isConnector(token))) return false;
  // Nor with its words in another order: running text keeps them, and lists that invert them ("Korea, South") set a
  // comma between, which a span does not cross ("Unis et les États" of "les Émirats arabes unis et les États-Unis" is
  // no United States). A person's parts inverted stand side by side ("Путин Владимир"), never with a word left
  // between ("Sergeyevich Gorbachev und die Mikhaïl").
  if (first < last && resolution.explanation.notes.includes(PARTS_REORDERED) && (resolution.type !== "person" || unmatchedQuery.length > 0)) return false;
  const span = words.slice(first, last + 1);
  const single = words[first] as TextWord;
  // A place's one-word name right after a common given name is a surname there ("Michael Jordan", "Maria Georgia"):
  // the given name does not resemble a dictionary token, or it would have made the span.
  if (first === last && resolution.type === "place" && !single.breakBefore && single.capitalised && afterWordOf(words, first, spelledAsCommonNamePart)) return false;
  // A form of address names a person: what follows is no place's or organisation's name ("Mr Jordan", "Mr Reiter").
  if (resolution.type !== "person" && resolution.type !== "" && !single.breakBefore && afterWordOf(words, first, isFormOfAddress)) return false;
  // Nor is a place's one-word name the place after a word that makes another place's name with it ("New Mexico",
  // "Nuevo México", "Нью-Джерси", "Long Island", "Lake Chad"), written with a capital as names write it.
  if (first === last && resolution.type === "place" && !single.breakBefore && afterWordOf(words, first, makesPlaceName)) return false;
  // Nor does a place's one-word name name the place before a capitalised word that is no mention, no title and no common
  // word of the text (as "Officially" is in a headline where the text also writes "officially"), in a sentence not in
  // title case: the two make another name, a city's, a work's or a person's ("Mexico City", "Panama Canal", "Chad Johnson").
  if (readOn && first === last && resolution.type === "place" && single.capitalised && !shortOfName(resolution, single) && beforeProperNoun(text, last)) return false;
  // A weak alias spelled as the name with an adjective's ending, another language's name for the place ("Israeli",
  // Israel in Swahili; "Somali", Somalia in Somali), is in most texts the adjective English, Urdu or Persian in Latin
  // letters make of the name, and no mention, as "Russian" is none.
  if (first === last && resolution.score === 1 && resolution.matched !== resolution.name && adjectiveOf(resolution.matched, resolution.name) && lookup.isWeakAlias(resolution.matched)) return false;
  // A two-letter acronym is written in capitals: "Un" and "Us" open French and English sentences ("Un responsable a
  // déclaré"), and no one writes the UN so, where "Nato" and "Tass" are house styles.
  if (first === last && TWO_CAPITALS.test(resolution.matched) && single.text !== single.text.toUpperCase()) return false;
  // A word the text also writes in small letters is a common word capitalised, unless spelled as the dictionary spells it;
  // so is a month's or a day's name, which languages capitalise, unless the text named the person in full before ("May").
  const commonWord = first === last && (text.lowercaseWords.has(single.text.toLowerCase()) || (!mentionedBefore && CALENDAR_WORDS.includes(normalize(single.text))));
  // A single word matched only to a form in another script has no neighbour to confirm it: it must match closely.
  if (first === last && scriptOf(resolution.matched[0] ?? "") !== scriptOf(single.text[0] ?? "") && resolution.score < UNCASED_MIN_SCORE) return false;
  // A word of the text paired with an initial of the dictionary's form ("Afghanistan and Russia", "A. Russa")
  // says more than the form: the name is the rest of the span, as another span finds it.
  if (resolution.explanation.pairs.some((pair) => pair.rule === "initial" && pair.reference.length < pair.query.length)) return false;
  // A letter the text does not write as an initial, with a period, is a word: the article of "A Rússia" and "O Brasil"
  // is no initial of "روسيا الاتحادية", nor the "A" opening "A common surname" a form's initial spelled alike ("A. Camon");
  // "M. Faquin" and "V. Putin" are written so.
  if (resolution.explanation.pairs.some(pairsALetter) && span.some((w) => w.text.length === 1 && text.source[w.end] !== ".")) return false;
  const inPart = namesInPart(resolution, lookup);
  const spelled = SPELLING_RULES.some((rule) => rule === resolution.method);
  const everyPartSpelled = resolution.explanation.pairs.every((pair) => SPELLING_RULES.includes(pair.rule));
  // A headline capitalises every word ("Worries Rise As China Slows", or in capitals throughout): words there that
  // only sound like a name, none spelled as the dictionary spells it, must sound very like it, as a short name's
  // sound-alikes must ("Rise" is not Russia at 0.86, nor "Markets Review" Marco Rubio).
  if (!mentionedBefore && resolution.score < SHORT_NAME_SOUND_MIN_SCORE && text.inTitleCase()[first] === 2 && !resolution.explanation.pairs.some((pair) => SPELLING_RULES.includes(pair.rule))) return false;
  // A word of a few capitals in a sentence that is not a headline is an acronym of the text's, which matches by spelling
  // only, as the dictionary's acronyms do: "RSA" is not Russia ("Rusia") by sound.
  if (first === last && !everyPartSpelled && isWrittenInCapitals(single.text) && single.text.length <= ACRONYM_MAX_LETTERS && text.inTitleCase()[first] === 0) return false;
  // A weak alias of a few letters is another locale's short name for the entity, and some language's abbreviation
  // or common word: written in capitals ("MB", "KM", "VS", "OK"), opening a sentence ("End of story", "Sin embargo",
  // "Man sagt") or without the alias's accents ("Cat" for Chad's "Cât", "Sec" for Czechia's "Séc"), it names the
  // entity only after the text named it by another locale's name, a longer weak alias ("De Verenigde Staten ... de
  // VS"): after "United States", "SA" of "CC-BY-SA" and "Sam" are words of the text.
  if (!(mentionedBefore && text.namedByWeakAlias.has(resolution.id)) && shortWeakAlias(resolution.matched, lookup)) {
    const written = spanText(text, first, last);
    if (single.sentenceStart || isWrittenInCapitals(written) || written !== resolution.matched) return false;
  }
  // A lone word naming a person in part is spelled as that part is ("Putin"), unless the person was named in full before: "July" is not "F. Joly".
  if (first === last && !mentionedBefore && inPart && !everyPartSpelled) return false;
  // Any other lone word the dictionary does not spell has no neighbour to confirm a loose likeness: "Russian" is not Russia.
  if (first === last && !mentionedBefore && !inPart && !spelled && resolution.score < loneSoundMinScore(resolution.matched)) return false;
  // An initial's capital tells nothing of the words beside it: "name an F. Joly" is no "F. Nomo" for its "F".
  if (!commonWord && span.some((w) => w.capitalised && w.text.length > 1 && (mentionedBefore || !(w.sentenceStart && first === last)))) return true;
  if (uncased(words, first, last)) {
    // Without capitals the match itself is the evidence: a close one, and for a single word the name as the dictionary spells it;
    // after the full name, a part of it spelled as the dictionary spells it, as "لافروف" after "سيرغي لافروف".
    if (mentionedBefore && inPart) return everyPartSpelled;
    // In Chinese, Japanese and Korean news a person is named by the surname ("普京", "プーチン", "푸틴"), written in
    // characters that spell sounds: spelled as the dictionary spells that distinctive part, it names him as a
    // capitalised one does. Not in Arabic or Hebrew, whose surnames are often words ("مجاهد", a fighter), nor a
    // given name or a common part anywhere.
    if (first === last && inPart && everyPartSpelled && SURNAME_ALONE_SCRIPTS.includes(scriptOf(single.text[0] ?? "")) && resolution.explanation.pairs.every((pair) => pair.weight === KIND_WEIGHT.distinctive)) return true;
    return resolution.score >= UNCASED_MIN_SCORE && (first < last || spelled);
  }
  // A lowercase word or a lone capitalised sentence opener is a name only when written as the dictionary writes
  // it, capitals included ("said" is not the surname Said), but for an acronym, which texts also write in small
  // letters ("Source: rfi").
  const written = spanText(text, first, last);
  const { matched } = resolution;
  const writtenSo = matched.includes(written);
  // So written, a sentence opener that names a person in part names him ("Putin says ..."): the capital tells
  // nothing there, but the spelling does, the rule for lone words above having held it to the part's.
  if (single.capitalised && !commonWord && inPart && writtenSo) return true;
  if (resolution.type === "place" && everyPartSpelled && dateline(text, first, last)) return true;
  return resolution.score === 1 && (writtenSo || isWrittenInCapitals(matched));
}

/** Whether a normalised token is a word of words `first` to `last` that may be a patronymic, read as the span was resolved. */
function patronymicIn({ readAs, patronymicWords }: TextContext, first: number, last: number, token: string): boolean {
  for (let k = first + 1; k <= last; k++) if ((patronymicWords[k] as number) > 0 && normalize(readAs[k] as string) === token) return true;
  return false;
}

/** Whether the word before word `i` is written with a capital and, normalised, is a word of a kind (a common given name, a form of address). */
function afterWordOf(words: readonly TextWord[], i: number, ofKind: (normalized: string) => boolean): boolean {
  const before = words[i - 1];
  return before !== undefined && before.capitalised && ofKind(normalize(before.text));
}

const isFormOfAddress = (word: string): boolean => FORMS_OF_ADDRESS.includes(word);
const makesPlaceName = (word: string): boolean => PLACE_NAME_MAKERS.includes(word);

/** How many words after a place's name a title or a mention shows the place qualifies it ("Rus Dışişleri Bakanı Sergey Lavrov"). */
const QUALIFIED_WITHIN = 3;

/**
 * Whether word `i` is followed, in the same sentence, by a capitalised word that the text never writes in small
 * letters, that is no day, month or common given name, no dictionary token and no mention on its own, with no title
 * or longer mention in the next {@link QUALIFIED_WITHIN} words ("Foreign Minister", "Dışişleri Bakanı Sergey Lavrov").
 */
function beforeProperNoun(text: TextContext, i: number): boolean {
  const { words, readAs, lowercaseWords, taken, lookup } = text;
  const after = words[i + 1];
  if (after === undefined || !after.capitalised || after.breakBefore || after.sentenceStart || lowercaseWords.has(after.text.toLowerCase()) || text.inTitleCase()[i] !== 0) return false;
  for (let k = i + 1; k <= i + QUALIFIED_WITHIN && k < words.length && !(words[k] as TextWord).breakBefore; k++) {
    if (taken[k] === 1 || isTitle(normalize((words[k] as TextWord).text))) return false;
  }
  // A day or month ("in Kabul Monday") or a common given name ("in Moscow Sergei ...") starts no name with the place.
  const normalized = normalize(after.text);
  if (CALENDAR_WORDS.includes(normalized) || spelledAsCommonNamePart(normalized)) return false;
  // A dictionary token ("Kabul Dmitry Zhirnov") or a mention itself ("Russia Ukraine talks"): two names side by side.
  const read = readAs[i + 1] as string;
  if (lookup.spelledAsTokens(read)) return false;
  const alone = lookup.resolve(read);
  return alone === null || !acceptable(alone, i + 1, i + 1, text, false, false);
}

/** Whether a word is the first of its entity's longer name ("Vatican" of Vatican City): the next word may be the rest of it misspelt ("Vatican Ctiy"). */
function shortOfName(resolution: Resolution, word: TextWord): boolean {
  return normalize(resolution.name).startsWith(`${normalize(word.text)} `);
}

/**
 * The fewest letters of a word that title case capitalises: a headline writes "in", "of" and "the" in small
 * letters, and every longer word with a capital.
 */
const TITLE_CASE_MIN_LETTERS = 4;

/** How many capitalised words of {@link TITLE_CASE_MIN_LETTERS} letters or more after its first make a sentence in title case a headline. */
const HEADLINE_MIN_CAPITALISED = 2;

/**
 * Per word, 1 where its sentence writes no word of {@link TITLE_CASE_MIN_LETTERS} letters or more in small
 * letters: title case, or capitals throughout; 2 where it also capitalises {@link HEADLINE_MIN_CAPITALISED}
 * such words after its first, as a headline does ("Worries Rise As China Slows"), and a short sentence
 * ("Officials met in Kabool.") need not. One pass over the text, each sentence read twice.
 */
function titleCaseSentences(words: readonly TextWord[]): Uint8Array {
  const inTitleCase = new Uint8Array(words.length);
  for (let start = 0; start < words.length; ) {
    let end = start + 1;
    while (end < words.length && !(words[end] as TextWord).sentenceStart) end++;
    let titled = true;
    let capitalised = 0;
    for (let k = start; k < end && titled; k++) {
      const word = words[k] as TextWord;
      if (word.text.length < TITLE_CASE_MIN_LETTERS) continue;
      if (word.lowercase) titled = false;
      else if (word.capitalised && k > start) capitalised++;
    }
    if (titled) inTitleCase.fill(capitalised >= HEADLINE_MIN_CAPITALISED ? 2 : 1, start, end);
    start = end;
  }
  return inTitleCase;
}

/** A letter of a script with capitals, which writes initials so. */
const CASED_LETTER = /^[\p{Lu}\p{Ll}]$/u;

/** Whether a pair of an alignment pairs a letter of the span with an initial: by the initial rule, or spelled alike. */
function pairsALetter(pair: Alignment["pairs"][number]): boolean {
  return pair.query.length === 1 && (pair.rule === "initial" || (pair.reference.length === 1 && CASED_LETTER.test(pair.query)));
}

/** Suffixes that make an adjective of a place's name: the nisba -i ("Iraqi", "Pakistani"); -ia less its a ("Somali"). */
const ADJECTIVE_OF_NAME: ReadonlyArray<{ name: string; adjective: string }> = [
  { name: "", adjective: "i" },
  { name: "ia", adjective: "i" },
];

/** Whether a form is, in Latin letters, an adjective of a name ({@link ADJECTIVE_OF_NAME}). */
function adjectiveOf(form: string, name: string): boolean {
  const [adjective, noun] = [normalize(form), normalize(name)];
  if (scriptOf(adjective[0] ?? "") !== "latin") return false;
  return ADJECTIVE_OF_NAME.some((suffix) => noun.endsWith(suffix.name) && adjective === noun.slice(0, noun.length - suffix.name.length) + suffix.adjective);
}

/** After a dateline's place: "KABUL (Reuters) -", "MOSCOW, Oct 3 (AFP) —". */
const AFTER_DATELINE = /^\s*[,(—–-]/u;
/** What may come between a line's start and its first word. */
const BEFORE_FIRST_WORD = /[\s"“«]/u;

/**
 * Whether words `first` to `last` are a wire story's dateline: a place in capitals opening a line, a
 * comma, a parenthesis or a dash after it. Its capitals tell nothing of a name, but the convention does.
 */
function dateline(text: TextContext, first: number, last: number): boolean {
  const { source, words } = text;
  const start = (words[first] as TextWord).start;
  const end = (words[last] as TextWord).end;
  const written = source.slice(start, end);
  if (written !== written.toUpperCase() || !AFTER_DATELINE.test(source.slice(end, end + 4))) return false;
  let before = start - 1;
  while (before >= 0 && source[before] !== "\n" && BEFORE_FIRST_WORD.test(source[before] as string)) before--;
  return before < 0 || source[before] === "\n";
}

/** The most letters of a word in capitals that {@link acceptable} reads as an acronym. */
const ACRONYM_MAX_LETTERS = 5;

/** The most letters of a weak alias that {@link shortWeakAlias} holds to be short. */
const SHORT_WEAK_ALIAS_MAX_LETTERS = 3;
const LETTER = /\p{L}/u;

/**
 * Whether a dictionary form is a weak alias and no regular form, of {@link SHORT_WEAK_ALIAS_MAX_LETTERS} letters or
 * fewer, in a script with capitals ("VS", "R.-U.", "End"): in Chinese, Japanese or Korean three characters make a
 * whole name ("俄罗斯").
 */
function shortWeakAlias(form: string, lookup: MentionLookup): boolean {
  let letters = 0;
  for (const char of form) {
    if (!LETTER.test(char)) continue;
    if (!CASED_LETTER.test(char) || ++letters > SHORT_WEAK_ALIAS_MAX_LETTERS) return false;
  }
  return letters > 0 && lookup.isWeakAlias(form);
}

/** Whether a text has letters with case and writes them all as capitals. */
function isWrittenInCapitals(text: string): boolean {
  return text === text.toUpperCase() && text !== text.toLowerCase();
}

/**
 * Whether a resolution names a person by a part of the name: it leaves out a part that is not a
 * connector, or an initial even when spelled as one ("Y. Farias"), whether the alignment or the whole
 * names run together scored it ("Historically", "B. Historical").
 */
function namesInPart(resolution: Resolution, lookup: MentionLookup): boolean {
  return resolution.type === "person" && resolution.explanation.unmatchedReference.some((token) => token.length === 1 || !lookup.isConnector(token));
}

/** Whether words `first` to `last` are written in a script without capitals. */
function uncased(words: readonly TextWord[], first: number, last: number): boolean {
  for (let k = first; k <= last; k++) if ((words[k] as TextWord).lowercase || (words[k] as TextWord).capitalised) return false;
  return true;
}

/** The best spans, longest first, that overlap no word already `taken`; marks their words taken. */
function choose(spans: readonly Span[], taken: Uint8Array): Span[] {
  const chosen: Span[] = [];
  for (const span of [...spans].sort(preferred)) {
    if (taken.subarray(span.first, span.last + 1).includes(1)) continue;
    taken.fill(1, span.first, span.last + 1);
    chosen.push(span);
  }
  return chosen;
}

/** A span that may be a short form: one not taken, or one taken `alone`, on its own, as a short form of another entity. */
interface ShortForm extends WordRange {
  alone?: Span;
}

/**
 * A candidate as a short form of a name the text gave in full before: a common surname or family
 * name ("Khan" after "Imran Khan", "Li" after "Li Qiang") names nobody alone, and its score was
 * squeezed for that, but after the full name it names that person, at the score it had before.
 * A given name alone stays squeezed: the text still does not use it to name him.
 */
function asShortForm(candidate: Resolution): Resolution {
  return candidate.explanation.notes.includes(ONLY_COMMON_PARTS) ? { ...candidate, score: scoreBeforeSqueeze(candidate.score) } : candidate;
}

/** Of `spans`, in text order, those that name, well enough, an entity mentioned in full before them. */
function shortForms(spans: readonly ShortForm[], chosen: readonly Span[], taken: Uint8Array, context: TextContext): Span[] {
  const { words, lookup } = context;
  const byEnd = [...chosen].sort((a, b) => a.last - b.last);
  // Entity → the longest mention of it ended so far, in code units: a short form is shorter, whether it has fewer
  // words ("Lavrov" after "Sergey Lavrov") or fewer letters (김 after 김정은, one word each).
  const mentionedBefore = new Map<string, number>();
  const lengthOf = (f: number, l: number): number => (words[l] as TextWord).end - (words[f] as TextWord).start;
  let next = 0;
  const found: Span[] = [];
  for (const { first, last, alone } of spans) {
    for (; next < byEnd.length && (byEnd[next] as Span).last < first; next++) {
      const { resolution, first: f, last: l } = byEnd[next] as Span;
      mentionedBefore.set(resolution.id, Math.max(mentionedBefore.get(resolution.id) ?? 0, lengthOf(f, l)));
      if (lookup.isWeakAlias(resolution.matched)) context.namedByWeakAlias.add(resolution.id);
    }
    if (mentionedBefore.size === 0 || (!alone && taken.subarray(first, last + 1).includes(1))) continue;
    // "the Taliban's Foreign Ministry" is the Taliban's own, not the one named before.
    if ((words[first - 1] as TextWord | undefined)?.possessive && !(words[first] as TextWord).breakBefore) continue;
    const name = spanText(context, first, last);
    const candidate = lookup.candidates(name).find((c) => (mentionedBefore.get(c.id) ?? 0) > lengthOf(first, last));
    const match = candidate && asShortForm(candidate);
    if (match && match.id !== alone?.resolution.id && acceptable(match, first, last, context, true)) found.push({ first, last, resolution: match, context: true });
  }
  return found;
}
