// npm run eval: cross-script retrieval (per script), seed mentions, labelled pairs; one table and eval/results.json.
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { SCRIPTS, dataAvailable, evaluateScript } from "./cross-script.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const split = process.argv.includes("--train") ? "train" : "dev";
const only = process.argv.slice(2).filter((a) => !a.startsWith("--"));
const fmt = (x, d = 1) => x.toFixed(d).padStart(6);

if (!dataAvailable()) {
  console.log("cross-script: skipped, ../shared/data/wikidata-names is absent");
} else {
  console.log(`cross-script retrieval (${split} split)\nscript     dict   queries | canonym acc@1 acc@5   MRR  median ms | peer acc@1 acc@5   MRR  median ms`);
  const rows = [];
  for (const script of only.length ? only : SCRIPTS) {
    const r = evaluateScript(script, split);
    rows.push(r);
    console.log(`${script.padEnd(9)} ${String(r.dictionary).padStart(6)} ${String(r.queries).padStart(6)} |      ${fmt(r.canonym.acc1)} ${fmt(r.canonym.acc5)} ${fmt(r.canonym.mrr, 3)} ${fmt(r.canonym.medianMs, 3)}   | ${fmt(r.peer.acc1)} ${fmt(r.peer.acc5)} ${fmt(r.peer.mrr, 3)} ${fmt(r.peer.medianMs, 3)}`);
  }
  writeFileSync(join(here, `misses-${split}.json`), JSON.stringify(rows.map((r) => ({ script: r.script, misses: r.misses })), null, 1));
  writeFileSync(join(here, "results.json"), JSON.stringify({ split, crossScript: rows.map(({ misses, ...r }) => r) }, null, 2) + "\n");
}
