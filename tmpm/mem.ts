import { readFileSync } from "node:fs";
import { buildIndex } from "../src/index/build-index.js";
declare const gc: () => void;
const SCRIPTS = ["arabic", "russian", "hebrew", "chinese", "korean", "japanese"];
let seed = 4242; const random = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; };
const pick = <T,>(l: T[]) => l[Math.floor(random() * l.length)] as T;
const pool = new Map<string, Record<string, string>>();
for (const s of SCRIPTS) for (const line of readFileSync(`../shared/data/wikidata-names/${s}.train.tsv`, "utf8").split("\n")) {
  const [latin, target] = line.split("\t"); if (!latin || !target || !/^[a-z]{3,}$/.test(latin)) continue;
  if (!pool.has(latin)) pool.set(latin, {}); pool.get(latin)![s] ??= target;
}
const toks = [...pool.keys()]; const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1);
const N = Number(process.argv[2] ?? 100000);
const entities = [];
for (let n = 0; n < N; n++) {
  const g = pick(toks), f = pick(toks);
  const sc = SCRIPTS.filter((s) => pool.get(g)![s] && pool.get(f)![s]);
  const aliases = [`${cap(f)}, ${cap(g)}`, `${g[0]!.toUpperCase()}. ${cap(f)}`, `${cap(g)} ${cap(f)}ov`, `Mr ${cap(f)} ${cap(g)}`];
  if (sc[0]) aliases.push(`${pool.get(g)![sc[0]]} ${pool.get(f)![sc[0]]}`);
  entities.push({ id: `e${n}`, name: `${cap(g)} ${cap(f)}`, type: "person", aliases });
}
gc(); const h0 = process.memoryUsage().heapUsed;
let t = performance.now();
const index = buildIndex(entities) as any;
console.log("build ms", (performance.now() - t).toFixed(0));
gc(); const h1 = process.memoryUsage().heapUsed; console.log("index MB", ((h1 - h0) / 2 ** 20).toFixed(0));
console.log("vocab", index.vocabulary.length, "records", index.records.length, "byKey", index.vocabularyByKey.size, "liquid", index.vocabularyByLiquidKey.size, "exactKey", index.vocabularyByExactKey.size);
const drop = (label: string, f: () => void) => { const a = process.memoryUsage().heapUsed; f(); gc(); console.log(label, ((a - process.memoryUsage().heapUsed) / 2 ** 20).toFixed(0), "MB"); };
drop("analysis objects", () => { for (const r of index.records) { r.titles = r.analysis.titles.length ? r.analysis.titles : []; r.analysis = null; } });
drop("titles", () => { for (const r of index.records) r.titles = null; });
drop("tokenIds", () => { for (const r of index.records) r.tokenIds = null; });
drop("alias", () => { for (const r of index.records) r.alias = null; });
drop("liquid", () => { index.vocabularyByLiquidKey = null; });
drop("byKey", () => { index.vocabularyByKey = null; });
drop("exactKey", () => { index.vocabularyByExactKey = null; });
drop("byNormalized", () => { index.byNormalized = null; });
drop("records", () => { index.records = null; });
drop("vocab units", () => { for (const v of index.vocabulary) for (const f of v.token.forms) f.units = null; });
drop("vocab lookupKeys", () => { for (const v of index.vocabulary) v.token.lookupKeys = null; });
drop("vocab", () => { index.vocabulary = null; index.vocabularyByText = null; });
