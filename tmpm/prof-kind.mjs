import { existsSync, readFileSync } from "node:fs";import { join } from "node:path";import { seededRandom } from "../eval/cross-script.mjs";import { createResolver } from "../dist/index.js";
const dataDir="/work/shared/data/wikidata-names";const QUERIES_PER_KIND=300;const SCRIPTS=["arabic","russian","hebrew","chinese","korean","japanese"];
const SYLLABLES = ["ka", "ri", "mo", "tan", "bel", "sa", "no", "vik", "lu", "zar", "den", "po", "mir", "shi", "ga", "tor", "el", "fa", "nu", "quin"];
const MISS_SYLLABLES = ["dro", "gle", "phu", "sny", "wox", "yel", "jum", "cre", "blo", "tix", "ub", "oz"];
const random = seededRandom(4242);
const pick = (list) => list[Math.floor(random() * list.length)];

/** Latin token → its spellings per script, from the train splits (or syllables alone without ../shared). */
function tokenPool() {
  const pool = new Map();
  if (!existsSync(dataDir)) return pool;
  for (const script of SCRIPTS) {
    for (const line of readFileSync(join(dataDir, `${script}.train.tsv`), "utf8").split("\n")) {
      const [latin, target] = line.split("\t");
      if (!latin || !target || !/^[a-z]{3,}$/.test(latin)) continue;
      if (!pool.has(latin)) pool.set(latin, {});
      pool.get(latin)[script] ??= target;
    }
  }
  return pool;
}

const capitalise = (s) => s[0].toUpperCase() + s.slice(1);
const syllableName = (syllables = SYLLABLES) => Array.from({ length: 2 + Math.floor(random() * 2) }, () => pick(syllables)).join("");

function mutate(word) {
  const i = 1 + Math.floor(random() * (word.length - 2));
  const kind = random();
  if (kind < 0.34) return word.slice(0, i) + word.slice(i + 1);
  if (kind < 0.67) return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
  return word.slice(0, i) + pick(["a", "e", "i", "o", "u"]) + word.slice(i + 1);
}

function generate(size, pool) {
  const latinTokens = [...pool.keys()];
  const entities = [];
  const queries = { exact: [], variant: [], script: [], miss: [] };
  const used = new Set();
  for (let n = 0; n < size; n++) {
    const given = latinTokens.length ? pick(latinTokens) : syllableName();
    let surname = latinTokens.length && random() < 0.7 ? pick(latinTokens) : syllableName();
    while (used.has(`${given} ${surname}`)) surname = syllableName();
    used.add(`${given} ${surname}`);
    const scripts = SCRIPTS.filter((s) => pool.get(given)?.[s] && pool.get(surname)?.[s]);
    const name = `${capitalise(given)} ${capitalise(surname)}`;
    const aliases = [`${capitalise(surname)}, ${capitalise(given)}`, `${given[0].toUpperCase()}. ${capitalise(surname)}`, `${capitalise(given)} ${capitalise(surname)}ov`];
    const [inDictionary, ...others] = scripts;
    if (inDictionary) aliases.push(`${pool.get(given)[inDictionary]} ${pool.get(surname)[inDictionary]}`);
    aliases.push(`Mr ${capitalise(surname)} ${capitalise(given)}`);
    const id = `e${n}`;
    entities.push({ id, name, type: "person", aliases });
    queries.exact.push({ text: pick([name, ...aliases]), id });
    if (surname.length >= 5) queries.variant.push({ text: `${capitalise(given)} ${capitalise(mutate(surname))}`, id });
    if (others.length) queries.script.push({ text: `${pool.get(given)[others[0]]} ${pool.get(surname)[others[0]]}`, id });
  }
  for (let n = 0; queries.miss.length < QUERIES_PER_KIND && n < 10 * QUERIES_PER_KIND; n++) {
    const text = `${capitalise(syllableName(MISS_SYLLABLES))} ${capitalise(syllableName(MISS_SYLLABLES))}`;
    if (!used.has(text.toLowerCase())) queries.miss.push({ text, id: null });
  }
  for (const kind of Object.keys(queries)) queries[kind] = queries[kind].slice(0, QUERIES_PER_KIND);
  return { entities, queries };
}


const size=Number(process.argv[2]??10000);const kind=process.argv[3]??"variant";
const {entities,queries}=generate(size,tokenPool());
let t=performance.now();const r=createResolver(entities);console.log("build",(performance.now()-t).toFixed(0));
for (const q of queries[kind].slice(0,20)) r.resolve(q.text);
const inspector = await import("node:inspector"); const session = new inspector.Session(); session.connect();
const post = (m, p) => new Promise((res, rej) => session.post(m, p ?? {}, (e, v) => e ? rej(e) : res(v)));
await post("Profiler.enable"); await post("Profiler.start");
t=performance.now();for (const q of queries[kind]) r.resolve(q.text);console.log(kind,"median-ish avg ms",((performance.now()-t)/queries[kind].length).toFixed(2));
const { profile } = await post("Profiler.stop"); (await import("node:fs")).mkdirSync("/tmp/profq",{recursive:true}); (await import("node:fs")).writeFileSync("/tmp/profq/q.cpuprofile", JSON.stringify(profile));
