// extract() on the seed articles against ../shared/gold/seed-mentions.json: entity-level precision and recall per
// article, mention-level recall over every occurrence of every gold mention's text (whole words, not inside a
// longer gold mention of another entity), and mention-level precision: the share of mentions found that overlap an
// occurrence of a gold mention of the same entity.
import { readFileSync } from "node:fs";
import { join } from "node:path";

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/** Offsets of `needle` in `text` not inside a longer word. */
function occurrences(text, needle) {
  const found = [];
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
    const before = text[at - 1] ?? " ";
    const after = text[at + needle.length] ?? " ";
    if (!WORD_CHAR.test(before) && !WORD_CHAR.test(after)) found.push([at, at + needle.length]);
  }
  return found;
}

export function evaluateExtraction(resolver, sharedDir) {
  const gold = JSON.parse(readFileSync(join(sharedDir, "gold", "seed-mentions.json"), "utf8"));
  return gold.articles.map((article) => {
    const text = readFileSync(join(sharedDir, "seeds", article.file), "utf8");
    const mentions = resolver.extract(text);
    const found = new Set(mentions.map((m) => m.id));
    const expected = new Set(article.mentions.filter((m) => !m.hard).map((m) => m.entity));
    const listed = new Set(article.entities);
    const all = article.mentions.flatMap((m) => occurrences(text, m.text).map(([start, end]) => ({ start, end, entity: m.entity, text: m.text, hard: Boolean(m.hard) })));
    // "Afghanistan" inside "Islamic Emirate of Afghanistan" is part of another entity's mention, not one of its own.
    const nested = (o) => all.some((p) => p.entity !== o.entity && p.start <= o.start && o.end <= p.end && p.end - p.start > o.end - o.start);
    const occurrencesOf = (hard) => all.filter((o) => o.hard === hard && !nested(o));
    const covered = (o) => mentions.some((m) => m.id === o.entity && m.start < o.end && o.start < m.end);
    const plain = occurrencesOf(false);
    const hard = occurrencesOf(true);
    const missedMentions = plain.filter((o) => !covered(o));
    const wrongMentions = mentions.filter((m) => !all.some((o) => o.entity === m.id && o.start < m.end && m.start < o.end));
    return {
      file: article.file,
      language: article.language,
      bytes: Buffer.byteLength(text),
      mentions: mentions.length,
      entitiesFound: found.size,
      entitiesRight: [...found].filter((id) => listed.has(id)).length,
      entityPrecision: found.size ? [...found].filter((id) => listed.has(id)).length / found.size : 1,
      entityRecall: [...expected].filter((id) => found.has(id)).length / expected.size,
      mentionRecall: plain.length ? (plain.length - missedMentions.length) / plain.length : 1,
      mentionsRight: mentions.length - wrongMentions.length,
      mentionPrecision: mentions.length ? (mentions.length - wrongMentions.length) / mentions.length : 1,
      wrongMentions: wrongMentions.map((m) => `"${m.text}" (${m.id}) at ${m.start}`),
      occurrences: plain.length,
      hardOccurrences: hard.length,
      hardFound: hard.filter(covered).length,
      extraEntities: [...found].filter((id) => !listed.has(id)),
      missedEntities: [...expected].filter((id) => !found.has(id)),
      missedMentions: missedMentions.map((o) => `${o.text} (${o.entity}) at ${o.start}`),
    };
  });
}
