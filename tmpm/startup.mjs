import { execFileSync } from "node:child_process";
const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
function time(args) { const t = performance.now(); try { execFileSync(process.execPath, args, { stdio: "ignore" }); } catch {} return performance.now() - t; }
const cli = [], bare = [];
for (let i = 0; i < 15; i++) { bare.push(time(["-e", "0"])); cli.push(time([process.argv[2] ?? "dist/cli.js", "resolve", "Motti"])); }
console.log(`cli median ${median(cli).toFixed(0)} ms, bare node ${median(bare).toFixed(0)} ms`);
