import { readFileSync, readdirSync, mkdirSync, writeFileSync } from "node:fs";
import { createResolver } from "../dist/index.js";
import { entities } from "../dist/aliases.js";
const texts = readdirSync("/work/shared/seeds").sort().map((f) => readFileSync("/work/shared/seeds/" + f, "utf8"));
const r = createResolver(entities);
const inspector = await import("node:inspector"); const session = new inspector.Session(); session.connect();
const post = (m, p) => new Promise((res, rej) => session.post(m, p ?? {}, (e, v) => e ? rej(e) : res(v)));
await post("Profiler.enable"); await post("Profiler.start");
let t = performance.now(); let bytes = 0;
for (const text of texts) { bytes += Buffer.byteLength(text); r.extract(text); }
const ms = performance.now() - t;
console.log("cold", ms.toFixed(0), "ms", (bytes / 1024 / (ms / 1000)).toFixed(0), "KB/s");
const { profile } = await post("Profiler.stop"); mkdirSync("/tmp/profx", { recursive: true }); writeFileSync("/tmp/profx/x.cpuprofile", JSON.stringify(profile));
