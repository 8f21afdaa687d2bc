import { describe, expect, it } from "vitest";
import { entities } from "../src/generated/aliases.js";
import { createResolver } from "../src/resolve/create-resolver.js";
import { admitting, boundedMemo, layeredMemo, recall } from "../src/resolve/memo.js";

describe("admitting and boundedMemo", () => {
  it("keeps an answer only when its key is offered a second time, strings and numbers alike", () => {
    const memo = admitting(boundedMemo<string | number, string>());
    memo.set("khan", "first");
    memo.set(7, "first");
    expect(memo.get("khan")).toBeUndefined();
    expect(memo.get(7)).toBeUndefined();
    memo.set("khan", "second");
    memo.set(7, "second");
    expect(memo.get("khan")).toBe("second");
    expect(memo.get(7)).toBe("second");
  });

  it("starts afresh once it holds 4,096 answers", () => {
    const memo = admitting(boundedMemo<number, number>());
    for (let key = 0; key <= 4_096; key++) {
      memo.set(key, key);
      memo.set(key, key);
    }
    expect(memo.get(0)).toBeUndefined();
    expect(memo.get(4_096)).toBe(4_096);
  });

  it("read through to what the memo behind the doorkeeper was given directly", () => {
    const kept = boundedMemo<string, number>();
    const memo = admitting(kept);
    kept.set("khan", 4);
    expect(kept.get("khan")).toBe(4);
    expect(memo.get("khan")).toBe(4);
  });

  it("forgets keys seen once after many others, as TinyLFU's doorkeeper resets", () => {
    const memo = admitting(boundedMemo<string, number>());
    memo.set("muttaqi", 1);
    for (let n = 0; n < 100_000; n++) memo.set(`other ${n}`, n);
    memo.set("muttaqi", 1);
    expect(memo.get("muttaqi")).toBeUndefined();
  });
});

describe("layeredMemo and recall", () => {
  it("read the near memo first and offer new answers to both", () => {
    const near = new Map<string, number>();
    const far = admitting(boundedMemo<string, number>());
    const memo = layeredMemo(near, far);
    let computed = 0;
    const length = (word: string): number => {
      computed++;
      return word.length;
    };
    expect(recall(memo, "Kabul", length)).toBe(5);
    expect(recall(memo, "Kabul", length)).toBe(5);
    expect(computed).toBe(1);
    expect(near.get("Kabul")).toBe(5);
    expect(far.get("Kabul")).toBeUndefined();
    expect(recall(layeredMemo(new Map(), far), "Kabul", length)).toBe(5);
    expect(far.get("Kabul")).toBe(5);
  });
});

describe("a resolver's memos", () => {
  const names = ["Motti", "أمير خان ماتوكي", "Cernov", "Amir Khan Motti", "Kabulov", "Zamir Kablov", "فلاديمير بوتين", "Poutine", "nobody at all", "Amir"];

  it("leave answers as a fresh resolver gives them, however often a name comes back", () => {
    const firstAnswers = names.map((name) => {
      const fresh = createResolver(entities);
      return { resolved: fresh.resolve(name), candidates: fresh.candidates(name, { limit: 5 }) };
    });
    const resolver = createResolver(entities);
    for (let round = 0; round < 3; round++) {
      names.forEach((name, n) => {
        expect(resolver.resolve(name), name).toEqual(firstAnswers[n]?.resolved);
        expect(resolver.candidates(name, { limit: 5 }), name).toEqual(firstAnswers[n]?.candidates);
      });
    }
  });

  it("leave extract's mentions as they are on a text read the first time", () => {
    const text = "Amir Khan Motti met Dmitry Cernov in Kabul. Later Motti and Zamir Kablov spoke; وقال فلاديمير بوتين";
    const resolver = createResolver(entities);
    const first = createResolver(entities).extract(text);
    for (let round = 0; round < 3; round++) expect(resolver.extract(text)).toEqual(first);
  });
});
