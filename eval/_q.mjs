import { createResolver, compare, normalize } from "../dist/index.js";
import { entities } from "../dist/aliases.js";
const r = createResolver(entities);
const t = (label, f) => { const s = performance.now(); let out; try { out = f(); } catch (e) { out = "ERR " + e.message; } console.log(label, (performance.now() - s).toFixed(1), "ms", String(JSON.stringify(out)).slice(0, 80)); };
for (const n of [1e4, 1e5]) {
t("extract one latin word "+n, () => r.extract("Putinovich".repeat(n/10)).length);
t("extract one cyr word "+n, () => r.extract("Путин".repeat(n/5)).length);
t("extract one arabic word "+n, () => r.extract("بوتين".repeat(n/5)).length);
t("extract one han word "+n, () => r.extract("普京".repeat(n/2)).length);
t("extract random words "+n, () => r.extract(Array.from({length:n/8},(_, i)=>"Xq"+(i*7919%100003).toString(36)).join(" ")).length);
}
