// Viterbi beam search of a noisy channel constrained to a lexicon trie, as lexical-tree decoding in speech recognition (Ney & Ortmanns, "Progress in dynamic programming search for LVCSR", 2000).
import { childOf, LEXICON_ROOT, wordsEndingAt, type LatinLexicon } from "../index/latin-lexicon.js";
import { CONSONANT_INSERTION, UNSEEN, VOWEL_INSERTION, VOWELS, type EmissionRow, type EmissionTable } from "./channel.js";
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

const VOWEL_CODES = new Set([...VOWELS].map((c) => c.charCodeAt(0)));

/** A dictionary token the decoder reached, with the log-probability of its likeliest alignment. */
export interface DecodedWord {
  /** The token's vocabulary position. */
  id: number;
  /** Natural log-probability (≤ 0). */
  logProbability: number;
}

/** A node of a unit's emissions for decoding: its letters in alphabetical order, as a lexicon node's children are, and the node each leads to. */
interface DecodingNode {
  /** The log-score of the emission that ends here, if one does. */
  logp: number | undefined;
  codes: number[];
  children: DecodingNode[];
}

/** A unit's likelier emissions as a trie, each node's letters kept in order as they are added. */
function decodingTrie(row: EmissionRow): DecodingNode {
  const root: DecodingNode = { logp: undefined, codes: [], children: [] };
  for (const [piece, logp] of row) {
    if (logp < MIN_EMISSION_LOGP) continue;
    let node = root;
    for (let i = 0; i < piece.length; i++) {
      const code = piece.charCodeAt(i);
      let at = 0;
      while (at < node.codes.length && (node.codes[at] as number) < code) at++;
      if (node.codes[at] !== code) {
        node.codes.splice(at, 0, code);
        node.children.splice(at, 0, { logp: undefined, codes: [], children: [] });
      }
      node = node.children[at] as DecodingNode;
    }
    node.logp = logp;
  }
  return root;
}

/** A unit's likelier emissions as a trie, built on the unit's first use. */
const decodingTries = /* @__PURE__ */ perUnitView(decodingTrie);

/** Partial spellings: parallel lists of lexicon nodes and their scores, one entry per node. */
interface Beam {
  nodes: number[];
  scores: number[];
  /** Marks the lexicon's slot table entries that belong to this beam. */
  stamp: number;
  slots: SlotTable;
}

/**
 * Per lexicon node, the beam that holds it (by stamp) and its slot there: finding a node's slot is
 * two array reads, where a Map per beam cost a hash of each node on every extension.
 */
interface SlotTable {
  stampOf: Int32Array;
  slotOf: Int32Array;
  lastStamp: number;
}

const slotTables = new WeakMap<LatinLexicon, SlotTable>();

function emptyBeam(slots: SlotTable): Beam {
  if (slots.lastStamp === 0x7fffffff) {
    slots.stampOf.fill(0);
    slots.lastStamp = 0;
  }
  return { nodes: [], scores: [], stamp: ++slots.lastStamp, slots };
}

function relax(beam: Beam, node: number, score: number): void {
  const { stampOf, slotOf } = beam.slots;
  if (stampOf[node] !== beam.stamp) {
    stampOf[node] = beam.stamp;
    slotOf[node] = beam.nodes.length;
    beam.nodes.push(node);
    beam.scores.push(score);
  } else {
    const slot = slotOf[node] as number;
    if (score > (beam.scores[slot] as number)) beam.scores[slot] = score;
  }
}

/** Extends a partial spelling by every emission of one unit that the lexicon can continue. */
function emit(lexicon: LatinLexicon, into: Beam, emissions: DecodingNode, node: number, score: number): void {
  // Both lists are in alphabetical order: one walk along the two finds the letters they share.
  const { codes, children } = emissions;
  let child = lexicon.firstChild[node] as number;
  for (let k = 0; k < codes.length && child >= 0; k++) {
    const code = codes[k] as number;
    while (child >= 0 && (lexicon.code[child] as number) < code) child = lexicon.nextSibling[child] as number;
    if (child < 0 || lexicon.code[child] !== code) continue;
    const next = children[k] as DecodingNode;
    if (next.logp !== undefined) relax(into, child, score + next.logp);
    if (next.codes.length > 0) emit(lexicon, into, next, child, score);
  }
}

/** The score a partial spelling needs to stay: within the window of the best, and among the beam's width best. */
function floorOf(beam: Beam): number {
  let best = -Infinity;
  for (const score of beam.scores) if (score > best) best = score;
  const window = best - BEAM_WINDOW;
  const within = beam.scores.filter((score) => score >= window);
  if (within.length <= BEAM_WIDTH) return window;
  return selectRank(Float64Array.from(within), within.length - BEAM_WIDTH);
}

/** The surviving partial spellings, each also going on with a letter no unit wrote, at that letter's cost. */
function survivors(lexicon: LatinLexicon, beam: Beam): Beam {
  const floor = floorOf(beam);
  const kept = emptyBeam(beam.slots);
  beam.nodes.forEach((node, slot) => {
    const score = beam.scores[slot] as number;
    if (score < floor || kept.nodes.length >= BEAM_WIDTH) return;
    relax(kept, node, score);
  });
  const count = kept.nodes.length;
  for (let slot = 0; slot < count; slot++) {
    const score = kept.scores[slot] as number;
    if (score + VOWEL_INSERTION < floor) continue;
    const node = kept.nodes[slot] as number;
    for (let child = lexicon.firstChild[node] as number; child >= 0; child = lexicon.nextSibling[child] as number) {
      relax(kept, child, score + (VOWEL_CODES.has(lexicon.code[child] as number) ? VOWEL_INSERTION : CONSONANT_INSERTION));
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
  let slots = slotTables.get(lexicon);
  if (!slots) {
    slots = { stampOf: new Int32Array(lexicon.code.length), slotOf: new Int32Array(lexicon.code.length), lastStamp: 0 };
    slotTables.set(lexicon, slots);
  }
  let beam = emptyBeam(slots);
  relax(beam, LEXICON_ROOT, 0);
  for (const unit of units) {
    beam = survivors(lexicon, beam);
    const next = emptyBeam(slots);
    const emissions = trieOf(unit);
    beam.nodes.forEach((node, slot) => {
      const score = beam.scores[slot] as number;
      if (!emissions) {
        // A unit training never saw (a digit, a rare letter) writes itself, or nothing at a cost.
        relax(next, node, score + UNSEEN);
        const literal = childOf(lexicon, node, unit.replace(/[\^$]/g, "").charCodeAt(0));
        if (literal >= 0) relax(next, literal, score);
        return;
      }
      relax(next, node, score + (emissions.logp ?? UNSEEN));
      emit(lexicon, next, emissions, node, score);
    });
    beam = next;
  }
  beam = survivors(lexicon, beam);
  const best = new Map<number, number>();
  beam.nodes.forEach((node, slot) => {
    const score = beam.scores[slot] as number;
    for (const id of wordsEndingAt(lexicon, node)) if (!(score <= (best.get(id) ?? -Infinity))) best.set(id, score);
  });
  return [...best]
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, count)
    .map(([id, logProbability]) => ({ id, logProbability }));
}
