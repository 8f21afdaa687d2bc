// Fuzzes the whole public API: any input gives an answer or one of the documented errors, a TypeError or
// RangeError whose message starts "[canonym]"; anything else is a bug. CI runs FUZZ_RUNS (100,000) inputs from
// a fixed seed; `npm run fuzz` runs more from a fresh seed and prints it, so that a failure can be replayed.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { entities } from "../src/generated/aliases.js";
import * as api from "../src/index.js";
import { FIXED_SEED, anyName, anyText, generatedDictionary, notAString } from "./arbitraries.js";

const RUNS = Number(process.env.FUZZ_RUNS ?? 100_000);
const SEED = Number(process.env.FUZZ_SEED ?? FIXED_SEED);

const resolver = api.createResolver(entities);
const saved = JSON.parse(JSON.stringify(resolver.toJSON())) as unknown;

/** A documented error: TypeError or RangeError, message starting "[canonym]". */
function documented(error: unknown): boolean {
  return (error instanceof TypeError || error instanceof RangeError) && error.message.startsWith("[canonym]");
}

/** Runs `call`; returns the unexpected error's description, or undefined when it answered or failed as documented. */
function unexpected(call: () => unknown): string | undefined {
  try {
    call();
    return undefined;
  } catch (error) {
    return documented(error) ? undefined : `${(error as Error)?.constructor?.name}: ${(error as Error)?.message}\n${(error as Error)?.stack ?? ""}`;
  }
}

const anyInput = fc.oneof({ weight: 8, arbitrary: anyName }, { weight: 1, arbitrary: notAString });
const longInput = fc.oneof(anyName, anyText).map((s) => s.repeat(Math.ceil(1_100 / Math.max(1, s.length))));
const junkOption = fc.oneof(fc.constant(undefined), notAString, fc.double(), fc.constantFrom(-1, 0, 1, 2, 1e9, Infinity));
const lookupOptions = fc.oneof(
  fc.constant(undefined),
  fc.record({ types: fc.option(fc.subarray(["person", "organization", "place", "thing"])), threshold: fc.option(fc.double({ min: 0, max: 1, noNaN: true })) }, { requiredKeys: [] }),
  fc.record({ types: junkOption, threshold: junkOption, limit: junkOption, minScore: junkOption }, { requiredKeys: [] }),
  notAString,
);

/** One call of the public API, described for the failure report. */
type Call = [string, unknown, () => unknown];

const calls: fc.Arbitrary<Call> = fc.oneof(
  anyInput.map((s): Call => ["normalize", s, () => api.normalize(s as string)]),
  anyInput.map((s): Call => ["tokenize", s, () => api.tokenize(s as string)]),
  anyInput.map((s): Call => ["scriptOf/scriptRuns", s, () => [api.scriptOf(s as string), api.scriptRuns(s as string)]]),
  anyInput.map((s): Call => ["toLatin/soundSymbols/consonantKey", s, () => api.consonantKey(api.soundSymbols(api.toLatin(s as string)))]),
  anyInput.map((s): Call => ["transliterationUnits", s, () => api.transliterationUnits(s as string)]),
  anyInput.map((s): Call => ["analyzeName", s, () => api.analyzeName(s as string)]),
  fc.tuple(anyName, anyName).map(([a, b]): Call => ["matchTokens", [a, b], () => {
    const [q] = api.analyzeName(a).tokens;
    const [r] = api.analyzeName(b).tokens;
    return q && r ? api.matchTokens(q, r) : undefined;
  }]),
  fc.tuple(anyInput, anyInput, lookupOptions).map(([a, b, options]): Call => ["compare", [a, b, options], () => api.explain(api.compare(a as string, b as string, options as api.CompareOptions).explanation)]),
  fc.tuple(anyInput, lookupOptions).map(([s, options]): Call => ["resolve", [s, options], () => {
    const result = resolver.resolve(s as string, options as api.LookupOptions);
    return result && api.explain(result.explanation);
  }]),
  fc.tuple(anyInput, lookupOptions).map(([s, options]): Call => ["candidates", [s, options], () => resolver.candidates(s as string, options as api.CandidateOptions)]),
  fc.tuple(fc.oneof({ weight: 8, arbitrary: anyText }, { weight: 1, arbitrary: notAString }), lookupOptions).map(([text, options]): Call => ["extract", [text, options], () => resolver.extract(text as string, options as api.ExtractOptions)]),
  anyInput.map((s): Call => ["textWords", s, () => api.textWords(s as string)]),
  longInput.map((s): Call => ["over-long name", s, () => [resolver.resolve(s), resolver.candidates(s), api.compare(s, "Putin")]]),
  fc.tuple(generatedDictionary, anyName).map(([dictionary, q]): Call => ["createResolver", [dictionary, q], () => api.createResolver(dictionary).resolve(q)]),
  fc.anything().map((junk): Call => ["createResolver(junk)", junk, () => api.createResolver(junk as api.EntityInput[])]),
  fc.array(fc.record({ id: fc.oneof(fc.string(), notAString), name: anyInput, type: fc.option(anyInput), aliases: fc.option(fc.array(anyInput, { maxLength: 3 })) }, { requiredKeys: ["id"] }), { maxLength: 4 })
    .map((list): Call => ["createResolver(entity-like)", list, () => api.createResolver(list as api.EntityInput[]).resolve("Putin")]),
  fc.anything().map((junk): Call => ["validateEntities", junk, () => {
    const errors = api.validateEntities(junk);
    if (!Array.isArray(errors)) throw new Error("validateEntities returned something other than a list");
  }]),
  fc.oneof(fc.anything(), fc.constant(saved)).map((junk): Call => ["loadResolver", junk, () => api.loadResolver(junk).resolve("Putin")]),
);

describe(`fuzzing the public API (${RUNS} inputs, seed ${SEED})`, () => {
  it("answers every input or fails with a documented [canonym] TypeError or RangeError", () => {
    // Every failing kind of call is reported, each with its first input, rather than the first failure alone.
    const failures = new Map<string, string>();
    fc.assert(
      fc.property(calls, ([name, input, call]) => {
        const problem = unexpected(call);
        if (problem && !failures.has(name)) failures.set(name, `input ${fc.stringify(input)}: ${problem}`);
      }),
      { seed: SEED, numRuns: RUNS },
    );
    expect(Object.fromEntries(failures)).toEqual({});
  }, 600_000);
});
