// A person's office written before the name as news writes it, "modifiers + title (+ of + place)" ("Afghan Foreign Minister", "President of Russia"), after the appositive title patterns of news named-entity guidelines (MUC-7 and ACE: the title is not part of the name).
import { isTitle, nameParts, spelledAsCommonNamePart } from "./analyze.js";

/** Words a title may have before it: "Afghan Foreign Minister", "UN Deputy Secretary General". */
const MAX_MODIFIERS = 3;
/** Words an "of" phrase may name after a title: "of Russia", "of the Russian Federation". */
const MAX_OF_WORDS = 3;
/** What joins a title to the place or body it is of or sent to ("Ambassador to Afghanistan"), in the languages whose titles the lexicon has. */
const OF_WORDS: readonly string[] = ["of", "to", "in", "for", "de", "du", "des", "del", "della", "di", "à", "en", "pour"];
const ARTICLES: readonly string[] = ["the", "la", "le", "l", "el"];
/** The least a name has after the office: a single word after a title phrase is as likely the office's last word. */
const MIN_NAME_WORDS = 2;

/**
 * Why a comparison or resolution names less than the query: an office written before the name was
 * set aside, as leading titles are ("Afghan Foreign Minister Amir Khan Muttaqi" read as "Amir Khan Muttaqi").
 * @example
 * ```ts
 * resolver.resolve("Russian President Vladimir Putin")?.explanation.notes.at(-1); // "title phrase set aside: russian president"
 * ```
 */
export const TITLE_PHRASE_SET_ASIDE = "title phrase set aside";

/**
 * An explanation's notes with the office set aside added, as `resolve`, `candidates` and `compare` note it.
 *
 * @param notes - The notes of the name read after the office.
 * @param office - The office, from {@link afterTitlePhrase}.
 * @returns A new list of notes.
 * @example
 * ```ts
 * withOfficeNoted([], "russian president"); // ["title phrase set aside: russian president"]
 * ```
 */
export function withOfficeNoted(notes: readonly string[], office: string): string[] {
  return [...notes, `${TITLE_PHRASE_SET_ASIDE}: ${office}`];
}

/** A query read as an office and the name after it. */
export interface AfterOffice {
  /** The office and what it is of, normalised ("russian president", "president of russia"). */
  office: string;
  /** The name after it, normalised. */
  name: string;
}

/**
 * The names a query may be once an office written before it is set aside, longest first: the words
 * after the last title word among its first few ("Afghan Foreign Minister Amir Khan Muttaqi" → "amir
 * khan muttaqi"), and, where "of" follows the office, after the place it is of, which may be one to
 * three words ("Foreign Minister of Afghanistan Amir Khan Muttaqi" → "amir khan muttaqi", "khan
 * muttaqi"); after a title that opens the query, the one to three words after it, as Russian puts the
 * place in the genitive and Arabic the adjective after the noun ("Президент России Владимир Путин",
 * "الرئيس الروسي فلاديمير بوتين"), unless one is a common given name. The words before a title must
 * not include a common given name either, which would make it part of a name ("Mohammed Sheikh
 * Ali"). Empty when the query has no such office or leaves fewer than two words.
 *
 * @param name - A query, as written.
 * @returns Readings of the query, the longest name first.
 * @example
 * ```ts
 * afterTitlePhrase("Russian President Vladimir Putin");   // [{ office: "russian president", name: "vladimir putin" }]
 * afterTitlePhrase("President of Russia Vladimir Putin"); // [{ office: "president of russia", name: "vladimir putin" }]
 * afterTitlePhrase("Президент России Владимир Путин");   // [{ office: "президент россии", name: "владимир путин" }]
 * afterTitlePhrase("Vladimir Putin");                     // []
 * ```
 */
export function afterTitlePhrase(name: string): AfterOffice[] {
  const { titles, words } = nameParts(name);
  const all = [...titles, ...words];
  let start = titles.length > 0 ? 0 : -1;
  for (let i = 0; i < Math.min(words.length, MAX_MODIFIERS + 1); i++) {
    if (isTitle(words[i] as string) && words.length - i - 1 >= MIN_NAME_WORDS) start = i + 1;
  }
  if (start < 0 || (titles.length === 0 && words.slice(0, start).some(spelledAsCommonNamePart))) return [];
  const reading = (from: number): AfterOffice => ({ office: all.slice(0, titles.length + from).join(" "), name: words.slice(from).join(" ") });
  if (start > 0 && !OF_WORDS.includes(words[start] as string)) return [reading(start)];
  // What the office is of: after "of" ("President of Russia"), or, after a title that opens the query, as
  // languages with cases or adjectives after the noun write it ("Президент России", "الرئيس الروسي").
  const linked = OF_WORDS.includes(words[start] as string);
  const place = linked ? start + (ARTICLES.includes(words[start + 1] as string) ? 2 : 1) : start;
  const readings: AfterOffice[] = [];
  for (let from = place + 1; from <= place + MAX_OF_WORDS && words.length - from >= MIN_NAME_WORDS; from++) {
    if (!linked && spelledAsCommonNamePart(words[from - 1] as string)) break;
    readings.push(reading(from));
  }
  return readings;
}
