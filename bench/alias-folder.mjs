// Writes a folder of N generated alias files and measures `canonym validate` and `canonym resolve --aliases` on it:
// wall time and peak memory (Linux /proc). Run alone: node bench/alias-folder.mjs [files] (default 100,000).
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const CLI = fileURLToPath(new URL("../dist/cli.js", import.meta.url));
// Given names and surnames from disjoint syllables, numbered in base 16: every name and alias is unique.
const GIVEN = ["ka", "ri", "mo", "tan", "bel", "sa", "no", "vik", "lu", "zar", "den", "po", "mir", "shi", "ga", "tor"];
const FAMILY = ["dro", "gle", "phu", "sny", "wox", "yel", "jum", "cre", "blo", "tix", "ub", "oz", "vesk", "hald", "murn", "pex"];

function spell(n, syllables) {
  let word = "";
  do {
    word += syllables[n % 16];
    n = Math.floor(n / 16);
  } while (n > 0);
  return word[0].toUpperCase() + word.slice(1);
}

/** Writes `count` valid alias files under a new folder and returns its path. */
export function writeAliasFolder(count) {
  const dir = mkdtempSync(join(tmpdir(), "canonym-aliases-"));
  mkdirSync(join(dir, "person"));
  for (let n = 0; n < count; n++) {
    const given = spell(n % 4096, GIVEN);
    const family = spell(Math.floor(n / 4096) * 7919 + n, FAMILY);
    const id = `generated-${n}`;
    writeFileSync(join(dir, "person", `${id}.json`), JSON.stringify({
      id, type: "person", name: `${given} ${family}`,
      aliases: { en: [`${family}, ${given}`, `Mr ${given} ${family}`] },
      tests: { resolves: [`${given} ${family}`], rejects: [] },
      sources: ["https://example.org/generated"],
    }));
  }
  return dir;
}

function peakKib(pid) {
  const status = `/proc/${pid}/status`;
  if (!existsSync(status)) return undefined;
  const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(status, "utf8"));
  return match ? Number(match[1]) : undefined;
}

/** Runs the CLI, sampling its peak memory every 50 ms. */
export function measureCli(args) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [CLI, ...args], { stdio: ["ignore", "pipe", "pipe"] });
    let peak;
    let stdout = "";
    let stderr = "";
    const timer = setInterval(() => { peak = peakKib(child.pid) ?? peak; }, 50);
    child.stdout.on("data", (d) => { stdout += d; });
    child.stderr.on("data", (d) => { stderr += d; });
    child.on("error", reject);
    child.on("close", (code) => {
      clearInterval(timer);
      resolve({ code, seconds: (performance.now() - started) / 1000, peakMib: peak && peak / 1024, stdout, stderr });
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const count = Number(process.argv[2] ?? 100_000);
  let started = performance.now();
  const dir = writeAliasFolder(count);
  console.log(`wrote ${count} alias files in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  for (const args of [["validate", dir], ["resolve", "--aliases", dir, spell(5, GIVEN) + " " + spell(5, FAMILY)]]) {
    const r = await measureCli(args);
    console.log(`canonym ${args[0]}: exit ${r.code}, ${r.seconds.toFixed(1)} s, peak RSS ${r.peakMib?.toFixed(0)} MiB; ${r.stdout.trim().slice(0, 120)} ${r.stderr.trim().slice(0, 200)}`);
  }
  rmSync(dir, { recursive: true, force: true });
}
