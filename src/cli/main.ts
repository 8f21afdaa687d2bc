// The canonym command: parses arguments and prints; every decision is made by the public API.
import { existsSync, readFileSync, statSync } from "node:fs";
import { once } from "node:events";
import { parseArgs } from "node:util";
import { compare, createResolver, explain, loadResolver, MAX_NAME_LENGTH, MAX_TEXT_LENGTH, type EntityInput, type Resolution, type Resolver, type ResolverOptions } from "../index.js";
import { inputLines } from "./lines.js";
import { formatProblem, loadAliasDirectory, mergeEntries, validateLoadedAliases, type AliasFolderOptions, type AliasProgress } from "../node.js";

const OUTPUT_CHUNK = 64 * 1024;
/** A name of MAX_NAME_LENGTH UTF-16 code units takes at most three bytes each in UTF-8; longer lines are not read into memory. */
const MAX_LINE_BYTES = 3 * MAX_NAME_LENGTH;
/** Likewise for the texts extract reads. */
const MAX_TEXT_BYTES = 3 * MAX_TEXT_LENGTH;

const USAGE = `Usage: canonym <command> [options]

Commands:
  resolve [name...]     Resolve names to entities; with "-" or no names, one name per line from stdin
  extract [file|-]      Find entity mentions in a text file or stdin: one line per mention
  compare <a> <b>       Score how well name a refers to name b
  validate [dir]        Check a folder of alias files (default: aliases) and run their tests

Options:
  --json                One JSON object per line
  --limit <n>           resolve: list up to n candidates instead of the best entity
  --threshold <x>       Lowest accepted score, 0 to 1 (default 0.7)
  --aliases <dir>       resolve, extract: add or replace entities from a folder of alias files
  --types <a,b>         extract: keep only entities of these types (person, organization, place)
  --replace             extract: print the text with each mention replaced by its canonical name
  --family-name-first   compare: read b as a person's name written family name first ("Xi Jinping")
  --explain             Show which parts matched which, and how
  -h, --help            Show this help
  -v, --version         Show the version`;

class UsageError extends Error {}

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string };
  return pkg.version;
}

function parse(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: "boolean" },
        limit: { type: "string" },
        threshold: { type: "string" },
        aliases: { type: "string" },
        explain: { type: "boolean" },
        types: { type: "string" },
        replace: { type: "boolean" },
        "family-name-first": { type: "boolean" },
        help: { type: "boolean", short: "h" },
        version: { type: "boolean", short: "v" },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message.split("\n")[0]);
  }
}

function numberOption(value: string | undefined, name: string, integer: boolean): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (value.trim() === "" || !Number.isFinite(n) || (integer ? !Number.isInteger(n) || n < 1 : n < 0 || n > 1)) {
    throw new UsageError(`--${name} expects ${integer ? "a whole number of at least 1" : "a number from 0 to 1"}, got "${value}"`);
  }
  return n;
}

function describe(result: Resolution): string {
  return `${result.name} (${result.id}) ${result.score.toFixed(2)} ${result.method}`;
}

/** The output line for an input line that has no answer: the error in the query's place, so that N lines still give N. */
function errorLine(number: number, message: string, flags: { json?: boolean }): string {
  return flags.json ? JSON.stringify({ line: number, error: message }) : `\t${message}`;
}

function resolveLine(resolver: Resolver, name: string, flags: { json?: boolean; explain?: boolean; limit?: number; threshold?: number }): { text: string; resolved: boolean } {
  if (flags.limit !== undefined) {
    const candidates = resolver.candidates(name, { limit: flags.limit });
    if (flags.json) return { text: JSON.stringify({ query: name, candidates }), resolved: candidates.length > 0 };
    const list = candidates.map(describe).join(" | ") || "(no candidates)";
    return { text: `${name}\t${list}`, resolved: candidates.length > 0 };
  }
  const result = resolver.resolve(name, flags.threshold === undefined ? {} : { threshold: flags.threshold });
  if (flags.json) return { text: JSON.stringify({ query: name, result }), resolved: result !== null };
  if (!result) return { text: `${name}\t(no match)`, resolved: false };
  const text = `${name}\t${describe(result)}`;
  return { text: flags.explain ? `${text}\n${explain(result.explanation)}` : text, resolved: true };
}

/**
 * Writes lines in chunks, since a write per line costs more than resolving the line, and waits
 * for the reader when it falls behind, so that any amount of input streams in bounded memory.
 * Typed input is answered line by line.
 */
function bufferedOutput(stream: NodeJS.WriteStream, interactive: boolean) {
  let pending: string[] = [];
  let size = 0;
  const flush = async (): Promise<void> => {
    if (pending.length === 0) return;
    const chunk = pending.join("");
    pending = [];
    size = 0;
    if (!stream.write(chunk)) await once(stream, "drain");
  };
  return {
    flush,
    async line(text: string): Promise<void> {
      pending.push(`${text}\n`);
      size += text.length + 1;
      if (interactive || size >= OUTPUT_CHUNK) await flush();
    },
  };
}

const BUNDLED_INDEX = new URL("./bundled-index.json", import.meta.url);

/** The bundled dictionary's entities, loaded only to merge an alias folder with them or check one against them: a lookup needs only the saved index. */
async function bundledEntities(): Promise<readonly EntityInput[]> {
  return (await import("../generated/aliases.js")).entities;
}

/** The bundled dictionary, or a list of entities (the bundled ones with an alias folder's). */
type Dictionary = "bundled" | readonly EntityInput[];

/** A resolver over a dictionary; over the bundled one, the index saved at build time, which loads faster than it builds. */
async function resolverFor(dictionary: Dictionary, options: ResolverOptions): Promise<Resolver> {
  if (dictionary !== "bundled") return createResolver(dictionary, options);
  if (existsSync(BUNDLED_INDEX)) return loadResolver(JSON.parse(readFileSync(BUNDLED_INDEX, "utf8")), options);
  return createResolver(await bundledEntities(), options);
}

const STAGES: Readonly<Record<AliasProgress["stage"], string>> = { reading: "reading alias files", indexing: "indexing the dictionary", testing: "running the files' tests" };

/**
 * Progress of work on alias files, on one line of standard error rewritten in place, when standard
 * error is a terminal; nothing when it is a pipe or a log. `clear` removes the line.
 */
function terminalProgress(): AliasFolderOptions & { clear(): void } {
  if (!process.stderr.isTTY) return { clear() {} };
  let shown = false;
  let last = 0;
  let lastStage = "";
  return {
    onProgress({ stage, done, total }) {
      const now = Date.now();
      if (now - last < 100 && done < total && stage === lastStage) return;
      last = now;
      lastStage = stage;
      shown = true;
      process.stderr.write(`\r\x1b[K[canonym] ${STAGES[stage]}: ${done.toLocaleString("en")} of ${total.toLocaleString("en")}`);
    },
    clear() {
      if (shown) process.stderr.write("\r\x1b[K");
    },
  };
}

/** The bundled dictionary, with the entities of `--aliases` added or replacing; undefined when those files are invalid. */
async function dictionaryFor(values: ReturnType<typeof parse>["values"]): Promise<Dictionary | undefined> {
  if (values.aliases === undefined) return "bundled";
  const progress = terminalProgress();
  const { entries, problems } = loadAliasDirectory(values.aliases, progress);
  progress.clear();
  if (problems.length > 0) {
    process.stderr.write(`${formatProblem(problems[0]!)}${problems.length > 1 ? ` (and ${problems.length - 1} more: run canonym validate ${values.aliases})` : ""}\n`);
    return undefined;
  }
  return mergeEntries(await bundledEntities(), entries).map((e) => e.entity);
}

async function runExtract(files: string[], values: ReturnType<typeof parse>["values"], out: (line: string) => void): Promise<number> {
  if (files.length > 1) throw new UsageError(`extract takes at most one file, got ${files.length}`);
  const dictionary = await dictionaryFor(values);
  if (!dictionary) return 2;
  const file = files[0] ?? "-";
  let text: string;
  try {
    if (file !== "-" && statSync(file).size > MAX_TEXT_BYTES) throw new Error(tooLong);
    text = file === "-" ? await readStdin() : readFileSync(file, "utf8");
  } catch (error) {
    if ((error as Error).message === tooLong) throw new Error(`[canonym] extract: ${file === "-" ? "the input" : file} is over ${MAX_TEXT_BYTES.toLocaleString("en")} bytes, the most extract reads at once; split it, by paragraph or page, and extract from each part`);
    throw new Error(`[canonym] extract: cannot read ${file}: ${(error as Error).message}; give a readable text file, or "-" for stdin`);
  }
  const threshold = numberOption(values.threshold, "threshold", false);
  const types = values.types?.split(",").map((t) => t.trim()).filter(Boolean);
  const mentions = (await resolverFor(dictionary, {})).extract(text, { ...(threshold === undefined ? {} : { minScore: threshold }), ...(types ? { types } : {}) });
  if (values.replace) {
    let replaced = "";
    let at = 0;
    for (const m of mentions) {
      replaced += text.slice(at, m.start) + m.name;
      at = m.end;
    }
    process.stdout.write(replaced + text.slice(at));
  } else {
    for (const m of mentions) {
      out(values.json ? JSON.stringify(m) : `${m.start}-${m.end}\t${m.text}\t${m.name} (${m.id}) ${m.score.toFixed(2)} ${m.method}`);
    }
  }
  return mentions.length > 0 ? 0 : 1;
}

const tooLong = "too long";

/** Standard input, read up to {@link MAX_TEXT_BYTES}: a larger input is refused before it fills memory. */
async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    size += (chunk as Buffer).length;
    if (size > MAX_TEXT_BYTES) throw new Error(tooLong);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}

async function runResolve(names: string[], values: ReturnType<typeof parse>["values"], out: (line: string) => void): Promise<number> {
  const dictionary = await dictionaryFor(values);
  if (!dictionary) return 2;
  const threshold = numberOption(values.threshold, "threshold", false);
  const resolver = await resolverFor(dictionary, threshold === undefined ? {} : { threshold });
  const flags = { json: values.json, explain: values.explain, limit: numberOption(values.limit, "limit", true), threshold };
  if (names.length === 0 || (names.length === 1 && names[0] === "-")) {
    const output = bufferedOutput(process.stdout, process.stdin.isTTY === true);
    for await (const line of inputLines(process.stdin, MAX_LINE_BYTES)) {
      let answer: string;
      try {
        answer = "text" in line ? resolveLine(resolver, line.text, flags).text : errorLine(line.number, `[canonym] ${line.error}`, flags);
      } catch (error) {
        if (!(error instanceof Error && error.message.startsWith("[canonym]"))) throw error;
        answer = errorLine(line.number, error.message.replace("[canonym]", `[canonym] line ${line.number}:`), flags);
      }
      await output.line(answer);
    }
    await output.flush();
    return 0;
  }
  let resolved = 0;
  for (const name of names) {
    const line = resolveLine(resolver, name, flags);
    out(line.text);
    if (line.resolved) resolved++;
  }
  return resolved > 0 ? 0 : 1;
}

function runCompare(names: string[], values: ReturnType<typeof parse>["values"], out: (line: string) => void): number {
  if (names.length !== 2) throw new UsageError(`compare takes exactly two names, got ${names.length}`);
  const threshold = numberOption(values.threshold, "threshold", false);
  const result = compare(names[0]!, names[1]!, { ...(threshold === undefined ? {} : { threshold }), ...(values["family-name-first"] ? { familyNameFirst: true } : {}) });
  if (values.json) out(JSON.stringify(result));
  else {
    out(`${result.score.toFixed(2)} ${result.match ? "match" : "no match"} ${result.method}`);
    if (values.explain) out(explain(result.explanation));
  }
  return 0;
}

async function runValidate(names: string[], out: (line: string) => void): Promise<number> {
  if (names.length > 1) throw new UsageError(`validate takes at most one folder, got ${names.length}`);
  const dir = names[0] ?? "aliases";
  const progress = terminalProgress();
  const loaded = loadAliasDirectory(dir, progress);
  const problems = validateLoadedAliases(loaded, await bundledEntities(), progress);
  progress.clear();
  for (const problem of problems) process.stderr.write(`${formatProblem(problem)}\n`);
  if (problems.length > 0) return 2;
  out(`${dir}: ${loaded.entries.length} alias files valid`);
  return 0;
}

/**
 * Runs the canonym command line.
 *
 * @param argv - Arguments after the program name.
 * @returns The exit code: 0 success, 1 nothing resolved, 2 bad usage or invalid alias files.
 * @example
 * ```ts
 * await main(["resolve", "Motti"]); // prints "Motti\tAmir Khan Muttaqi (amir-khan-muttaqi) ..."
 * ```
 */
export async function main(argv: string[]): Promise<number> {
  const out = (line: string): void => {
    process.stdout.write(`${line}\n`);
  };
  try {
    const { values, positionals } = parse(argv);
    const [command, ...rest] = positionals;
    if (values.version) { out(version()); return 0; }
    if (values.help || command === "help") { out(USAGE); return 0; }
    switch (command) {
      case "resolve": return await runResolve(rest, values, out);
      case "extract": return await runExtract(rest, values, out);
      case "compare": return runCompare(rest, values, out);
      case "validate": return await runValidate(rest, out);
      case undefined: throw new UsageError("no command given");
      default: throw new UsageError(`unknown command "${command}"`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`[canonym] ${error.message}\n${USAGE}\n`);
      return 2;
    }
    if (error instanceof Error && error.message.startsWith("[canonym]")) {
      process.stderr.write(`${error.message}\n`);
      return 2;
    }
    throw error;
  }
}
