// Viterbi scoring of a Latin spelling under a learned unit-to-substring transliteration model (a noisy channel, Knight & Graehl 1998).
import { doubled } from "../index/doubled.js";
import { perUnit, perUnitView } from "./per-unit.js";

/** A unit's Latin substrings with their log-scores, likeliest first. */
export type EmissionRow = ReadonlyArray<readonly [latin: string, logScore: number]>;

/**
 * unit → Latin substring → log-score, as written by scripts/learn-transliteration.mjs: a log-probability
 * mixing how a unit is written with how surely the substring points back to the unit. Rows are read on
 * a unit's first use, since a lookup meets a few dozen of a script's hundreds of units.
 */
export interface EmissionTable {
  /** The units training saw. */
  readonly units: readonly string[];
  /** A unit's emissions, or undefined for a unit training never saw. */
  emissions(unit: string): EmissionRow | undefined;
}

/**
 * A script's learned model: a mixture of emission tables, one per orthography EM found in the
 * training pairs (English, German, Polish, French spellings of Russian names, say), each with its share.
 */
export interface TransliterationModel {
  /** The orthographies, each with the natural log of its share and its emissions. */
  readonly classes: ReadonlyArray<{ readonly logWeight: number; readonly emissions: EmissionTable }>;
  /** Per unit and substring the best log-score any orthography gives it: what readings and decoding follow. */
  readonly merged: EmissionTable;
}

const ASCII = 128;
const NONE = -1;
/** A first letter whose branch of the trie is not built yet. */
const UNBUILT = -2;

/**
 * A unit's emissions under every orthography of a model as one trie laid out in typed arrays, node 0
 * the root, each node's children a chain of siblings: alignment walks a spelling's letters down it once
 * for all the orthographies, where a trie each walked the same letters once per orthography. A branch
 * is built when alignment first starts a walk at its letter: a one-off lookup meets a hundred units and
 * a few letters of each, and building whole tries cost it about 9 ms.
 */
interface AlignmentTrie {
  /** Per orthography, the unit's row, or undefined when training never saw the orthography write it: a node's log-scores are `logp[node * rows.length]` on. */
  rows: ReadonlyArray<EmissionRow | undefined>;
  /** Whether every orthography saw the unit, as they mostly all have. */
  seenByAll: boolean;
  /** Per node and orthography, the log-score of the emission ending there, or NaN when none does; the root's is writing nothing. */
  logp: Float64Array;
  /** Per node, the letter leading to it, its first child and its next sibling (NONE when there is none). */
  code: Uint16Array;
  firstChild: Int32Array;
  nextSibling: Int32Array;
  /** The root's child for each ASCII letter, UNBUILT until first asked for, NONE when no emission starts with it. */
  byFirstLetter: Int32Array;
  nodes: number;
}

function alignmentTrie(rows: ReadonlyArray<EmissionRow | undefined>): AlignmentTrie {
  // Indexed loops, not destructuring: a one-off lookup runs this before the compiler has, and the interpreter iterates each pair.
  const classes = rows.length;
  let capacity = 1;
  for (let c = 0; c < classes; c++) {
    const row = rows[c];
    for (let k = 0; k < (row?.length ?? 0); k++) capacity += ((row as EmissionRow)[k] as EmissionRow[number])[0].length;
  }
  const trie: AlignmentTrie = {
    rows,
    seenByAll: rows.every((row) => row !== undefined),
    logp: new Float64Array(capacity * classes).fill(Number.NaN),
    code: new Uint16Array(capacity),
    firstChild: new Int32Array(capacity).fill(NONE),
    nextSibling: new Int32Array(capacity).fill(NONE),
    byFirstLetter: new Int32Array(ASCII).fill(NONE),
    nodes: 1,
  };
  for (let c = 0; c < classes; c++) {
    const row = rows[c];
    if (!row) continue;
    for (let k = 0; k < row.length; k++) {
      const piece = (row[k] as EmissionRow[number])[0];
      if (piece === "") trie.logp[c] = (row[k] as EmissionRow[number])[1];
      else if (piece.charCodeAt(0) < ASCII) trie.byFirstLetter[piece.charCodeAt(0)] = UNBUILT;
    }
  }
  return trie;
}

/** The root's child for an ASCII letter, its branch built on first use from the emissions that start with the letter, in the rows' order. */
function branchOf(trie: AlignmentTrie, first: number): number {
  if (trie.byFirstLetter[first] !== UNBUILT) return trie.byFirstLetter[first] as number;
  const root = trie.nodes++;
  trie.code[root] = first;
  trie.byFirstLetter[first] = root;
  const { rows } = trie;
  const classes = rows.length;
  for (let c = 0; c < classes; c++) {
    const row = rows[c];
    if (!row) continue;
    for (let k = 0; k < row.length; k++) {
      const entry = row[k] as EmissionRow[number];
      const piece = entry[0];
      if (piece.charCodeAt(0) !== first) continue;
      let node = root;
      for (let i = 1; i < piece.length; i++) {
        const code = piece.charCodeAt(i);
        // Children are chained in the order their first emission comes, likeliest first, as alignment meets them most.
        let child = trie.firstChild[node] as number;
        let previous = NONE;
        while (child !== NONE && trie.code[child] !== code) {
          previous = child;
          child = trie.nextSibling[child] as number;
        }
        if (child === NONE) {
          child = trie.nodes++;
          trie.code[child] = code;
          if (previous === NONE) trie.firstChild[node] = child;
          else trie.nextSibling[previous] = child;
        }
        node = child;
      }
      trie.logp[node * classes + c] = entry[1];
    }
  }
  return root;
}

function childOf(trie: AlignmentTrie, node: number, code: number): number {
  let child = trie.firstChild[node] as number;
  while (child !== NONE && trie.code[child] !== code) child = trie.nextSibling[child] as number;
  return child;
}

/** Per model, a unit's emissions under its orthographies as one trie, undefined for a unit none of them saw; built on the unit's first use. */
const mixtureTries = new WeakMap<TransliterationModel, (unit: string) => AlignmentTrie | undefined>();

function triesOf(model: TransliterationModel): (unit: string) => AlignmentTrie | undefined {
  let tries = mixtureTries.get(model);
  if (!tries) {
    const { classes } = model;
    tries = perUnit((unit) => {
      const rows = classes.map(({ emissions }) => emissions.emissions(unit));
      return rows.some((row) => row !== undefined) ? alignmentTrie(rows) : undefined;
    });
    mixtureTries.set(model, tries);
  }
  return tries;
}

/**
 * Log-probability of a unit writing a single letter, or nothing, that training never saw it write.
 * @example
 * ```ts
 * UNSEEN < VOWEL_INSERTION; // true
 * ```
 */
export const UNSEEN = -9;
/**
 * Log-probability of a Latin vowel, or of a consonant, that no unit wrote (a silent letter of the source language, a garble).
 * -4.5 rather than -4: on the eval and four other dev samples per script, 55 more right answers first of
 * 60,000 (Russian +12 of 10,000), and 0.6 % more of the bench's other-script names resolved at 100,000 entities.
 * @example
 * ```ts
 * CONSONANT_INSERTION < VOWEL_INSERTION; // true: a consonant from nowhere is the likelier sign of another name
 * ```
 */
export const VOWEL_INSERTION = -4.5;
/**
 * Log-probability of a Latin consonant that no unit wrote.
 * @example
 * ```ts
 * CONSONANT_INSERTION; // -7
 * ```
 */
export const CONSONANT_INSERTION = -7;
/**
 * The Latin letters read as vowels by the model.
 * @example
 * ```ts
 * VOWELS.includes("y"); // true
 * ```
 */
export const VOWELS = "aeiouy";

const LETTER_A = 97;
/** Bit k set when the k-th letter of the alphabet is one of {@link VOWELS}. */
const VOWEL_BITS = /* @__PURE__ */ [...VOWELS].reduce((bits, vowel) => bits | (1 << (vowel.charCodeAt(0) - LETTER_A)), 0);

/**
 * Whether a UTF-16 code unit is one of {@link VOWELS}: alignment asks for every letter of every
 * spelling it aligns, and decoding for every letter it inserts, where a string's or a Set's lookup
 * was the dearest line of decoding.
 * @example
 * ```ts
 * isVowelCode("y".charCodeAt(0)); // true
 * isVowelCode("k".charCodeAt(0)); // false
 * ```
 */
export function isVowelCode(code: number): boolean {
  const letter = code - LETTER_A;
  return letter >= 0 && letter < 26 && ((VOWEL_BITS >>> letter) & 1) === 1;
}
/**
 * Similarity lost per implausible step (a consonant no unit wrote, an emission never seen in training), on
 * top of its log-probability. 0.1 cost right answers where one source spelled a name with a letter training
 * never saw there: at 0.05, 0.15 to 0.65 points more acc@1 on the eval of five scripts (Hebrew the same) and
 * more on four other dev samples of each, and the bench's resolve as precise (no miss answered that was not).
 */
const IMPLAUSIBLE_STEP_COST = 0.05;

/** Lets any Latin letter be written by no unit, at a cost, counting the consonants so written as implausible steps: the row of `letters + 1` cells from `from`. */
function allowInsertions(row: Float64Array, inserted: Int32Array, consonants: Uint8Array, from: number, letters: number): void {
  for (let j = 0; j < letters; j++) {
    const consonant = consonants[j] as number;
    const candidate = (row[from + j] as number) + (consonant ? CONSONANT_INSERTION : VOWEL_INSERTION);
    if (candidate > (row[from + j + 1] as number)) {
      row[from + j + 1] = candidate;
      inserted[from + j + 1] = (inserted[from + j] as number) + consonant;
    }
  }
}

/** The likeliest alignment's log-probability, and how many of its steps training never saw: consonants no unit wrote, unseen emissions. */
interface ChannelAlignment {
  logProbability: number;
  implausibleSteps: number;
}

/**
 * Rows reused across calls, and the alignment they give, overwritten by the next: alignment runs for
 * every shortlisted candidate of every lookup, which would otherwise each leave an object behind.
 * A row holds one stretch of cells per orthography.
 */
function makeScratch(size: number) {
  return {
    consonants: new Uint8Array(size),
    scores: [new Float64Array(size), new Float64Array(size)] as [Float64Array, Float64Array],
    inserted: [new Int32Array(size), new Int32Array(size)] as [Int32Array, Int32Array],
    alignment: { logProbability: 0, implausibleSteps: 0 } as ChannelAlignment,
  };
}
let scratch: ReturnType<typeof makeScratch> | undefined;

/** Keeps a better way to reach `to` in the row being filled: its score and the implausible steps on it. */
function relax(row: Float64Array, inserted: Int32Array, to: number, score: number, steps: number): void {
  if (score > (row[to] as number)) {
    row[to] = score;
    inserted[to] = steps;
  }
}

/**
 * The likeliest alignment of `units` written as `latin` under each orthography of `model`, side by
 * side in one pass: at each unit and letter the unit's trie is walked once for all orthographies.
 * Each orthography's whole alignment is left in the scratch's first rows, at cell
 * `c * (latin.length + 1) + latin.length` for orthography `c`, to be read before the next alignment.
 */
function alignEach(units: readonly string[], latin: string, model: TransliterationModel): void {
  const m = latin.length;
  const width = m + 1;
  const classes = model.classes.length;
  const size = classes * width;
  const tries = triesOf(model);
  if (!scratch || scratch.scores[0].length < size) scratch = makeScratch(2 * size);
  let previous = scratch.scores[0];
  let current = scratch.scores[1];
  let previousInserted = scratch.inserted[0];
  let currentInserted = scratch.inserted[1];
  previous.fill(-Infinity, 0, size);
  previousInserted.fill(0, 0, size);
  const { consonants } = scratch;
  for (let j = 0; j < m; j++) consonants[j] = isVowelCode(latin.charCodeAt(j)) ? 0 : 1;
  for (let c = 0; c < classes; c++) {
    previous[c * width] = 0;
    allowInsertions(previous, previousInserted, consonants, c * width, m);
  }
  for (let u = 0; u < units.length; u++) {
    const unit = units[u] as string;
    current.fill(-Infinity, 0, size);
    const trie = tries(unit);
    for (let c = 0; c < classes && !trie?.seenByAll; c++) {
      if (trie?.rows[c]) continue;
      // A unit an orthography never saw in training (a digit, a rare letter) writes itself, or any one letter at a cost.
      for (let at = c * width, j = 0; j <= m; at++, j++) {
        const base = previous[at] as number;
        if (base === -Infinity) continue;
        const inserted = previousInserted[at] as number;
        relax(current, currentInserted, at, base + UNSEEN, inserted + 1);
        if (j < m) relax(current, currentInserted, at + 1, latin[j] === unit ? base : base + UNSEEN, latin[j] === unit ? inserted : inserted + 1);
      }
    }
    if (trie) {
      const { logp, rows } = trie;
      for (let j = 0; j <= m; j++) {
        let reached = false;
        for (let c = 0, at = j; c < classes; c++, at += width) {
          const base = previous[at] as number;
          if (base === -Infinity || !rows[c]) continue;
          reached = true;
          const silent = logp[c] as number;
          // Two calls, not one with a choice of cost: choosing between the whole number UNSEEN and a
          // fraction makes the compiler box the fraction, an allocation at every step of every alignment.
          if (Number.isNaN(silent)) relax(current, currentInserted, at, base + UNSEEN, (previousInserted[at] as number) + 1);
          else relax(current, currentInserted, at, base + silent, previousInserted[at] as number);
        }
        if (!reached || j === m) continue;
        const code = latin.charCodeAt(j);
        let node = code < ASCII ? branchOf(trie, code) : NONE;
        // A letter the unit was never seen to write alone it may still write, as an unseen emission.
        for (let c = 0, at = j; c < classes; c++, at += width) {
          const base = previous[at] as number;
          if (base === -Infinity || !rows[c]) continue;
          if (node === NONE || Number.isNaN(logp[node * classes + c])) relax(current, currentInserted, at + 1, base + UNSEEN, (previousInserted[at] as number) + 1);
        }
        for (let end = j + 1; node !== NONE; end++) {
          for (let c = 0, at = j; c < classes; c++, at += width) {
            const score = logp[node * classes + c] as number;
            if (!Number.isNaN(score)) relax(current, currentInserted, at + end - j, (previous[at] as number) + score, previousInserted[at] as number);
          }
          node = end < m ? childOf(trie, node, latin.charCodeAt(end)) : NONE;
        }
      }
    }
    for (let c = 0; c < classes; c++) allowInsertions(current, currentInserted, consonants, c * width, m);
    // Swapped by hand: a destructuring swap builds an array each unit until the function is compiled.
    const filled = current;
    current = previous;
    previous = filled;
    const filledInserted = currentInserted;
    currentInserted = previousInserted;
    previousInserted = filledInserted;
  }
  scratch.scores[0] = previous;
  scratch.scores[1] = current;
  scratch.inserted[0] = previousInserted;
  scratch.inserted[1] = currentInserted;
}

/** The likeliest alignment under each orthography, summed over them by their shares; the implausible steps are the likeliest one's. */
function mixtureAlignment(units: readonly string[], latin: string, model: TransliterationModel): Readonly<ChannelAlignment> {
  alignEach(units, latin, model);
  const { scores, inserted, alignment: mixture } = scratch as NonNullable<typeof scratch>;
  const aligned = scores[0];
  const steps = inserted[0];
  const width = latin.length + 1;
  let total = -Infinity;
  let best = -Infinity;
  let implausibleSteps = 0;
  for (let c = 0; c < model.classes.length; c++) {
    const logp = (model.classes[c] as TransliterationModel["classes"][number]).logWeight + (aligned[c * width + latin.length] as number);
    if (logp === -Infinity) continue;
    if (logp > best) {
      best = logp;
      implausibleSteps = steps[c * width + latin.length] as number;
    }
    total = total === -Infinity ? logp : Math.max(total, logp) + Math.log1p(Math.exp(-Math.abs(total - logp)));
  }
  mixture.logProbability = total;
  mixture.implausibleSteps = implausibleSteps;
  return mixture;
}

/**
 * The log-probability of a sequence of units being written as `latin`: under each orthography of
 * the model its likeliest alignment (each unit writes a substring of zero to four letters, in order,
 * and a letter no unit explains costs a fixed penalty), summed over the orthographies by their shares.
 *
 * @param units - From {@link transliterationUnits}.
 * @param latin - Lowercase ASCII.
 * @param model - The script's learned model.
 * @returns A natural log-probability (≤ 0), or -Infinity when no alignment exists.
 * @example
 * ```ts
 * const units = ["^ب", "و", "ت", "ي", "ن$"]; // بوتين
 * Math.round(channelLogProbability(units, "putin", modelFor("arabic")!)); // -3
 * channelLogProbability(units, "bottin", modelFor("arabic")!) < channelLogProbability(units, "putin", modelFor("arabic")!); // true
 * ```
 */
export function channelLogProbability(units: readonly string[], latin: string, model: TransliterationModel): number {
  return mixtureAlignment(units, latin, model).logProbability;
}

const CEILING = 0.97;
const LETTER_LOSS_SCALE = 1.1;

/**
 * The similarity of a Latin spelling to a token of another script under its learned model: the
 * log-probability per Latin letter, mapped onto [0, 0.97] by a decreasing quadratic
 * (never tied at the top, so that it still ranks the best candidates), less 0.05 for each step
 * training never saw: a Latin consonant no unit wrote, a letter no unit was seen to write so.
 *
 * @param units - From {@link transliterationUnits}.
 * @param latin - Lowercase ASCII.
 * @param model - The script's learned model.
 * @returns Similarity in [0, 0.97].
 * @example
 * ```ts
 * channelSimilarity(["^ب", "و", "ت", "ي", "ن$"], "putin", modelFor("arabic")!) > 0.8; // true
 * channelSimilarity(["^ب", "و", "ت", "ي", "ن$"], "smith", modelFor("arabic")!) < 0.3; // true
 * ```
 */
export function channelSimilarity(units: readonly string[], latin: string, model: TransliterationModel): number {
  const { logProbability, implausibleSteps } = mixtureAlignment(units, latin, model);
  if (logProbability === -Infinity || latin === "") return 0;
  // Per Latin letter, where it was per letter and the end of the word, which let a short spelling lose less
  // per letter than it should and rank above the right, longer one ("šose" over "sausset" for "соссе", "hoài"
  // over "huwayj" for "хуваи"). The 1.1 keeps the scale the similarity's thresholds were set on. On four dev
  // samples per script besides the eval's, the loss per letter alone put 133 more right answers of 48,000
  // first, but resolve left 0.7 % more of the bench's other-script names unpaired at 100,000 entities;
  // scaled by 1.1, 112 more first, more in every script, and the bench unchanged within noise.
  // Correct pairs of the dev splits lose about 0.55 to 0.8 nats per letter (1.2 to 1.5 at the 90th
  // percentile, more for Chinese and Korean), unrelated ones about 5.5 (2.9 to 3.6 at the 1st percentile):
  // 0.8 maps to 0.9, 1.4 to 0.83, 3 to 0.58.
  const loss = -logProbability / (LETTER_LOSS_SCALE * latin.length);
  // A consonant the source never wrote, or a letter it never writes so, makes another name however long
  // the rest: "Kabulov" is not "Кабул", "Tajikistan" not "Узбекистан".
  return Math.max(0, CEILING - 0.07 * loss - 0.02 * loss * loss - IMPLAUSIBLE_STEP_COST * implausibleSteps);
}

const WORD_EDGES = /[\^$]/g;

/**
 * A unit without the marks of a word's start (^) and end ($): what a unit training never saw writes.
 *
 * @param unit - From {@link transliterationUnits}.
 * @returns The unit's letters.
 * @example
 * ```ts
 * unitLetters("^ب"); // "ب"
 * ```
 */
export function unitLetters(unit: string): string {
  return unit.replace(WORD_EDGES, "");
}

const BEAM_WIDTH = 8;
const CHOICES_PER_UNIT = 5;
/** An odd multiplier of the spellings' polynomial hash (Karp & Rabin), so that its powers never vanish modulo 2^32. */
const HASH_BASE = 0x01000193;

/** One of a unit's first emissions, with what extending a spelling's hash by it takes. */
interface Choice {
  piece: string;
  logp: number;
  /** The piece's polynomial hash. */
  hash: number;
  /** The base to the power of the piece's length: a spelling hashed h, extended by the piece, hashes to h · power + hash, modulo 2^32. */
  power: number;
}

/** The choice of writing `piece` at log-score `logp`. */
function choiceOf(piece: string, logp: number): Choice {
  let hash = 0;
  let power = 1;
  for (let i = 0; i < piece.length; i++) {
    hash = (Math.imul(hash, HASH_BASE) + piece.charCodeAt(i)) >>> 0;
    power = Math.imul(power, HASH_BASE) >>> 0;
  }
  return { piece, logp, hash, power };
}

/**
 * A unit's first emissions, kept on the unit's first use, likeliest first: rows are written so, and
 * sorted again (stably, so that ties keep their order) because readings stop offering a unit's choices
 * at the first one the beam turns away, which is only right when those after it are no likelier.
 */
const bestChoices = /* @__PURE__ */ perUnitView((row) =>
  row
    .slice(0, CHOICES_PER_UNIT)
    .sort((a, b) => b[1] - a[1])
    .map(([piece, logp]) => choiceOf(piece, logp)),
);

/**
 * The likeliest Latin spellings of a sequence of units under a learned model, by beam search: how
 * the name is probably written in Latin, used to find dictionary candidates the rules alone miss.
 *
 * @param units - From {@link transliterationUnits}.
 * @param table - The script's learned emissions: a model's `merged` table.
 * @param count - How many spellings to return.
 * @returns Up to `count` distinct spellings, likeliest first.
 * @example
 * ```ts
 * channelReadings(["^х", "и", "н", "к", "л", "и$"], modelFor("cyrillic")!.merged, 3); // ["hinkli", "hincli", "hinkly"]
 * ```
 */
export function channelReadings(units: readonly string[], table: EmissionTable, count: number): string[] {
  const choicesOf = bestChoices(table);
  const search = clearedSearch();
  const { trail } = search;
  let beam = search.beams[0];
  let next = search.beams[1];
  beam.rows[0] = NO_ROW;
  beam.scores[0] = 0;
  beam.hashes[0] = 0;
  beam.size = 1;
  for (const unit of units) {
    const choices = choicesOf(unit) ?? [choiceOf(unitLetters(unit), 0)];
    next.size = 0;
    // The choices come likeliest first and the beam best first, and a full beam only raises its floor: once
    // one extension falls below it, so do the rest of its choices, and when that is its likeliest choice,
    // every extension of the spellings after it.
    for (let b = 0; b < beam.size; b++) {
      let offered = 0;
      while (offered < choices.length) {
        if (!keepIfAmongBest(trail, next, beam, b, choices[offered] as Choice)) break;
        offered++;
      }
      if (offered === 0) break;
    }
    const filled = next;
    next = beam;
    beam = filled;
  }
  const readings: string[] = [];
  for (let k = 0; k < Math.min(count, beam.size); k++) {
    const reading = spellingOf(trail, beam.rows[k] as number);
    if (reading !== "") readings.push(reading);
  }
  return readings;
}

/** Up to BEAM_WIDTH distinct spellings, best score first, ties in the order they came, each a row of the trail with its score and hash: the first `size` of each list. */
interface Beam {
  rows: Int32Array;
  scores: Float64Array;
  hashes: Uint32Array;
  size: number;
}

function emptyBeam(): Beam {
  return { rows: new Int32Array(BEAM_WIDTH), scores: new Float64Array(BEAM_WIDTH), hashes: new Uint32Array(BEAM_WIDTH), size: 0 };
}

/** The empty spelling, which the first unit extends. */
const NO_ROW = -1;

/**
 * Every spelling a beam search kept, as the row of the spelling it extends and the piece added: a
 * spelling is written out only when returned or told from another with the same hash, not each time
 * a unit extends it (4.5 million strings for the 62,700 tokens in other scripts of 100,000 entities,
 * an eighth of what building their index allocated). The first `count` rows are this search's.
 */
interface Trail {
  extended: Int32Array;
  lengths: Int32Array;
  pieces: string[];
  /** The spelling of a row once written out, so that rows sharing a beginning write it once. */
  spellings: Array<string | undefined>;
  count: number;
}

/**
 * What a search reuses from the last (its beams and its trail, emptied): made on first use, the trail
 * grown when a search keeps more spellings. Made for each search, the two beams' six typed arrays were
 * as much as the strings the trail saves.
 */
let lastSearch: { beams: [Beam, Beam]; trail: Trail } | undefined;

function clearedSearch(): { beams: [Beam, Beam]; trail: Trail } {
  lastSearch ??= { beams: [emptyBeam(), emptyBeam()], trail: { extended: new Int32Array(256), lengths: new Int32Array(256), pieces: [], spellings: [], count: 0 } };
  lastSearch.beams[0].size = 0;
  lastSearch.beams[1].size = 0;
  lastSearch.trail.count = 0;
  return lastSearch;
}

/** Adds a row extending `extended` by `piece`, `length` letters in all, with its spelling when already written out; returns it. */
function addRow(trail: Trail, extended: number, piece: string, length: number, spelling: string | undefined): number {
  const row = trail.count++;
  if (row === trail.extended.length) {
    trail.extended = doubled(trail.extended);
    trail.lengths = doubled(trail.lengths);
  }
  trail.extended[row] = extended;
  trail.lengths[row] = length;
  trail.pieces[row] = piece;
  trail.spellings[row] = spelling;
  return row;
}

/** A row's spelling, written out from the rows it extends. */
function spellingOf(trail: Trail, row: number): string {
  if (row === NO_ROW) return "";
  let spelling = trail.spellings[row];
  if (spelling === undefined) {
    spelling = spellingOf(trail, trail.extended[row] as number) + (trail.pieces[row] as string);
    trail.spellings[row] = spelling;
  }
  return spelling;
}

function lengthOf(trail: Trail, row: number): number {
  return row === NO_ROW ? 0 : (trail.lengths[row] as number);
}

/**
 * Offers spelling `b` of `from` extended by `choice` to the beam: it is kept when among the BEAM_WIDTH
 * best distinct spellings so far, at its best score. The same as sorting every extension by score
 * (stably) and keeping the first occurrence of each spelling, without making the objects of those that
 * would be dropped nor the strings of any; a spelling is told from those in the beam by its hash, and
 * by its letters only when the hashes and lengths agree. The lists are shifted in place, where splice
 * would make an array of what it removes on every call. Returns false when the beam is full and the
 * score no better than its last.
 */
function keepIfAmongBest(trail: Trail, beam: Beam, from: Beam, b: number, choice: Choice): boolean {
  const { rows, scores, hashes } = beam;
  const score = (from.scores[b] as number) + choice.logp;
  let size = beam.size;
  if (size === BEAM_WIDTH && score <= (scores[BEAM_WIDTH - 1] as number)) return false;
  const hash = (Math.imul(from.hashes[b] as number, choice.power) + choice.hash) >>> 0;
  const extended = from.rows[b] as number;
  const length = lengthOf(trail, extended) + choice.piece.length;
  // Written out once, and only when a spelling of the beam has the same hash and length.
  let spelling: string | undefined;
  let existing = 0;
  for (; existing < size; existing++) {
    if (hashes[existing] !== hash || lengthOf(trail, rows[existing] as number) !== length) continue;
    spelling ??= spellingOf(trail, extended) + choice.piece;
    if (spellingOf(trail, rows[existing] as number) === spelling) break;
  }
  if (existing < size) {
    if (score <= (scores[existing] as number)) return true;
    for (let i = existing; i < size - 1; i++) {
      rows[i] = rows[i + 1] as number;
      scores[i] = scores[i + 1] as number;
      hashes[i] = hashes[i + 1] as number;
    }
    size--;
  }
  let at = size;
  while (at > 0 && (scores[at - 1] as number) < score) at--;
  // When the beam is full its last spelling is dropped.
  for (let i = Math.min(size, BEAM_WIDTH - 1); i > at; i--) {
    rows[i] = rows[i - 1] as number;
    scores[i] = scores[i - 1] as number;
    hashes[i] = hashes[i - 1] as number;
  }
  rows[at] = addRow(trail, extended, choice.piece, length, spelling);
  scores[at] = score;
  hashes[at] = hash;
  beam.size = Math.min(size + 1, BEAM_WIDTH);
  return true;
}
