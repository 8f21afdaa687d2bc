import { readdirSync, readFileSync } from "node:fs";
const dir = "node_modules/cldr-localenames-full/main";
const byCode = new Map();
let locales = 0;
for (const locale of readdirSync(dir)) {
  let data;
  try { data = JSON.parse(readFileSync(`${dir}/${locale}/territories.json`, "utf8")); } catch { continue; }
  locales++;
  const t = data.main[locale].localeDisplayNames.territories;
  for (const [key, name] of Object.entries(t)) {
    const code = key.split("-alt-")[0];
    if (!/^[A-Z]{2}$/.test(code)) continue;
    if (!byCode.has(code)) byCode.set(code, new Set());
    byCode.get(code).add(name);
  }
}
let total = 0; for (const s of byCode.values()) total += s.size;
console.log(locales, byCode.size, total, [...byCode.keys()].join(" "));
console.log([...byCode.get("DE")].slice(0, 40).join(" | "), byCode.get("DE").size);
