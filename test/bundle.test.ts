// Tree-shaking, proven by bundling small consumers of the built package with esbuild.
import { describe, expect, it } from "vitest";
import { bundleConsumer } from "../bench/bundle-sizes.mjs";

const FUSE_MARKER = "Invalid doc index";
const ALIAS_MARKER = "Islamic province of Khwasan";
/** A name only CLDR's places carry (Afghanistan in Ewe). */
const PLACES_MARKER = "Afghanistan nutome";

async function bundle(source: string): Promise<{ code: string }> {
  return { code: await bundleConsumer(source) };
}

describe("tree-shaking", () => {
  it("importing only normalize pulls in neither fuse.js nor the bundled aliases", async () => {
    const { code } = await bundle('import { normalize } from "canonym"; console.log(normalize("x"));');
    expect(code.includes(FUSE_MARKER), "lacks FUSE_MARKER").toBe(false);
    expect(code.includes(ALIAS_MARKER), "lacks ALIAS_MARKER").toBe(false);
  });

  it("importing createResolver pulls in no alias data", async () => {
    const { code } = await bundle('import { createResolver } from "canonym"; console.log(createResolver([]).size);');
    expect(code.includes(FUSE_MARKER), "has FUSE_MARKER").toBe(true);
    expect(code.includes(ALIAS_MARKER), "lacks ALIAS_MARKER").toBe(false);
  });

  it("canonym/aliases carries the data, and one entity alone leaves the others out", async () => {
    expect((await bundle('import { entities } from "canonym/aliases"; console.log(entities.length);')).code.includes(ALIAS_MARKER), "has ALIAS_MARKER").toBe(true);
    const one = await bundle('import { kabul } from "canonym/aliases"; console.log(kabul.id);');
    expect(one.code.includes("Kaboul"), "has Kaboul").toBe(true);
    expect(one.code.includes(ALIAS_MARKER), "lacks ALIAS_MARKER").toBe(false);
  });

  it("canonym/aliases/people pays for no places and no organisations; places carry CLDR's names", async () => {
    const people = await bundle('import { entities } from "canonym/aliases/people"; console.log(entities.length);');
    expect(people.code.includes("Zamir Kabulov"), "has Zamir Kabulov").toBe(true);
    expect(people.code.includes(PLACES_MARKER), "lacks PLACES_MARKER").toBe(false);
    expect(people.code.includes(ALIAS_MARKER), "lacks ALIAS_MARKER").toBe(false);
    const organizations = await bundle('import { entities } from "canonym/aliases/organizations"; console.log(entities.length);');
    expect(organizations.code.includes(ALIAS_MARKER), "has ALIAS_MARKER").toBe(true);
    expect(organizations.code.includes(PLACES_MARKER), "lacks PLACES_MARKER").toBe(false);
    expect((await bundle('import { entities } from "canonym/aliases/places"; console.log(entities.length);')).code.includes(PLACES_MARKER), "has PLACES_MARKER").toBe(true);
  });
});
