// Weak aliases as one sorted text of lines "normalised form TAB entity TAB alias", the alias left out or written "^" when the normalised form spells it, searched by bisection over character offsets, each probe read from the start of its line (a sorted-file lookup, as in Unix look(1)).

import { inCodeUnitOrder } from "../match/code-unit-order.js";
import { hashOf, tableSize } from "./postings.js";

/** A weak alias of one entity. */
export interface WeakForm {
  /** The alias once normalised: the only way it is found. */
  normalized: string;
  /** The entity's position in the dictionary. */
  entity: number;
  /** The alias as written. */
  alias: string;
}

/** Weak aliases, sorted by normalised form. */
export interface WeakForms {
  /** The lines, sorted by normalised form, then entity, then alias as written; "" when there are none. */
  text: string;
}

/**
 * How the third field of a line writes an alias that its normalised form spells: most of the bundled
 * places' 34,000 names in other languages are their normalised form, or it with each word capitalised
 * ("Allemagne"). Written out, they were a fifth of the saved bundled index, which the CLI reads on
 * every run. An alias that is empty or begins with "^" or a backslash is written after a backslash.
 */
const AS_NORMALIZED = "";
const AS_NORMALIZED_CAPITALISED = "^";
const ESCAPE = "\\";
const NEEDS_ESCAPE = /^(?:$|[\^\\])/;
/**
 * The normalised form with each word's first letter in capitals, where its capital is as long in
 * UTF-16 code units: "nouvelle zelande" → "Nouvelle Zelande".
 */
function capitalised(normalized: string): string {
  let text = "";
  let wordStart = true;
  for (let i = 0; i < normalized.length; ) {
    const letter = String.fromCodePoint(normalized.codePointAt(i) as number);
    const capital = wordStart ? letter.toUpperCase() : letter;
    text += capital.length === letter.length ? capital : letter;
    wordStart = letter === " ";
    i += letter.length;
  }
  return text;
}

function aliasField(normalized: string, alias: string): string {
  if (alias === normalized) return AS_NORMALIZED;
  // Capitals keep the length: most aliases that differ are told apart without building the capitalised form.
  if (alias.length === normalized.length && alias === capitalised(normalized)) return AS_NORMALIZED_CAPITALISED;
  return NEEDS_ESCAPE.test(alias) ? ESCAPE + alias : alias;
}

function aliasOf(normalized: string, field: string): string {
  if (field === AS_NORMALIZED) return normalized;
  if (field === AS_NORMALIZED_CAPITALISED) return capitalised(normalized);
  return field.startsWith(ESCAPE) ? field.slice(ESCAPE.length) : field;
}

const SEPARATORS = /[\t\n]/g;
const MAX_DIGITS = 9;
const ZERO = 48;

/**
 * Writes weak aliases as one sorted text, which a saved index carries as a single string and a
 * lookup searches without splitting. Tabs and line breaks in an alias become spaces; an alias its
 * normalised form spells, as it is or with each word capitalised, is left out or written "^".
 *
 * @param forms - The weak aliases of a dictionary.
 * @returns The sorted lines.
 * @example
 * ```ts
 * weakFormsText([{ normalized: "allemagne", entity: 3, alias: "Allemagne" }, { normalized: "bhoutan", entity: 5, alias: "Bhoûtan" }]);
 * // "allemagne\t3\t^\nbhoutan\t5\tBhoûtan"
 * ```
 */
export function weakFormsText(forms: readonly WeakForm[]): string {
  return [...forms]
    .sort((a, b) => inCodeUnitOrder(a.normalized, b.normalized) || a.entity - b.entity || inCodeUnitOrder(a.alias, b.alias))
    .map((form) => `${form.normalized}\t${form.entity}\t${aliasField(form.normalized, form.alias.replace(SEPARATORS, " "))}`)
    .join("\n");
}

/** The normalised form of the line starting at `start`. */
function keyAt(text: string, start: number): string {
  return text.slice(start, text.indexOf("\t", start));
}

/** Where the first line whose normalised form sorts at or after `key` starts (past the end when none does), by bisection. */
function firstLineFrom(text: string, key: string): number {
  // Lines before `low` sort before `key`; lines from `high` on do not.
  let low = 0;
  let high = text.length + 1;
  while (low < high) {
    const start = lineStartAt(text, (low + high) >>> 1);
    if (keyAt(text, start) < key) low = lineEndFrom(text, start) + 1;
    else high = start;
  }
  return low;
}

/** Where the line holding character `at` starts. */
function lineStartAt(text: string, at: number): number {
  return text.lastIndexOf("\n", at - 1) + 1;
}

/** Where the line starting at `start` ends (its line break, or the end of the text). */
function lineEndFrom(text: string, start: number): number {
  const end = text.indexOf("\n", start);
  return end === -1 ? text.length : end;
}

/**
 * Whether weak aliases are as {@link weakFormsText} writes them for a dictionary of `entityCount`
 * entities: every line three fields, the first not empty, the second a position in the dictionary.
 *
 * @param forms - Weak aliases from a saved index.
 * @param entityCount - How many entities the dictionary has.
 * @returns Whether lookups can trust them.
 * @example
 * ```ts
 * weakFormsValid({ text: "allemagne\t3\tAllemagne" }, 10); // true
 * weakFormsValid({ text: "allemagne\t30\tAllemagne" }, 10); // false
 * ```
 */
export function weakFormsValid(forms: WeakForms, entityCount: number): boolean {
  const { text } = forms;
  for (let start = 0; text !== "" && start <= text.length; ) {
    const end = lineEndFrom(text, start);
    const first = text.indexOf("\t", start);
    const second = first === -1 ? -1 : text.indexOf("\t", first + 1);
    if (first <= start || second === -1 || second >= end) return false;
    // Read in place: a CLI lookup checks the 34,000 weak aliases of the bundled index before it answers.
    const digits = second - first - 1;
    if (digits < 1 || digits > MAX_DIGITS) return false;
    let entity = 0;
    for (let at = first + 1; at < second; at++) {
      const digit = text.charCodeAt(at) - ZERO;
      if (digit < 0 || digit > 9) return false;
      entity = 10 * entity + digit;
    }
    if (entity >= entityCount) return false;
    start = end + 1;
  }
  return true;
}

function parse(line: string): WeakForm {
  const first = line.indexOf("\t");
  const second = line.indexOf("\t", first + 1);
  const normalized = line.slice(0, first);
  return { normalized, entity: Number(line.slice(first + 1, second)), alias: aliasOf(normalized, line.slice(second + 1)) };
}

/**
 * The weak aliases written `normalized` once normalised.
 *
 * @param forms - A dictionary's weak aliases.
 * @param normalized - A normalised name.
 * @returns Those aliases, in order of entity.
 * @example
 * ```ts
 * const forms = { text: weakFormsText([{ normalized: "allemagne", entity: 3, alias: "Allemagne" }]) };
 * weakFormsOf(forms, "allemagne"); // [{ normalized: "allemagne", entity: 3, alias: "Allemagne" }]
 * weakFormsOf(forms, "germany");   // []
 * ```
 */
export function weakFormsOf(forms: WeakForms, normalized: string): WeakForm[] {
  const { text } = forms;
  if (text === "" || normalized === "") return [];
  const found: WeakForm[] = [];
  for (let start = firstLineFrom(text, normalized); start <= text.length && keyAt(text, start) === normalized; start = lineEndFrom(text, start) + 1) {
    found.push(parse(text.slice(start, lineEndFrom(text, start))));
  }
  return found;
}

/** The words of weak aliases' normalised forms, for telling whether a word of a text belongs to one. */
export interface WeakFormWords {
  has(word: string): boolean;
  /** The most words a normalised form has (1 when there are none). */
  readonly maxWords: number;
}

/**
 * The words of every weak alias's normalised form (split at spaces): a form's first word is found by
 * bisection, as forms are, and only the later words of forms that have some are hashed, into a typed
 * table of their places in the text. A Set of all the bundled dictionary's 31,000 words cost a
 * resolver's first `extract` 15 to 50 ms; the bundled forms have 22,000 later words.
 *
 * @param forms - A dictionary's weak aliases.
 * @returns The set of their words.
 * @example
 * ```ts
 * const words = weakFormWords({ text: weakFormsText([{ normalized: "nouvelle zelande", entity: 7, alias: "Nouvelle-Zélande" }]) });
 * [words.has("zelande"), words.has("nouvelle zelande"), words.maxWords]; // [true, false, 2]
 * ```
 */
export function weakFormWords(forms: WeakForms): WeakFormWords {
  const { text } = forms;
  // Each later word's start and end in the text, found with the string's own search.
  const later: number[] = [];
  let maxWords = 1;
  for (let start = 0; text !== "" && start <= text.length; start = lineEndFrom(text, start) + 1) {
    const end = text.indexOf("\t", start);
    let words = 1;
    for (let space = text.indexOf(" ", start); space !== -1 && space < end; space = text.indexOf(" ", space + 1)) {
      const next = text.indexOf(" ", space + 1);
      later.push(space + 1, next === -1 || next > end ? end : next);
      words++;
    }
    maxWords = Math.max(maxWords, words);
  }
  // Each slot holds a word's offset plus one (0 when empty) and its length.
  const offsets = new Int32Array(tableSize(later.length / 2));
  const lengths = new Int32Array(offsets.length);
  const mask = offsets.length - 1;
  const holds = (slot: number, word: string): boolean => lengths[slot] === word.length && text.startsWith(word, (offsets[slot] as number) - 1);
  for (let k = 0; k < later.length; k += 2) {
    const from = later[k] as number;
    const word = text.slice(from, later[k + 1] as number);
    let slot = hashOf(word, 0, word.length) & mask;
    while (offsets[slot] !== 0 && !holds(slot, word)) slot = (slot + 1) & mask;
    offsets[slot] = from + 1;
    lengths[slot] = word.length;
  }
  const firstWord = (word: string): boolean => {
    if (text === "" || word.includes(" ")) return false;
    const start = firstLineFrom(text, word);
    if (start <= text.length && keyAt(text, start) === word) return true;
    const withNext = firstLineFrom(text, `${word} `);
    return withNext <= text.length && keyAt(text, withNext).startsWith(`${word} `);
  };
  return {
    maxWords,
    has(word) {
      if (firstWord(word)) return true;
      for (let slot = hashOf(word, 0, word.length) & mask; offsets[slot] !== 0; slot = (slot + 1) & mask) if (holds(slot, word)) return true;
      return false;
    },
  };
}
