// npm run fuzz [-- runs [seed]]: the fuzz test with more inputs (default 1,000,000) from a fresh seed (or the one given).
import { spawnSync } from "node:child_process";

const [runs = "1000000", seed = String(Date.now())] = process.argv.slice(2);
if (!/^\d+$/.test(runs) || !/^\d+$/.test(seed)) {
  console.error("[canonym] fuzz: usage npm run fuzz -- [runs] [seed], both whole numbers");
  process.exit(2);
}
console.log(`fuzzing with ${runs} inputs, seed ${seed} (replay: npm run fuzz -- ${runs} ${seed})`);
const { status } = spawnSync("npx", ["vitest", "run", "test/fuzz.test.ts"], { stdio: "inherit", env: { ...process.env, FUZZ_RUNS: runs, FUZZ_SEED: seed } });
process.exit(status ?? 1);
