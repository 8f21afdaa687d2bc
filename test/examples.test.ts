// Every TSDoc @example in src/ runs as a test, so the documentation cannot drift from the code.
// Conventions an example follows (CONTRIBUTING.md):
//   expr; // <JavaScript value>[: why]      the expression equals that value
//   expr; // ≈ 0.85 | < 0.3 | > 0.8         a number within 0.05 of, below or above that one
//   expr; // throws RangeError "[canonym]..." the expression throws that error, its message starting so
//   console.log(x);  then  // <line>          the lines printed, one comment line each
// Anything else runs and must not throw. Names an example uses without importing come from its own
// module, then the public API, then the other modules of src/; `resolver` is a resolver over the bundled
// dictionary and `book` a long text.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { root } from "./helpers.js";

interface Example {
  file: string;
  line: number;
  symbol: string;
  code: string[];
}

const SPECIFIERS: Record<string, string> = {
  canonym: "src/index.ts",
  "canonym/aliases": "src/generated/aliases.ts",
  "canonym/node": "src/node.ts",
};
const PUBLIC_MODULES = ["src/index.ts", "src/generated/aliases.ts", "src/node.ts"];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((d) => (d.isDirectory() ? sourceFiles(join(dir, d.name)) : d.name.endsWith(".ts") ? [join(dir, d.name)] : []))
    .sort();
}

function examplesOf(file: string): Example[] {
  const lines = readFileSync(file, "utf8").split("\n");
  const examples: Example[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i]!.includes("@example")) continue;
    const fence = lines.findIndex((l, j) => j > i && l.includes("```"));
    const close = lines.findIndex((l, j) => j > fence && l.includes("```"));
    const declaration = lines.slice(close).find((l) => /^export /.test(l)) ?? "";
    const symbol = /^export (?:async )?(?:function\*?|const|interface|type|class) (\w+)/.exec(declaration)?.[1] ?? "?";
    const code = lines.slice(fence + 1, close).map((l) => l.replace(/^\s*\* ?/, ""));
    examples.push({ file: relative(root, file), line: i + 1, symbol, code });
    i = close;
  }
  return examples;
}

const VALUE_START = /^(?:["'`[{\d-]|true\b|false\b|null\b|undefined\b|[A-Z]\w*\.(?:of|from)\()/;
const NUMBER_BOUND = /^(≈|<|>) (-?\d+(?:\.\d+)?)\b/;
const VALUE_ENDS = /:\s|\s\(|\s—|;/g;

/** The longest prefix of a comment that is a JavaScript value, or null when it does not start like one. */
function expectedValue(comment: string): string | null {
  if (!VALUE_START.test(comment)) return null;
  const ends = [comment.length, ...[...comment.matchAll(VALUE_ENDS)].map((m) => m.index!)].sort((a, b) => b - a);
  for (const end of ends) {
    const candidate = comment.slice(0, end).trim();
    try {
      new Function(`return (${candidate});`);
      return candidate;
    } catch {
      // not a complete value yet: try a shorter prefix
    }
  }
  throw new Error(`expected value \`${comment}\` is not a JavaScript value: write it as one`);
}

interface Statement {
  code: string;
  comments: string[];
}

function statementsOf(code: string[]): { imports: string[]; statements: Statement[] } {
  const imports: string[] = [];
  const statements: Statement[] = [];
  let pending = "";
  for (const raw of code) {
    const line = raw.trimEnd();
    if (line.startsWith("import ")) {
      imports.push(line);
      continue;
    }
    const commentOnly = /^\s*\/\/ ?(.*)$/.exec(line);
    if (commentOnly) {
      statements[statements.length - 1]?.comments.push(commentOnly[1]!);
      continue;
    }
    if (line.trim() === "") continue;
    const trailing = /^(.*?[;)}])\s+\/\/ ?(.*)$/.exec(line);
    pending += (pending ? "\n" : "") + (trailing ? trailing[1]! : line);
    if (/[;}]$/.test(pending) || trailing) {
      statements.push({ code: pending, comments: trailing ? [trailing[2]!] : [] });
      pending = "";
    }
  }
  if (pending) statements.push({ code: pending, comments: [] });
  return { imports, statements };
}

const DECLARED = /\b(?:const|let|var|function)\s+(?:\{([^}]*)\}|([A-Za-z_$][\w$]*))/g;

/** Where each name an example may use without importing it comes from: its own module first, then the public API, then any module. */
function bindingsFor(example: Example, exportsByModule: Map<string, string[]>): Map<string, string> {
  const bindings = new Map<string, string>();
  const order = [example.file, ...PUBLIC_MODULES, ...exportsByModule.keys()];
  for (const module of order) for (const name of exportsByModule.get(module) ?? []) if (!bindings.has(name)) bindings.set(name, module);
  return bindings;
}

function moduleSource(example: Example, fromDir: string, exportsByModule: Map<string, string[]>): string {
  const { imports, statements } = statementsOf(example.code);
  const text = example.code.join("\n");
  const imported = new Set(imports.flatMap((l) => [...(/\{([^}]*)\}/.exec(l)?.[1] ?? "").split(",")].map((n) => n.trim().split(/\s+as\s+/).pop()!)).filter(Boolean));
  const declared = new Set([...text.matchAll(DECLARED)].flatMap((m) => (m[1] ? m[1].split(",").map((n) => n.trim().split(":").pop()!.trim()) : [m[2]!])));
  const used = new Set(text.match(/[A-Za-z_$][\w$]*/g) ?? []);
  const free = [...bindingsFor(example, exportsByModule)].filter(([name]) => used.has(name) && !imported.has(name) && !declared.has(name));
  const modules = [...new Set(free.map(([, module]) => module))];
  const path = (p: string) => JSON.stringify(relative(fromDir, join(root, p)).replace(/\\/g, "/"));
  const body: string[] = [];
  for (const statement of statements) {
    const where = JSON.stringify(`${example.file}:${example.line} (${example.symbol}): ${statement.code.split("\n")[0]}`);
    const expression = statement.code.replace(/;$/, "");
    const comment = statement.comments.join(" ");
    const thrown = /^throws (\w+)(?: "([^"]*?)(?:\.\.\.)?")?/.exec(comment);
    const printed = statement.code.includes("console.log(") && statement.comments.length > 0;
    const bound = NUMBER_BOUND.exec(comment);
    const value = thrown || printed || bound || /^\s*(?:const|let|var|for|if)\b/.test(statement.code) ? null : expectedValue(comment);
    if (thrown) body.push(`__check.throws(() => { ${expression}; }, ${thrown[1]}, ${JSON.stringify(thrown[2] ?? "")}, ${where});`);
    else if (printed) body.push(`__printed.length = 0; ${statement.code}`, `__check.printed(__printed, ${JSON.stringify(statement.comments)}, ${where});`);
    else if (bound) body.push(`__check.near(await (${expression}), ${JSON.stringify(bound[1])}, ${bound[2]}, ${where});`);
    else if (value !== null) body.push(`__check.equals(await (${expression}), (${value}), ${where});`);
    else body.push(statement.code);
  }
  return [
    ...imports.map((l) => l.replace(/from "([^"]+)"/, (whole, spec: string) => (SPECIFIERS[spec] ? `from ${path(SPECIFIERS[spec]!)}` : whole))),
    ...modules.map((m, i) => `import * as __module${i} from ${path(m)};`),
    `import { createResolver as __createResolver } from ${path("src/index.ts")};`,
    `import { entities as __entities } from ${path("src/generated/aliases.ts")};`,
    "export async function run(__check: any) {",
    `  const __printed: string[] = [];`,
    `  const console = { ...globalThis.console, log: (...parts: unknown[]) => __printed.push(parts.join(" ")), error: (...parts: unknown[]) => __printed.push(parts.join(" ")) };`,
    ...free.map(([name, module]) => `  const ${name} = (__module${modules.indexOf(module)} as any).${name};`),
    used.has("resolver") && !declared.has("resolver") ? "  const resolver = __createResolver(__entities);" : "",
    used.has("book") && !declared.has("book") ? '  const book = "Amir Khan Muttaqi met Dmitry Zhirnov in Kabul. ".repeat(1000);' : "",
    ...body.map((l) => `  ${l}`),
    "}",
  ].join("\n");
}

const check = {
  equals(actual: unknown, expected: unknown, where: string) {
    expect(actual, where).toEqual(expected);
  },
  throws(run: () => unknown, type: new (...args: never[]) => Error, messageStart: string, where: string) {
    let caught: unknown;
    try {
      run();
    } catch (error) {
      caught = error;
    }
    expect(caught, where).toBeInstanceOf(type);
    expect((caught as Error).message.startsWith(messageStart), `${where}: message "${(caught as Error).message}"`).toBe(true);
  },
  near(actual: number, relation: string, bound: number, where: string) {
    if (relation === "<") expect(actual, where).toBeLessThan(bound);
    else if (relation === ">") expect(actual, where).toBeGreaterThan(bound);
    else expect(Math.abs(actual - bound), `${where}: ${actual}`).toBeLessThanOrEqual(0.05);
  },
  printed(lines: string[], expected: string[], where: string) {
    expect(lines.join("\n").split("\n").map((l) => l.trim()), where).toEqual(expected.map((l) => l.trim()));
  },
};

const examples = sourceFiles(join(root, "src")).flatMap(examplesOf);
const generatedDir = join(root, "test", ".examples");
const sandbox = mkdtempSync(join(tmpdir(), "canonym-examples-"));
const startDir = process.cwd();

beforeAll(() => {
  rmSync(generatedDir, { recursive: true, force: true });
  mkdirSync(generatedDir, { recursive: true });
  // The folders examples name: the project's own aliases and a user's folder of a few files.
  cpSync(join(root, "aliases"), join(sandbox, "aliases"), { recursive: true });
  mkdirSync(join(sandbox, "my-aliases"));
  cpSync(join(root, "aliases", "person", "zamir-kabulov.json"), join(sandbox, "my-aliases", "zamir-kabulov.json"));
  process.chdir(sandbox);
});

afterAll(() => {
  process.chdir(startDir);
  rmSync(sandbox, { recursive: true, force: true });
  rmSync(generatedDir, { recursive: true, force: true });
});

const modulePaths = sourceFiles(join(root, "src")).map((file) => relative(root, file)).filter((file) => file !== "src/cli.ts");
const exportsByModule = new Map(await Promise.all(modulePaths.map(async (file) => [file, Object.keys(await import(join(root, file)))] as [string, string[]])));

describe("every @example in src/ runs", () => {
  it("finds the examples", () => {
    expect(examples.length).toBeGreaterThan(90);
  });
  for (const [index, example] of examples.entries()) {
    it(`${example.file}:${example.line} ${example.symbol}`, async () => {
      const target = join(generatedDir, `example-${index}.ts`);
      writeFileSync(target, moduleSource(example, generatedDir, exportsByModule));
      const { run } = await import(target);
      await run(check);
    });
  }
});
