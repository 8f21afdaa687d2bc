// Every labelled mention in the seed articles (read from ../shared, never copied) resolves to its entity.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { entities } from "../src/generated/aliases.js";
import { createResolver } from "../src/resolve/create-resolver.js";
import { SHARED_SKIP_REASON, shared, sharedAvailable } from "./helpers.js";

interface Gold {
  articles: Array<{ file: string; language: string; mentions: Array<{ text: string; entity: string; hard?: boolean }>; entities: string[] }>;
}

const gold: Gold = sharedAvailable ? JSON.parse(readFileSync(join(shared, "gold", "seed-mentions.json"), "utf8")) : { articles: [] };

describe.skipIf(!sharedAvailable)(sharedAvailable ? "seed mentions" : `seed mentions: skipped, ${SHARED_SKIP_REASON}`, () => {
  const resolver = createResolver(entities);

  it("cover every gold entity id with an alias file", () => {
    const ids = new Set(entities.map((e) => e.id));
    const missing = [...new Set(gold.articles.flatMap((a) => a.entities))].filter((id) => !ids.has(id));
    expect(missing).toEqual([]);
  });

  describe.each(gold.articles)("$file ($language)", (article) => {
    const text = readFileSync(join(shared, "seeds", article.file), "utf8");
    it.each(article.mentions)("$text → $entity", (mention) => {
      expect(text.includes(mention.text), "mention occurs verbatim in the article").toBe(true);
      expect(resolver.resolve(mention.text)?.id).toBe(mention.entity);
    });
  });
});
