// Streams generated input of a given size through `canonym resolve` and measures the process's peak memory (Linux /proc).
// Run alone: node bench/stdin-stream.mjs [bytes] (default 1 GiB). Also used by npm run bench and by test/cli.test.ts.
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const CLI = fileURLToPath(new URL("../dist/cli.js", import.meta.url));

/** One block of input: a 1 MiB line, lines over the name limit, names, an empty line and a line of invalid UTF-8. */
function block() {
  const lines = ["x".repeat(1024 * 1024)];
  for (let i = 0; i < 200; i++) lines.push("a ".repeat(1_200));
  for (let i = 0; i < 200; i++) lines.push(["Amir Khan Motti", "Dmitry Cernov", "فلاديمير بوتين", "Zamir Kablov"][i % 4]);
  lines.push("");
  const text = Buffer.from(`${lines.join("\n")}\n`, "utf8");
  const invalid = Buffer.from([0xff, 0xfe, 0x41, 0x0a]);
  return { bytes: Buffer.concat([text, invalid]), lines: lines.length + 1 };
}

/** Peak resident memory of a process so far, in KiB, or undefined off Linux. */
function peakKib(pid) {
  const status = `/proc/${pid}/status`;
  if (!existsSync(status)) return undefined;
  const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(status, "utf8"));
  return match ? Number(match[1]) : undefined;
}

/**
 * Writes about `bytes` of input into `canonym resolve`, reading its output as it comes.
 * @returns {Promise<{ bytes: number, inputLines: number, outputLines: number, peakMib: number | undefined, seconds: number }>}
 */
export async function streamThroughCli(bytes) {
  const { bytes: chunk, lines } = block();
  const blocks = Math.max(1, Math.round(bytes / chunk.length));
  const child = spawn(process.execPath, [CLI, "resolve"], { stdio: ["pipe", "pipe", "inherit"] });
  let outputLines = 0;
  let peak;
  child.stdout.on("data", (data) => {
    for (let i = data.indexOf(10); i !== -1; i = data.indexOf(10, i + 1)) outputLines++;
    peak = peakKib(child.pid) ?? peak;
  });
  const started = performance.now();
  const exited = new Promise((resolve) => child.on("close", resolve));
  for (let i = 0; i < blocks; i++) {
    if (!child.stdin.write(chunk)) await new Promise((resolve) => child.stdin.once("drain", resolve));
  }
  child.stdin.end();
  const code = await exited;
  if (code !== 0) throw new Error(`[canonym] bench: canonym resolve exited with ${code}`);
  return { bytes: blocks * chunk.length, inputLines: blocks * lines, outputLines, peakMib: peak && peak / 1024, seconds: (performance.now() - started) / 1000 };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const result = await streamThroughCli(Number(process.argv[2] ?? 1024 ** 3));
  console.log(JSON.stringify(result));
}
