import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
const names = ["Amir Khan Motti","Dmitry Cernov","Zamir Kablov","Vladimir Poutine","فلاديمير بوتين","أمير خان ماتوكي","Sergey Lavrov","Kabul","Moscow","Taliban","TASS","Russia","Afghanistan","Dmitry Gornyov","ديمتري زييرنوف","زامير كابولوف","Gul Hassan Hassan","Zia Ahmad Takal","Mikhail Gorbachev","Islamic State"];
const repeated = Array.from({ length: 20000 }, (_, i) => names[i % names.length]).join("\n") + "\n";
let seed = 7; const rnd = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
const { entities } = await import("../dist/aliases.js");
const forms = entities.filter((e) => e.type !== "place").flatMap((e) => [e.name, ...(e.aliases ?? [])]);
const letters = "abcdefghijklmnopqrstuvwxyz";
const distinct = Array.from({ length: 20000 }, () => { const f = [...forms[Math.floor(rnd() * forms.length)]]; const i = Math.floor(rnd() * f.length); f[i] = letters[Math.floor(rnd() * 26)]; if (rnd() < 0.5) f.splice(Math.floor(rnd() * f.length), 0, letters[Math.floor(rnd() * 26)]); return f.join(""); });
writeFileSync("/tmp/repeated.txt", repeated); writeFileSync("/tmp/distinct.txt", distinct.join("\n") + "\n");
for (const file of ["/tmp/repeated.txt", "/tmp/distinct.txt"]) {
  const t = performance.now(); execFileSync("sh", ["-c", `node dist/cli.js resolve < ${file} > /dev/null`]); const s = (performance.now() - t) / 1000;
  console.log(file, s.toFixed(2), "s", Math.round(20000 / s), "lines/s");
}
