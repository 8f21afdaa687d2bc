// Small TypeScript consumers compiled against the built package under each module resolution users pick:
// node16 from an ES module and from CommonJS, and bundler. A wrong `types` condition or a missing .d.cts fails here.
import { execFileSync } from "node:child_process";
import { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { root } from "./helpers.js";

const workDir = mkdtempSync(join(tmpdir(), "canonym-ts-consumers-"));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

/** Uses the types a consumer writes down: a resolver, its answers, mentions, and one entity export. */
const CONSUMER_BODY = `
const resolver: Resolver = createResolver(entities);
const answer: Resolution | null = resolver.resolve("Amir Khan Motti");
const mentions: Mention[] = resolver.extract("Vladimir Poutine in Moscow");
const score: number = compare("Dmitry Cernov", "Dmitry Zhirnov").score;
const putin: EntityInput = vladimirPutin;
export const summary = [answer?.id, mentions.length, score, putin.id, normalize("Erdoğan")];
`;

const ESM_IMPORTS = `import { compare, createResolver, normalize, type EntityInput, type Mention, type Resolution, type Resolver } from "canonym";
import { entities, vladimirPutin } from "canonym/aliases";`;

const CJS_IMPORTS = `import canonym = require("canonym");
import aliases = require("canonym/aliases");
type Resolver = canonym.Resolver;
type Resolution = canonym.Resolution;
type Mention = canonym.Mention;
type EntityInput = canonym.EntityInput;
const { compare, createResolver, normalize } = canonym;
const { entities, vladimirPutin } = aliases;`;

interface Consumer {
  name: string;
  packageType: "module" | "commonjs";
  compilerOptions: Record<string, unknown>;
  file: string;
  source: string;
}

const CONSUMERS: Consumer[] = [
  { name: "node16, ES module", packageType: "module", compilerOptions: { module: "node16", moduleResolution: "node16" }, file: "consumer.ts", source: ESM_IMPORTS },
  { name: "node16, CommonJS", packageType: "commonjs", compilerOptions: { module: "node16", moduleResolution: "node16" }, file: "consumer.ts", source: CJS_IMPORTS },
  { name: "bundler", packageType: "module", compilerOptions: { module: "esnext", moduleResolution: "bundler" }, file: "consumer.ts", source: ESM_IMPORTS },
];

/** What tsc prints for the consumer in `dir`: nothing when it compiles. */
function typeErrors(dir: string): string {
  try {
    return execFileSync(process.execPath, [join(root, "node_modules", "typescript", "bin", "tsc"), "-p", dir], { encoding: "utf8" });
  } catch (error) {
    return String((error as { stdout?: string }).stdout ?? error);
  }
}

function writeConsumer(consumer: Consumer): string {
  const dir = join(workDir, consumer.name.replace(/\W+/g, "-"));
  mkdirSync(join(dir, "node_modules"), { recursive: true });
  symlinkSync(root, join(dir, "node_modules", "canonym"), "dir");
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "consumer", private: true, type: consumer.packageType }));
  writeFileSync(
    join(dir, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: { target: "es2022", lib: ["es2022"], strict: true, noEmit: true, types: [], skipLibCheck: false, ...consumer.compilerOptions },
      files: [consumer.file],
    }),
  );
  writeFileSync(join(dir, consumer.file), `${consumer.source}\n${CONSUMER_BODY}`);
  return dir;
}

describe("TypeScript consumers compile against dist/", () => {
  for (const consumer of CONSUMERS) {
    it(consumer.name, () => {
      expect(typeErrors(writeConsumer(consumer))).toBe("");
    }, 60_000);
  }

  it("a type error in a consumer is reported (the check is not vacuous)", () => {
    const broken = { ...CONSUMERS[0]!, name: "broken", source: `${ESM_IMPORTS}\nconst wrong: string = createResolver(entities).resolve("x");` };
    expect(typeErrors(writeConsumer(broken))).toMatch(/consumer\.ts\(\d+,\d+\): error TS2322/);
  }, 60_000);
});
