// The CLI run as a process, as a user runs it.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, mkdirSync, readFileSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { root } from "./helpers.js";
import { streamThroughCli } from "../bench/stdin-stream.mjs";
import { MODEL_SCRIPTS, modelText } from "../src/match/learned/model-text.js";

function canonym(args: string[], input?: string | Buffer) {
  const result = spawnSync(process.execPath, [join(root, "dist", "cli.js"), ...args], { cwd: root, encoding: "utf8", input });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("canonym resolve", () => {
  it("prints one readable line per name: canonical name, id, score, method", () => {
    const { code, stdout } = canonym(["resolve", "Motti", "فلاديمير بوتين"]);
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^Motti\tAmir Khan Muttaqi \(amir-khan-muttaqi\) [01]\.\d\d \w+$/);
    expect(lines[1]).toMatch(/^فلاديمير بوتين\tVladimir Putin \(vladimir-putin\) [01]\.\d\d \w+$/);
  });

  it("resolves names in scripts read through the transliteration package, which the command loads on first use", () => {
    const { code, stdout } = canonym(["resolve", "普京", "Βλαδίμηρος Πούτιν"]);
    expect(code).toBe(0);
    expect(stdout.trimEnd().split("\n").map((l) => l.split("\t")[1]?.split(" (")[0])).toEqual(["Vladimir Putin", "Vladimir Putin"]);
  });

  it("reads each learned model from the file its build wrote beside it, the library's own text, and answers as the library", async () => {
    for (const script of MODEL_SCRIPTS) expect(readFileSync(join(root, "dist", "models", `${script}.json`), "utf8"), script).toBe(modelText(script));
    // Spellings no dictionary form has, one per script with a model: each is compared through its script's model.
    const names = ["بوتن", "Путен", "פוטינ", "普廷", "푸친", "プティン"];
    const { createResolver } = await import("../dist/index.js");
    const { entities } = await import("../dist/aliases.js");
    const library = createResolver(entities);
    const { code, stdout } = canonym(["resolve", "--json", ...names]);
    expect(code).toBe(0);
    const answers = stdout.trimEnd().split("\n").map((line) => JSON.parse(line).result);
    expect(answers.map((a) => a?.id)).toEqual(names.map(() => "vladimir-putin"));
    expect(answers.map((a) => a.score)).toEqual(names.map((name) => library.resolve(name)?.score));
  });

  it("exits 1 when nothing resolved", () => {
    const { code, stdout } = canonym(["resolve", "Amir"]);
    expect(code).toBe(1);
    expect(stdout).toBe("Amir\t(no match)\n");
  });

  it("--json prints one JSON object per line", () => {
    const { stdout } = canonym(["resolve", "--json", "Cernov"]);
    const parsed = JSON.parse(stdout);
    expect(parsed.query).toBe("Cernov");
    expect(parsed.result).toMatchObject({ id: "dmitry-zhirnov", name: "Dmitry Zhirnov", type: "person", method: "partial" });
  });

  it("--limit lists candidates", () => {
    const { stdout } = canonym(["resolve", "--limit", "2", "--json", "Amir"]);
    expect(JSON.parse(stdout).candidates[0].id).toBe("amir-khan-muttaqi");
  });

  it("--explain shows which parts matched", () => {
    const { stdout } = canonym(["resolve", "--explain", "Vladimir Poutin"]);
    expect(stdout).toContain("poutin ~ putin");
  });

  it("reads stdin and writes exactly one line per input line, in order", () => {
    const input = ["Putin", "", "Amir", "Kaboul", "   ", "Zamir Kablov"].join("\n") + "\n";
    const { code, stdout } = canonym(["resolve"], input);
    expect(code).toBe(0);
    const lines = stdout.split("\n").slice(0, -1);
    expect(lines).toHaveLength(6);
    expect(lines.map((l) => l.split("\t")[1]?.split(" (")[0])).toEqual(["Vladimir Putin", "(no match)", "(no match)", "Kabul", "(no match)", "Zamir Kabulov"]);
    expect(canonym(["resolve", "-", "--json"], "Putin\n\n").stdout.trimEnd().split("\n")).toHaveLength(2);
  });

  it("answers every line of bad input with one line, its error in place of an answer: invalid UTF-8, too long, CRLF, no final newline", () => {
    const input = Buffer.concat([
      Buffer.from("Putin\r\n\n"),
      Buffer.from([0xc3, 0x28, 0x0a]),
      Buffer.from(`${"ж".repeat(1_200)}\n${"a".repeat(5_000)}\n`),
      Buffer.from("Zamir Kablov"),
    ]);
    const { code, stdout } = canonym(["resolve"], input);
    expect(code).toBe(0);
    expect(stdout.split("\n").slice(0, -1)).toEqual([
      "Putin\tVladimir Putin (vladimir-putin) 0.83 partial",
      "\t(no match)",
      "\t[canonym] line 3 is not valid UTF-8; convert the input, e.g. with iconv -f latin1 -t utf-8",
      "\t[canonym] line 4: resolver.resolve: a name of 1,200 UTF-16 code units is over the limit of 1,000; pass a name; find the names in a text with resolver.extract",
      "\t[canonym] line 5 is over 3000 bytes, longer than any name; skipped",
      "Zamir Kablov\tZamir Kabulov (zamir-kabulov) 1.00 exact",
    ]);
    const json = canonym(["resolve", "--json"], input).stdout.trimEnd().split("\n").map((l) => JSON.parse(l));
    expect(json).toHaveLength(6);
    expect(json[2]).toEqual({ line: 3, error: "[canonym] line 3 is not valid UTF-8; convert the input, e.g. with iconv -f latin1 -t utf-8" });
  });

  it.skipIf(!existsSync("/proc/self/status"))("streams any amount of stdin in bounded memory (64 MiB here, 1 GiB in npm run bench)", async () => {
    const result = await streamThroughCli(64 * 1024 * 1024);
    expect(result.outputLines).toBe(result.inputLines);
    expect(result.peakMib).toBeLessThan(200);
  });

  it("--aliases adds entities from a folder", () => {
    const dir = mkdtempSync(join(tmpdir(), "canonym-cli-"));
    mkdirSync(join(dir, "person"));
    writeFileSync(join(dir, "person", "hibatullah-akhundzada.json"), JSON.stringify({
      id: "hibatullah-akhundzada", type: "person", name: "Hibatullah Akhundzada",
      aliases: { ar: ["هبة الله آخوند زاده"] }, tests: { resolves: ["Akhundzada"], rejects: [] }, sources: ["https://en.wikipedia.org/wiki/Hibatullah_Akhundzada"],
    }));
    const { code, stdout } = canonym(["resolve", "--aliases", dir, "Akhundzada", "Putin"]);
    expect(code).toBe(0);
    expect(stdout).toContain("hibatullah-akhundzada");
    expect(stdout).toContain("vladimir-putin");
    expect(canonym(["validate", dir]).code).toBe(0);
    writeFileSync(join(dir, "person", "broken.json"), "{");
    const broken = canonym(["resolve", "--aliases", dir, "Putin"]);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/^\[canonym\] .*broken\.json: not valid JSON/);
  });
});

describe("canonym extract", () => {
  const text = "Afghan Foreign Minister Amir Khan Motti met Dmitry Cernov in Kabul.\n";

  it("prints one line per mention from stdin: position, surface text, canonical name, id, score, method", () => {
    const { code, stdout } = canonym(["extract"], text);
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^24-39\tAmir Khan Motti\tAmir Khan Muttaqi \(amir-khan-muttaqi\) [01]\.\d\d \w+$/);
    for (const line of lines) {
      const [range, surface] = line.split("\t") as [string, string];
      const [start, end] = range.split("-").map(Number) as [number, number];
      expect(text.slice(start, end)).toBe(surface);
    }
  });

  it("reads a file, --json prints one mention object per line, --types filters", () => {
    const file = join(mkdtempSync(join(tmpdir(), "canonym-cli-")), "article.txt");
    writeFileSync(file, text);
    const { stdout } = canonym(["extract", file, "--json", "--types", "place"]);
    expect(stdout.trimEnd().split("\n").map((l) => JSON.parse(l))).toEqual([
      { start: 61, end: 66, text: "Kabul", id: "kabul", name: "Kabul", type: "place", score: 1, method: "exact" },
    ]);
  });

  it("--replace prints the text with canonical names", () => {
    const { stdout } = canonym(["extract", "-", "--replace"], "Vladimir Poutine a reçu Sergueï Lavrov à Moscou.");
    expect(stdout).toBe("Vladimir Putin a reçu Sergey Lavrov à Moscow.");
  });

  it("--aliases adds entities; an unreadable file is a one-line error, exit 2; no mention exits 1", () => {
    const dir = mkdtempSync(join(tmpdir(), "canonym-cli-"));
    mkdirSync(join(dir, "person"));
    writeFileSync(join(dir, "person", "hibatullah-akhundzada.json"), JSON.stringify({
      id: "hibatullah-akhundzada", type: "person", name: "Hibatullah Akhundzada",
      aliases: {}, tests: { resolves: ["Akhundzada"], rejects: [] }, sources: ["https://en.wikipedia.org/wiki/Hibatullah_Akhundzada"],
    }));
    expect(canonym(["extract", "--aliases", dir], "The leader Hibatullah Akhundzada spoke.").stdout).toContain("hibatullah-akhundzada");
    const missing = canonym(["extract", join(dir, "nothing.txt")]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^\[canonym\] extract: cannot read .*nothing\.txt/);
    expect(canonym(["extract"], "nothing to see here").code).toBe(1);
  });

  it("refuses a text over the size limit before reading it into memory, with a one-line error, exit 2", () => {
    const dir = mkdtempSync(join(tmpdir(), "canonym-cli-"));
    const huge = join(dir, "huge.txt");
    writeFileSync(huge, "");
    truncateSync(huge, 60 * 1024 * 1024);
    const { code, stderr } = canonym(["extract", huge]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^\[canonym\] extract: .*huge\.txt is over 50,331,648 bytes, the most extract reads at once; split it/);
  });
});

describe("canonym compare and validate", () => {
  it("compare prints score, verdict and method", () => {
    expect(canonym(["compare", "Sergueï Lavrov", "Sergey Lavrov"]).stdout).toMatch(/^0\.9\d match phonetic\n$/);
    expect(canonym(["compare", "Dmitry Kozak", "Dmitry Zhirnov"]).stdout).toMatch(/no match/);
    expect(JSON.parse(canonym(["compare", "--json", "Putin", "Vladimir Putin"]).stdout).match).toBe(true);
    expect(canonym(["compare", "Jinping", "Xi Jinping"]).stdout).toMatch(/^0\.83 match partial\n$/);
    expect(canonym(["compare", "--family-name-first", "Jinping", "Xi Jinping"]).stdout).toMatch(/^0\.51 no match partial\n$/);
  });

  it("validate passes on the bundled aliases and fails with file and field on a bad folder", () => {
    expect(canonym(["validate"])).toMatchObject({ code: 0 });
    const dir = mkdtempSync(join(tmpdir(), "canonym-cli-"));
    mkdirSync(join(dir, "place"));
    writeFileSync(join(dir, "place", "kabul.json"), JSON.stringify({ id: "kabul", type: "place", name: "Kabul", aliases: {}, tests: { resolves: ["Kabul"], rejects: [] } }));
    const { code, stderr } = canonym(["validate", dir]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^\[canonym\] .*kabul\.json: sources: expected an array of strings/m);
  });
});

describe("canonym usage", () => {
  it("--version is read from package.json", () => {
    const { version } = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
    expect(canonym(["--version"]).stdout.trim()).toBe(version);
  });

  it("--help on every command", () => {
    for (const args of [["--help"], ["resolve", "--help"], ["compare", "--help"], ["validate", "--help"]]) {
      const { code, stdout } = canonym(args);
      expect(code).toBe(0);
      expect(stdout).toContain("Usage: canonym");
    }
  });

  it.each([[["frob"]], [[]], [["resolve", "--bogus"]], [["compare", "one"]], [["resolve", "--limit", "x", "a"]]])("bad usage %j exits 2 with a one-line error", (args) => {
    const { code, stderr } = canonym(args);
    expect(code).toBe(2);
    expect(stderr.split("\n")[0]).toMatch(/^\[canonym\] /);
    expect(stderr.split("\n")[1]).toBe("Usage: canonym <command> [options]");
  });

  it("a closed pipe ends quietly", () => {
    const result = spawnSync("bash", ["-c", `yes Putin | head -n 5000 | node ${join(root, "dist", "cli.js")} resolve | head -n 1`], { encoding: "utf8" });
    expect(result.stdout.trim().split("\n")).toHaveLength(1);
    expect(result.stderr).toBe("");
  });
});
