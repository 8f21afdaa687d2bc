// Viterbi beam search of a noisy channel constrained to a lexicon trie, as lexical-tree decoding in speech recognition (Ney & Ortmanns, "Progress in dynamic programming search for LVCSR", 2000).
import { doubled } from "../index/doubled.js";
import { childOf, LEXICON_ROOT, type LatinLexicon } from "../index/latin-lexicon.js";
import { CONSONANT_INSERTION, isVowelCode, unitLetters, UNSEEN, VOWEL_INSERTION, type EmissionRow, type EmissionTable } from "./channel.js";
import { perUnitView } from "./per-unit.js";
import { selectRank } from "./select-rank.js";

/** Partial spellings kept after each unit: enough that the right one survives the units that are written many ways. */
const BEAM_WIDTH = 48;
/** A partial spelling this many nats behind the best is dropped whatever the beam's width. */
const BEAM_WINDOW = 14;

/**
 * Emissions likelier than this are all the decoder follows: the rarer ones, most of them noise of the
 * training pairs ("а" written "kage"), cost more than a letter no unit wrote and would only widen the search.
 */
const MIN_EMISSION_LOGP = -5;

/** A dictionary token the decoder reached, with the log-probability of its likeliest alignment. */
export interface DecodedWord {
  /** The token's vocabulary position. */
  id: number;
  /** Natural log-probability (≤ 0). */
  logProbability: number;
  /** How many letters the Latin word has. */
  letters: number;
}

/**
 * A unit's likelier emissions as a trie in typed arrays, node 0 the root: each node's children chained
 * in alphabetical order, as a lexicon node's are, so that one walk along both finds the letters they share.
 */
interface DecodingTrie {
  /** Per node, the log-score of the emission that ends there, or NaN when none does. */
  logp: Float64Array;
  code: Uint16Array;
  firstChild: Int32Array;
  nextSibling: Int32Array;
  /** The root's child for each ASCII letter, or NONE: a lexicon node's first letters look theirs up here. */
  byFirstLetter: Int32Array;
}

const NONE = -1;
const ASCII = 128;

function decodingTrie(row: EmissionRow): DecodingTrie {
  let capacity = 1;
  for (let k = 0; k < row.length; k++) capacity += (row[k] as EmissionRow[number])[0].length;
  const trie: DecodingTrie = {
    logp: new Float64Array(capacity).fill(Number.NaN),
    code: new Uint16Array(capacity),
    firstChild: new Int32Array(capacity).fill(NONE),
    nextSibling: new Int32Array(capacity).fill(NONE),
    byFirstLetter: new Int32Array(ASCII).fill(NONE),
  };
  let nodes = 1;
  for (let k = 0; k < row.length; k++) {
    const entry = row[k] as EmissionRow[number];
    if (entry[1] < MIN_EMISSION_LOGP) continue;
    const piece = entry[0];
    let node = 0;
    for (let i = 0; i < piece.length; i++) {
      const code = piece.charCodeAt(i);
      let previous = NONE;
      let child = trie.firstChild[node] as number;
      while (child !== NONE && (trie.code[child] as number) < code) {
        previous = child;
        child = trie.nextSibling[child] as number;
      }
      if (child === NONE || trie.code[child] !== code) {
        const added = nodes++;
        trie.code[added] = code;
        trie.nextSibling[added] = child;
        if (previous === NONE) trie.firstChild[node] = added;
        else trie.nextSibling[previous] = added;
        child = added;
      }
      node = child;
    }
    trie.logp[node] = entry[1];
  }
  for (let child = trie.firstChild[0] as number; child !== NONE; child = trie.nextSibling[child] as number) {
    if ((trie.code[child] as number) < ASCII) trie.byFirstLetter[trie.code[child] as number] = child;
  }
  return trie;
}

/** A unit's likelier emissions as a trie, built on the unit's first use. */
const decodingTries = /* @__PURE__ */ perUnitView(decodingTrie);

/** Partial spellings: lexicon nodes and their scores, the first `length` of two growable arrays, one entry per node. */
interface Beam {
  nodes: Int32Array;
  scores: Float64Array;
  length: number;
  /** Marks the entries of `slotOf` that belong to this beam. */
  stamp: number;
}

/**
 * What decoding over one lexicon reuses from call to call: per lexicon node, the beam that holds it (by
 * stamp) and its slot there, so that finding a node's slot is two array reads; the three beams one step
 * of decoding passes between (the beam, its survivors, the next beam); room to rank scores.
 */
interface DecodingScratch {
  stampOf: Int32Array;
  slotOf: Int32Array;
  lastStamp: number;
  beams: [Beam, Beam, Beam];
  ranked: Float64Array;
  /** The best words of a decoding so far, best first: vocabulary positions, log-probabilities, letters. */
  best: { ids: Int32Array; scores: Float64Array; letters: Int32Array };
}

const scratches = new WeakMap<LatinLexicon, DecodingScratch>();

function scratchFor(lexicon: LatinLexicon): DecodingScratch {
  let scratch = scratches.get(lexicon);
  if (!scratch) {
    const beam = (): Beam => ({ nodes: new Int32Array(256), scores: new Float64Array(256), length: 0, stamp: 0 });
    const nodeCount = lexicon.code.length;
    scratch = {
      stampOf: new Int32Array(nodeCount),
      slotOf: new Int32Array(nodeCount),
      lastStamp: 0,
      beams: [beam(), beam(), beam()],
      ranked: new Float64Array(256),
      best: { ids: new Int32Array(0), scores: new Float64Array(0), letters: new Int32Array(0) },
    };
    scratches.set(lexicon, scratch);
  }
  return scratch;
}

/** Empties a beam for reuse, with a stamp no node is marked with yet. */
function cleared(scratch: DecodingScratch, beam: Beam): Beam {
  if (scratch.lastStamp === 0x7fffffff) {
    scratch.stampOf.fill(0);
    scratch.lastStamp = 0;
  }
  beam.length = 0;
  beam.stamp = ++scratch.lastStamp;
  return beam;
}

/** A beam of the scratch's three other than those given. */
function otherBeam(scratch: DecodingScratch, taken: Beam, alsoTaken: Beam = taken): Beam {
  // Indexed, not destructured: a one-off lookup runs this before the compiler has, and the interpreter iterates the tuple.
  for (let k = 0; k < 2; k++) {
    const beam = scratch.beams[k] as Beam;
    if (beam !== taken && beam !== alsoTaken) return beam;
  }
  return scratch.beams[2];
}

function relax(scratch: DecodingScratch, beam: Beam, node: number, score: number): void {
  if (scratch.stampOf[node] !== beam.stamp) {
    if (beam.length === beam.nodes.length) {
      beam.nodes = doubled(beam.nodes);
      beam.scores = doubled(beam.scores);
    }
    scratch.stampOf[node] = beam.stamp;
    scratch.slotOf[node] = beam.length;
    beam.nodes[beam.length] = node;
    beam.scores[beam.length++] = score;
  } else {
    const slot = scratch.slotOf[node] as number;
    if (score > (beam.scores[slot] as number)) beam.scores[slot] = score;
  }
}

/**
 * Extends the partial spelling in `slot` of `from` by every emission of a unit that the lexicon can
 * continue. The node's children (a handful, but for a word's first letters) look their letters up
 * among the unit's first letters: fewer steps than walking both lists, and the same alphabetical order.
 * Given the slot, not its score: a fraction passed to a call the compiler does not inline is boxed.
 */
function emit(lexicon: LatinLexicon, scratch: DecodingScratch, into: Beam, trie: DecodingTrie, from: Beam, slot: number): void {
  const node = from.nodes[slot] as number;
  const score = from.scores[slot] as number;
  for (let child = lexicon.firstChild[node] as number; child >= 0; child = lexicon.nextSibling[child] as number) {
    const code = lexicon.code[child] as number;
    const emitted = code < ASCII ? (trie.byFirstLetter[code] as number) : childOf(trie, 0, code);
    if (emitted === NONE) continue;
    const logp = trie.logp[emitted] as number;
    if (!Number.isNaN(logp)) relax(scratch, into, child, score + logp);
    if (trie.firstChild[emitted] !== NONE) emitBelow(lexicon, scratch, into, trie, emitted, child, from, slot);
  }
}

/** Extends the partial spelling in `slot` of `from`, at lexicon node `node`, by every emission below `at` in a unit's trie that the lexicon can continue. */
function emitBelow(lexicon: LatinLexicon, scratch: DecodingScratch, into: Beam, trie: DecodingTrie, at: number, node: number, from: Beam, slot: number): void {
  const score = from.scores[slot] as number;
  let child = lexicon.firstChild[node] as number;
  for (let emitted = trie.firstChild[at] as number; emitted !== NONE && child >= 0; emitted = trie.nextSibling[emitted] as number) {
    const code = trie.code[emitted] as number;
    while (child >= 0 && (lexicon.code[child] as number) < code) child = lexicon.nextSibling[child] as number;
    if (child < 0 || lexicon.code[child] !== code) continue;
    const logp = trie.logp[emitted] as number;
    if (!Number.isNaN(logp)) relax(scratch, into, child, score + logp);
    if (trie.firstChild[emitted] !== NONE) emitBelow(lexicon, scratch, into, trie, emitted, child, from, slot);
  }
}

/** The score a partial spelling needs to stay: within the window of the best, and among the beam's width best. */
function floorOf(scratch: DecodingScratch, beam: Beam): number {
  const { scores, length } = beam;
  let best = -Infinity;
  for (let slot = 0; slot < length; slot++) if ((scores[slot] as number) > best) best = scores[slot] as number;
  const window = best - BEAM_WINDOW;
  let within = 0;
  for (let slot = 0; slot < length; slot++) if ((scores[slot] as number) >= window) within++;
  if (within <= BEAM_WIDTH) return window;
  if (scratch.ranked.length < within) scratch.ranked = new Float64Array(2 * within);
  let k = 0;
  for (let slot = 0; slot < length; slot++) if ((scores[slot] as number) >= window) scratch.ranked[k++] = scores[slot] as number;
  return selectRank(scratch.ranked.subarray(0, within), within - BEAM_WIDTH);
}

/** The surviving partial spellings, into `kept`, each also going on with a letter no unit wrote, at that letter's cost. */
function survivors(lexicon: LatinLexicon, scratch: DecodingScratch, beam: Beam, kept: Beam): Beam {
  const floor = floorOf(scratch, beam);
  cleared(scratch, kept);
  for (let slot = 0; slot < beam.length && kept.length < BEAM_WIDTH; slot++) {
    const score = beam.scores[slot] as number;
    if (score >= floor) relax(scratch, kept, beam.nodes[slot] as number, score);
  }
  const count = kept.length;
  for (let slot = 0; slot < count; slot++) {
    const score = kept.scores[slot] as number;
    if (score + VOWEL_INSERTION < floor) continue;
    const node = kept.nodes[slot] as number;
    for (let child = lexicon.firstChild[node] as number; child >= 0; child = lexicon.nextSibling[child] as number) {
      relax(scratch, kept, child, score + (isVowelCode(lexicon.code[child] as number) ? VOWEL_INSERTION : CONSONANT_INSERTION));
    }
  }
  return kept;
}

/**
 * The dictionary's Latin tokens a sequence of units is likeliest written as, found by walking the
 * learned model and the lexicon together: each unit extends the surviving partial spellings by the
 * substrings it writes that some dictionary word continues with, and only the likeliest survive.
 * It finds candidates that share no consonant key with the query ("гвидо" → "guido").
 *
 * @param units - From {@link transliterationUnits}.
 * @param table - The script's learned emissions: a model's `merged` table.
 * @param lexicon - From {@link latinLexiconOf}.
 * @param count - How many tokens to return.
 * @returns Up to `count` tokens, likeliest first (ties by vocabulary position).
 * @example
 * ```ts
 * const index = buildIndex(["Guido", "Gabet", "Vidal"].map((name) => ({ id: name, name })));
 * const [best] = decodeChannel(transliterationUnits("гвидо").units, modelFor("cyrillic")!.merged, latinLexiconOf(index), 3);
 * index.vocabulary[best!.id]!.token.text; // "guido"
 * ```
 */
export function decodeChannel(units: readonly string[], table: EmissionTable, lexicon: LatinLexicon, count: number): DecodedWord[] {
  const trieOf = decodingTries(table);
  const scratch = scratchFor(lexicon);
  let beam = cleared(scratch, scratch.beams[0]);
  relax(scratch, beam, LEXICON_ROOT, 0);
  for (let u = 0; u < units.length; u++) {
    const unit = units[u] as string;
    const kept = survivors(lexicon, scratch, beam, otherBeam(scratch, beam));
    const next = cleared(scratch, otherBeam(scratch, beam, kept));
    const emissions = trieOf(unit);
    const literal = emissions ? -1 : unitLetters(unit).charCodeAt(0);
    for (let slot = 0; slot < kept.length; slot++) {
      const node = kept.nodes[slot] as number;
      const score = kept.scores[slot] as number;
      if (!emissions) {
        // A unit training never saw (a digit, a rare letter) writes itself, or nothing at a cost.
        relax(scratch, next, node, score + UNSEEN);
        const written = childOf(lexicon, node, literal);
        if (written >= 0) relax(scratch, next, written, score);
        continue;
      }
      const silent = emissions.logp[0] as number;
      // Two calls, not one with a choice of cost: choosing between the whole number UNSEEN and a fraction boxes the fraction.
      if (Number.isNaN(silent)) relax(scratch, next, node, score + UNSEEN);
      else relax(scratch, next, node, score + silent);
      emit(lexicon, scratch, next, emissions, kept, slot);
    }
    beam = next;
  }
  const final = survivors(lexicon, scratch, beam, otherBeam(scratch, beam));
  // The `count` likeliest words, ties by vocabulary position, kept in order in the scratch as they are
  // met (a word ends at one node only, so each is met once): no list of every word the beam reached.
  const best = scratch.best.ids.length >= count ? scratch.best : (scratch.best = { ids: new Int32Array(count), scores: new Float64Array(count), letters: new Int32Array(count) });
  let kept = 0;
  for (let slot = 0; slot < final.length; slot++) {
    const node = final.nodes[slot] as number;
    const score = final.scores[slot] as number;
    const end = lexicon.hi[node] as number;
    const level = lexicon.depth[node] as number;
    for (let k = lexicon.lo[node] as number; k < end && lexicon.lengths[k] === level; k++) {
      const id = lexicon.ids[k] as number;
      if (kept === count && (count === 0 || !decodedBefore(score, id, best, count - 1))) continue;
      let at = kept === count ? count - 1 : kept++;
      for (; at > 0 && decodedBefore(score, id, best, at - 1); at--) {
        best.ids[at] = best.ids[at - 1] as number;
        best.scores[at] = best.scores[at - 1] as number;
        best.letters[at] = best.letters[at - 1] as number;
      }
      best.ids[at] = id;
      best.scores[at] = score;
      best.letters[at] = level;
    }
  }
  const words = new Array<DecodedWord>(kept);
  for (let k = 0; k < kept; k++) words[k] = { id: best.ids[k] as number, logProbability: best.scores[k] as number, letters: best.letters[k] as number };
  return words;
}

/** Whether a word of log-probability `score` at vocabulary position `id` ranks before the `at`-th best so far: likelier, or as likely and first in the vocabulary. */
function decodedBefore(score: number, id: number, best: DecodingScratch["best"], at: number): boolean {
  const other = best.scores[at] as number;
  return score > other || (score === other && id < (best.ids[at] as number));
}
