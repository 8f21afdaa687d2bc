// npm run eval: cross-script retrieval per script, both ways, beside the naive peer, the seed mentions, extract() on the seed
// articles, and the labelled pairs;
// prints one report and writes eval/results.json. Pass script names to run only those, --train for the train split,
// --no-cross-script for the seed mentions and pairs alone.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { createResolver } from "../dist/index.js";
import { entities } from "../dist/aliases.js";
import { SCRIPTS, dataAvailable, evaluateLatinQueries, evaluateScript } from "./cross-script.mjs";
import { evaluateExtraction } from "./extract.mjs";
import { evaluatePairs } from "./pairs.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const split = process.argv.includes("--train") ? "train" : "dev";
const only = process.argv.slice(2).filter((a) => !a.startsWith("--"));
const unknown = only.filter((s) => !SCRIPTS.includes(s));
if (unknown.length) {
  console.error(`[canonym] eval: unknown script ${unknown.join(", ")}; choose from ${SCRIPTS.join(", ")}`);
  process.exit(2);
}
const skipCrossScript = process.argv.includes("--no-cross-script");
const num = (x, d = 1, w = 6) => (x === null ? "—" : x.toFixed(d)).padStart(w);
const summary = { split };

if (skipCrossScript) {
  console.log("cross-script: skipped (--no-cross-script)");
} else if (!dataAvailable()) {
  console.log("cross-script: skipped, ../shared/data/wikidata-names is absent");
} else {
  const table = (title, evaluate) => {
    console.log(title);
    console.log("script      dict queries | canonym acc@1  acc@5    MRR  med ms | peer acc@1  acc@5    MRR  med ms");
    const rows = [];
    for (const script of only.length ? only : SCRIPTS) {
      const r = evaluate(script, split);
      rows.push(r);
      const c = r.canonym, p = r.peer;
      console.log(`${script.padEnd(9)} ${String(r.dictionary).padStart(6)} ${String(r.queries).padStart(7)} |      ${num(c.acc1)} ${num(c.acc5)} ${num(c.mrr, 3)} ${num(c.medianMs, 3, 7)} |   ${num(p.acc1)} ${num(p.acc5)} ${num(p.mrr, 3)} ${num(p.medianMs, 3, 7)}`);
    }
    return rows;
  };
  const rows = table(`Cross-script retrieval, ${split} split (dictionary of Latin tokens, queries in the script)`, evaluateScript);
  const latinRows = table(`\nThe other direction, ${split} split (dictionary in the script, queries in Latin letters)`, evaluateLatinQueries);
  writeFileSync(join(here, `misses-${split}.json`), JSON.stringify([...rows, ...latinRows].map((r, i) => ({ script: r.script, queries: i < rows.length ? "in the script" : "in Latin letters", misses: r.misses })), null, 1));
  summary.crossScript = rows.map(({ misses, ...r }) => r);
  summary.latinQueries = latinRows.map(({ misses, ...r }) => r);
}

const goldFile = join(here, "..", "..", "shared", "gold", "seed-mentions.json");
if (existsSync(goldFile)) {
  const resolver = createResolver(entities);
  const mentions = JSON.parse(readFileSync(goldFile, "utf8")).articles.flatMap((a) => a.mentions);
  const resolved = (list) => list.filter((m) => resolver.resolve(m.text)?.id === m.entity).length;
  const hard = mentions.filter((m) => m.hard), plain = mentions.filter((m) => !m.hard);
  summary.seedMentions = { total: mentions.length, resolved: resolved(mentions), plain: plain.length, plainResolved: resolved(plain), hard: hard.length, hardResolved: resolved(hard) };
  console.log(`\nSeed mentions (bundled dictionary): ${summary.seedMentions.resolved}/${mentions.length} resolved; not hard ${summary.seedMentions.plainResolved}/${plain.length}, hard ${summary.seedMentions.hardResolved}/${hard.length}`);

  const articles = evaluateExtraction(resolver, join(here, "..", "..", "shared"));
  const total = (key) => articles.reduce((sum, a) => sum + a[key], 0);
  const mentionsFound = articles.reduce((sum, a) => sum + a.mentionRecall * a.occurrences, 0);
  summary.extraction = {
    entityPrecision: total("entitiesRight") / total("entitiesFound"),
    entityRecall: Math.min(...articles.map((a) => a.entityRecall)),
    mentionRecall: mentionsFound / total("occurrences"),
    mentionPrecision: total("mentionsRight") / total("mentions"),
    hardOccurrences: total("hardOccurrences"),
    hardFound: total("hardFound"),
    articles,
  };
  console.log("\nextract() on the seed articles (bundled dictionary; entities not marked hard, every occurrence of each gold mention)");
  console.log("article  lang  found  entity prec  entity recall  occurrences  mention recall  mentions  mention prec  extra / missed / not in the gold");
  for (const a of articles) {
    console.log(`${a.file.slice(0, 3).padEnd(8)} ${a.language.padEnd(4)} ${String(a.entitiesFound).padStart(6)} ${num(100 * a.entityPrecision, 1, 12)} ${num(100 * a.entityRecall, 1, 14)} ${String(a.occurrences).padStart(12)} ${num(100 * a.mentionRecall, 1, 15)} ${String(a.mentions).padStart(9)} ${num(100 * a.mentionPrecision, 1, 13)}  ${[...a.extraEntities, ...a.missedEntities.map((m) => `missed ${m}`), ...a.missedMentions.map((m) => `missed ${m}`), ...a.wrongMentions.map((m) => `not in the gold ${m}`)].join(", ")}`);
  }
  const x = summary.extraction;
  console.log(`overall: entity precision ${(100 * x.entityPrecision).toFixed(1)} %, lowest entity recall ${(100 * x.entityRecall).toFixed(1)} %, mention recall ${(100 * x.mentionRecall).toFixed(1)} %, mention precision ${(100 * x.mentionPrecision).toFixed(1)} % (${total("mentionsRight")}/${total("mentions")}); hard occurrences covered ${x.hardFound}/${x.hardOccurrences}`);
} else {
  console.log("\nSeed mentions and extract(): skipped, ../shared/gold is absent");
}

const pairs = evaluatePairs();
console.log("\nLabelled pairs (eval/pairs.tsv) through compare()");
console.log("category          pairs  prec  recall    F1  accuracy");
for (const [category, r] of [...Object.entries(pairs.categories), ["overall", pairs.overall]]) {
  console.log(`${category.padEnd(16)} ${String(r.pairs).padStart(6)} ${num(r.precision, 2)} ${num(r.recall, 2)} ${num(r.f1, 2)} ${num(r.accuracy, 2, 9)}`);
}
for (const e of pairs.errors) console.log(`  wrong: ${e.category}: "${e.name}" vs "${e.reference}" scored ${e.score.toFixed(2)}, expected ${e.expected ? "match" : "no match"}`);
summary.pairs = { overall: pairs.overall, categories: pairs.categories };
writeFileSync(join(here, "results.json"), JSON.stringify(summary, null, 2) + "\n");
