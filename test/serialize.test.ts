import { describe, expect, it } from "vitest";
import { entities } from "../src/generated/aliases.js";
import { createResolver, loadResolver } from "../src/resolve/create-resolver.js";

describe("resolver.toJSON and loadResolver", () => {
  const built = createResolver(entities);
  const loaded = loadResolver(JSON.parse(JSON.stringify(built)));

  it("give identical answers after a JSON round trip", () => {
    for (const name of ["Motti", "أمير خان ماتوكي", "Cernov", "Amir", "LAVROV, Sergey", "وروسيا", "ISIS-K", "Kabulov", "nobody at all", "Allemagne", "Nouvelle-Zélande", "ドイツ"]) {
      expect(loaded.resolve(name), name).toEqual(built.resolve(name));
      expect(loaded.candidates(name, { limit: 5 }), name).toEqual(built.candidates(name, { limit: 5 }));
    }
    expect(loaded.size).toBe(built.size);
  });

  it("keeps options separate from the saved index", () => {
    expect(loadResolver(built.toJSON(), { threshold: 0.9 }).resolve("Putin")).toBeNull();
  });

  it("rejects what is not a saved index, saying what to do", () => {
    expect(() => loadResolver({})).toThrow(/^\[canonym\] loadResolver: expected the output of resolver\.toJSON\(\)/);
    expect(() => loadResolver({ ...built.toJSON(), version: 99 })).toThrow(/version 99/);
    expect(() => loadResolver(null)).toThrow(TypeError);
  });

  it("rejects weak aliases that name no entity of the index, or are not lines of three fields", () => {
    const saved = built.toJSON();
    expect(() => loadResolver({ ...saved, weak: "allemagne\t99999\tAllemagne" })).toThrow(/^\[canonym\] loadResolver: .*\(weak\)/);
    expect(() => loadResolver({ ...saved, weak: "allemagne Allemagne" })).toThrow(/\(weak\)/);
    expect(() => loadResolver({ ...saved, weak: 42 })).toThrow(/\(weak\)/);
    expect(loadResolver({ ...saved, weak: "" }).resolve("Allemagne")).toBeNull();
  });
});
