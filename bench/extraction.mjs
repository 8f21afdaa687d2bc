// Throughput of resolver.extract on news text beside the naive approach (every word n-gram through resolver.resolve),
// same resolver, same text, same process. The text is the seed articles of ../shared/seeds, read at run time.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { seededRandom } from "../eval/cross-script.mjs";

const WARM_BYTES = 1_000_000;
const NAIVE_BUDGET_MS = 5_000;
/** The warm pass stops after this long on a big dictionary: its throughput is measured on what it read. */
const WARM_BUDGET_MS = 20_000;
const NAIVE_MAX_WORDS = 4;

/** The seed articles, or none when ../shared is absent. */
export function seedArticles(sharedDir) {
  const dir = join(sharedDir, "seeds");
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => f.endsWith(".txt")).sort().map((f) => readFileSync(join(dir, f), "utf8"));
}

/** Articles of about the seed articles' length made of their sentences in a seeded random order, about `bytes` in all. */
function shuffledArticles(articles, bytes) {
  const random = seededRandom(7);
  const sentences = articles.flatMap((a) => a.split(/(?<=[.!?؟])\s+/u)).filter((s) => s.trim());
  const length = articles.reduce((sum, a) => sum + a.length, 0) / articles.length;
  const out = [];
  let total = 0;
  while (total < bytes) {
    let article = "";
    while (article.length < length) article += `${sentences[Math.floor(random() * sentences.length)]} `;
    out.push(article);
    total += Buffer.byteLength(article);
  }
  return out;
}

function bytesPerSecond(texts, run, budgetMs = Infinity) {
  const start = performance.now();
  let bytes = 0;
  for (const text of texts) {
    run(text);
    bytes += Buffer.byteLength(text);
    if (performance.now() - start > budgetMs) break;
  }
  return { bytes, ms: performance.now() - start, kbPerSecond: bytes / 1024 / ((performance.now() - start) / 1000) };
}

/** Every n-gram of up to four words through resolve, as a user without extract would: the text covered in a time budget. */
function naive(resolver, texts) {
  const start = performance.now();
  let bytes = 0;
  for (const text of texts) {
    const words = text.split(/\s+/u).filter(Boolean);
    for (let i = 0; i < words.length; i++) {
      for (let n = 1; n <= NAIVE_MAX_WORDS && i + n <= words.length; n++) resolver.resolve(words.slice(i, i + n).join(" "));
      bytes += Buffer.byteLength(words[i]) + 1;
      if (performance.now() - start > NAIVE_BUDGET_MS) return { bytes, ms: performance.now() - start, kbPerSecond: bytes / 1024 / ((performance.now() - start) / 1000) };
    }
  }
  return { bytes, ms: performance.now() - start, kbPerSecond: bytes / 1024 / ((performance.now() - start) / 1000) };
}

/**
 * Cold: the seed articles once, on a resolver that has seen no text (the words all new to it). Naive: every n-gram through
 * resolve on the same resolver, after the cold pass (so it starts with the words already analysed).
 * Warm: about 1 MB of articles made of the same sentences reshuffled (the steady state of a
 * pipeline reading news on one subject), or what of it 20 s allow.
 */
export function extractionThroughput(resolver, articles) {
  const cold = bytesPerSecond(articles, (text) => resolver.extract(text));
  const peer = naive(resolver, articles);
  const warm = bytesPerSecond(shuffledArticles(articles, WARM_BYTES), (text) => resolver.extract(text), WARM_BUDGET_MS);
  return { cold, warm, naive: peer, warmRatio: warm.kbPerSecond / peer.kbPerSecond, coldRatio: cold.kbPerSecond / peer.kbPerSecond };
}

/**
 * The mentions found in the articles, and how many name an entity outside `known`: with a generated dictionary
 * added to the bundled one, each such mention is false, as no generated name is in the news.
 */
export function mentionsOutside(resolver, articles, known) {
  const mentions = articles.flatMap((text) => resolver.extract(text));
  return { mentions: mentions.length, outside: mentions.filter((m) => !known.has(m.id)).length };
}

/**
 * Unseen: each article on a fresh resolver that has read the other articles first, its code compiled and its
 * lazy parts built but its caches holding none of the article's own sentences: news it has not read yet.
 * Also per article, in the seed files' order, since their scripts cost very differently.
 */
export function unseenThroughput(makeResolver, articles) {
  const perArticle = articles.map((article, i) => {
    const resolver = makeResolver();
    articles.forEach((other, j) => {
      if (j !== i) resolver.extract(other);
    });
    const start = performance.now();
    resolver.extract(article);
    const ms = performance.now() - start;
    const bytes = Buffer.byteLength(article);
    return { bytes, ms, kbPerSecond: bytes / 1024 / (ms / 1000) };
  });
  const bytes = perArticle.reduce((sum, a) => sum + a.bytes, 0);
  const ms = perArticle.reduce((sum, a) => sum + a.ms, 0);
  return { bytes, ms, kbPerSecond: bytes / 1024 / (ms / 1000), perArticle };
}
