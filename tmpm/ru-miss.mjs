import { evaluateScript } from '../eval/cross-script.mjs';
const s = process.argv[2] || 'russian';
const r = evaluateScript(s, process.argv[3] || 'dev');
console.log(r.canonym);
for (const m of r.misses) console.log(m.target, '\t', m.expected, '\t', m.got.join(' | '));
