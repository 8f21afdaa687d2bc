// Cross-script retrieval on ../shared/data/wikidata-names/<script>.<split>.tsv: canonym beside the naive peer
// (transliteration + fuse.js over the whole dictionary), same dictionary, same queries, same process.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import Fuse from "fuse.js";
import { transliterate } from "transliteration";
import { createResolver } from "../dist/index.js";

export const SCRIPTS = ["arabic", "russian", "hebrew", "chinese", "korean", "japanese"];
export const DATA_DIR = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "shared", "data", "wikidata-names");
const DICTIONARY_SIZE = 10_000;
const QUERY_COUNT = 2_000;
const SEED = 20261123;

/** Mulberry32: a small seeded generator, so every run samples the same dictionary and queries. */
export function seededRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle(items, random) {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

export function readPairs(script, split) {
  return readFileSync(join(DATA_DIR, `${script}.${split}.tsv`), "utf8")
    .split("\n")
    .filter(Boolean)
    .map((line) => {
      const [latin, target, count] = line.split("\t");
      return { latin, target, count: Number(count) };
    });
}

/** The protocol of issue 3: up to 10,000 distinct Latin tokens, up to 2,000 target-script queries whose Latin form is in it. */
export function sample(script, split, { dictionarySize = DICTIONARY_SIZE, queryCount = QUERY_COUNT } = {}) {
  const random = seededRandom(SEED);
  const pairs = readPairs(script, split);
  const dictionary = shuffle([...new Set(pairs.map((p) => p.latin))].sort(), random).slice(0, dictionarySize);
  const inDictionary = new Set(dictionary);
  const queries = shuffle(pairs.filter((p) => inDictionary.has(p.latin)), random).slice(0, queryCount);
  return { dictionary, queries };
}

/** Rank measures of a ranked list against the set of right answers. */
function score(ranked, expected) {
  const rank = ranked.findIndex((item) => expected.has(item));
  return { at1: rank === 0 ? 1 : 0, at5: rank >= 0 && rank < 5 ? 1 : 0, rr: rank >= 0 ? 1 / (rank + 1) : 0 };
}

function summarise(results, times) {
  const n = results.length || 1;
  const sorted = [...times].sort((a, b) => a - b);
  return {
    acc1: (100 * results.reduce((s, r) => s + r.at1, 0)) / n,
    acc5: (100 * results.reduce((s, r) => s + r.at5, 0)) / n,
    mrr: results.reduce((s, r) => s + r.rr, 0) / n,
    medianMs: sorted[Math.floor(sorted.length / 2)] ?? 0,
  };
}

export function evaluateScript(script, split = "dev", options = {}) {
  const { dictionary, queries } = sample(script, split, options);
  return retrieval(script, split, dictionary, queries.map((q) => ({ text: q.target, expected: new Set([q.latin]) })), (query) => transliterate(query).toLowerCase(), (entry) => entry);
}

/**
 * The other direction, as a user with a list written in the script queries it in Latin letters: up to
 * 10,000 distinct target-script tokens, up to 2,000 Latin queries with a spelling among them; an answer is
 * right when the split pairs it with the query (a Latin name may have several spellings in the script).
 */
export function evaluateLatinQueries(script, split = "dev") {
  const random = seededRandom(SEED);
  const pairs = readPairs(script, split);
  const dictionary = shuffle([...new Set(pairs.map((p) => p.target))].sort(), random).slice(0, DICTIONARY_SIZE);
  const inDictionary = new Set(dictionary);
  const spellings = new Map();
  for (const { latin, target } of pairs) if (inDictionary.has(target)) spellings.set(latin, (spellings.get(latin) ?? new Set()).add(target));
  const queries = shuffle([...spellings.keys()].sort(), random).slice(0, QUERY_COUNT).map((latin) => ({ text: latin, expected: spellings.get(latin) }));
  return retrieval(script, split, dictionary, queries, (query) => query, (entry) => transliterate(entry).toLowerCase());
}

/**
 * canonym's candidates for each query beside fuse.js over the dictionary, the peer reading queries and
 * entries through `peerQuery` and `peerEntry` (the transliteration package for the side not in Latin letters).
 */
function retrieval(script, split, dictionary, queries, peerQuery, peerEntry) {
  const resolver = createResolver(dictionary.map((entry, i) => ({ id: `t${i}`, name: entry })));
  const idOf = new Map(dictionary.map((entry, i) => [`t${i}`, entry]));
  const fuse = new Fuse(dictionary.map(peerEntry), { includeScore: true });
  const ours = [], peer = [], ourTimes = [], peerTimes = [], misses = [];
  // Each side runs over all queries in turn, so that neither's garbage is collected on the other's clock.
  for (const query of queries) {
    const start = performance.now();
    const ranked = resolver.candidates(query.text, { limit: 5, minScore: 0 }).map((c) => idOf.get(c.id));
    ourTimes.push(performance.now() - start);
    const result = score(ranked, query.expected);
    ours.push(result);
    if (!result.at1 && misses.length < 400) misses.push({ target: query.text, expected: [...query.expected].join(" / "), got: ranked.slice(0, 3) });
  }
  for (const query of queries) {
    const start = performance.now();
    const peerRanked = fuse.search(peerQuery(query.text), { limit: 5 }).map((h) => dictionary[h.refIndex]);
    peerTimes.push(performance.now() - start);
    peer.push(score(peerRanked, query.expected));
  }
  return { script, split, dictionary: dictionary.length, queries: queries.length, canonym: summarise(ours, ourTimes), peer: summarise(peer, peerTimes), misses };
}

export function dataAvailable() {
  return existsSync(DATA_DIR);
}
