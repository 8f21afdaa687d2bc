// Learns, from the train splits of ../shared/data/wikidata-names, how each unit of a script (letter, jamo, kana,
// pinyin syllable) is written in Latin spellings: a many-to-many EM alignment (Jiampojamarn, Kondrak & Sherif 2007).
// Writes src/match/learned/<script>.ts: tables of unit → Latin substring → log-score (both directions mixed). No names are written.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { normalize, toLatin, transliterationUnits } from "../dist/index.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dataDir = join(root, "..", "shared", "data", "wikidata-names");
const outDir = join(root, "src", "match", "learned");
const SCRIPTS = process.argv.slice(2).length ? process.argv.slice(2) : ["arabic", "russian", "hebrew", "chinese", "korean", "japanese"];
const MAX_EMISSION = 4;
const ITERATIONS = 10;
const MIN_PROBABILITY = 0.002;
const MAX_PER_UNIT = 48;
const LENGTH_PRIOR = [0.05, 0.4, 0.35, 0.15, 0.05];

function readPairs(script) {
  const pairs = [];
  for (const line of readFileSync(join(dataDir, `${script}.train.tsv`), "utf8").split("\n")) {
    if (!line) continue;
    const [latin, target] = line.split("\t");
    const l = normalize(latin).split(" ").map(toLatin).join("");
    const units = normalize(target).split(" ").flatMap((t) => transliterationUnits(t).units);
    if (l.length > 0 && units.length > 0 && l.length <= 4 * units.length + 4) pairs.push({ latin: l, units });
  }
  return pairs;
}

function emissionProbability(table, unit, piece) {
  return table.get(unit)?.get(piece) ?? 0;
}

function initialTable(pairs) {
  const table = new Map();
  for (const { latin, units } of pairs) {
    for (const unit of units) {
      if (!table.has(unit)) table.set(unit, new Map([["", LENGTH_PRIOR[0]]]));
      const row = table.get(unit);
      for (let start = 0; start < latin.length; start++) {
        for (let k = 1; k <= MAX_EMISSION && start + k <= latin.length; k++) row.set(latin.slice(start, start + k), LENGTH_PRIOR[k] / 26 ** (k - 1));
      }
    }
  }
  return table;
}

function expectationStep(pairs, table) {
  const counts = new Map();
  let logLikelihood = 0;
  for (const { latin, units } of pairs) {
    const n = units.length, m = latin.length;
    const forward = Array.from({ length: n + 1 }, () => new Float64Array(m + 1));
    const backward = Array.from({ length: n + 1 }, () => new Float64Array(m + 1));
    forward[0][0] = 1;
    for (let i = 0; i < n; i++) for (let j = 0; j <= m; j++) {
      const f = forward[i][j];
      if (f === 0) continue;
      for (let k = 0; k <= MAX_EMISSION && j + k <= m; k++) {
        const p = emissionProbability(table, units[i], latin.slice(j, j + k));
        if (p > 0) forward[i + 1][j + k] += f * p;
      }
    }
    const total = forward[n][m];
    if (!(total > 0)) continue;
    logLikelihood += Math.log(total);
    backward[n][m] = 1;
    for (let i = n - 1; i >= 0; i--) for (let j = m; j >= 0; j--) {
      let b = 0;
      for (let k = 0; k <= MAX_EMISSION && j + k <= m; k++) {
        const p = emissionProbability(table, units[i], latin.slice(j, j + k));
        if (p > 0) b += p * backward[i + 1][j + k];
      }
      backward[i][j] = b;
    }
    for (let i = 0; i < n; i++) for (let j = 0; j <= m; j++) {
      const f = forward[i][j];
      if (f === 0) continue;
      for (let k = 0; k <= MAX_EMISSION && j + k <= m; k++) {
        const piece = latin.slice(j, j + k);
        const p = emissionProbability(table, units[i], piece);
        if (p === 0) continue;
        const posterior = (f * p * backward[i + 1][j + k]) / total;
        if (posterior < 1e-6) continue;
        if (!counts.has(units[i])) counts.set(units[i], new Map());
        const row = counts.get(units[i]);
        row.set(piece, (row.get(piece) ?? 0) + posterior);
      }
    }
  }
  return { counts, logLikelihood };
}

function maximisationStep(counts) {
  const table = new Map();
  for (const [unit, row] of counts) {
    const total = [...row.values()].reduce((a, b) => a + b, 0);
    table.set(unit, new Map([...row].map(([piece, c]) => [piece, c / total])));
  }
  return table;
}

/**
 * Candidates are Latin and the query is in the script, so ranking wants P(units | Latin), the noisy channel's own
 * direction; P(Latin | unit) alone favours common spellings ("jake" over "jaquet" for жаке). The table mixes the two:
 * 0.7 · log P(piece | unit) + 0.3 · log P(unit | piece), the weight best on the Russian dev split (0.2 to 0.4 within
 * 0.2 points), 0.7 to 1.9 points better on every script than the forward direction alone; the reverse alone ranks
 * badly (Russian 17 %), since it ignores how often a unit is written at all.
 */
const REVERSE_WEIGHT = 0.3;

function mixReverse(table, counts) {
  const byPiece = new Map();
  for (const row of counts.values()) for (const [piece, c] of row) byPiece.set(piece, (byPiece.get(piece) ?? 0) + c);
  const mixed = new Map();
  for (const [unit, row] of table) {
    mixed.set(unit, new Map([...row].map(([piece, p]) => {
      // Writing nothing points back at no unit in particular: it keeps its forward probability.
      const reverse = piece === "" ? p : (counts.get(unit).get(piece) ?? 0) / byPiece.get(piece);
      return [piece, Math.exp((1 - REVERSE_WEIGHT) * Math.log(p) + REVERSE_WEIGHT * Math.log(Math.max(reverse, 1e-9)))];
    })));
  }
  return mixed;
}

function prune(table) {
  const out = {};
  for (const unit of [...table.keys()].sort()) {
    const entries = [...table.get(unit)].filter(([, p]) => p >= MIN_PROBABILITY).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, MAX_PER_UNIT);
    if (entries.length) out[unit] = Object.fromEntries(entries.map(([piece, p]) => [piece, Math.round(Math.log(p) * 1000) / 1000]));
  }
  return out;
}

mkdirSync(outDir, { recursive: true });
for (const script of SCRIPTS) {
  const started = Date.now();
  const pairs = readPairs(script);
  let table = initialTable(pairs);
  let lastCounts;
  for (let iteration = 1; iteration <= ITERATIONS; iteration++) {
    const { counts, logLikelihood } = expectationStep(pairs, table);
    lastCounts = counts;
    table = maximisationStep(counts);
    console.log(`${script}: iteration ${iteration}, log-likelihood per pair ${(logLikelihood / pairs.length).toFixed(3)}`);
  }
  const pruned = prune(mixReverse(table, lastCounts));
  const name = `${script.toUpperCase()}_EMISSIONS_JSON`;
  const file = join(outDir, `${script}.ts`);
  // JSON text, parsed on first use: a program that never meets the script never pays for its table.
  writeFileSync(
    file,
    `// Generated by scripts/learn-transliteration.mjs from the ${script} train split of wikidata-names (${pairs.length} pairs); do not edit: run \`npm run learn\`.\n` +
      `/**\n * How each ${script} unit is written in Latin, as JSON: unit → Latin substring → log-score: ${1 - REVERSE_WEIGHT} · ln P(substring | unit) + ${REVERSE_WEIGHT} · ln P(unit | substring). Read it through emissionsFor.\n * @example\n * \`\`\`ts\n * const table: EmissionTable = JSON.parse(${name});\n * \`\`\`\n */\n` +
      `export const ${name} = ${JSON.stringify(JSON.stringify(pruned))};\n`,
  );
  console.log(`${script}: ${Object.keys(pruned).length} units, written to ${file} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
