// Time against input size: each operation on an input and on one ten times larger; a ratio near 10 is linear, near 100 quadratic.
import { createResolver, normalize, textWords } from "../dist/index.js";
import { entities } from "../dist/aliases.js";

const SENTENCE = "Le ministre Amir Khan Muttaqi a rencontré Dmitry Zhirnov à Kaboul; وروسيا تعزز علاقاتها مع أفغانستان. ";
/** Text with new words throughout, so that no cache hides the work. */
const text = (chars) => {
  let out = "";
  for (let i = 0; out.length < chars; i++) out += `${SENTENCE}Word${i.toString(36)} `;
  return out.slice(0, chars);
};

function timed(operation) {
  const started = performance.now();
  operation();
  return performance.now() - started;
}

/** Timings per size: the fastest is kept, since one run can take a garbage collection the others do not. */
const RUNS = 3;

/** Milliseconds at `small` and at ten times `small`, each the fastest of a few runs on a fresh resolver and input made beforehand, and their ratio. */
function ratio(label, small, input, operation) {
  const once = (n) => {
    const resolver = createResolver(entities);
    const value = input(n);
    return timed(() => operation(value, resolver));
  };
  const fastest = (n) => Math.min(...Array.from({ length: RUNS }, () => once(n)));
  once(small);
  const smallMs = fastest(small);
  const largeMs = fastest(small * 10);
  return { operation: label, small, smallMs, largeMs, ratio: largeMs / smallMs };
}

/** The ratios for normalize, textWords and extract on text, and resolve on one word, in several scripts. */
export function linearity() {
  return [
    ratio("normalize(text)", 100_000, text, (t) => normalize(t)),
    ratio("textWords(text)", 100_000, text, (t) => textWords(t)),
    ratio("extract(text)", 20_000, text, (t, r) => r.extract(t)),
    ratio("extract(one word, Latin)", 10_000, (n) => "a".repeat(n), (t, r) => r.extract(t)),
    ratio("extract(one word, Arabic)", 10_000, (n) => "ب".repeat(n), (t, r) => r.extract(t)),
    ratio("resolve(one-letter words)", 100, (n) => "a ".repeat(n / 2), (t, r) => r.resolve(t)),
  ];
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split("/").pop())) {
  for (const r of linearity()) console.log(`${r.operation.padEnd(40)} ${String(r.small).padStart(7)} chars ${r.smallMs.toFixed(1).padStart(8)} ms, ×10: ${r.largeMs.toFixed(1).padStart(8)} ms, ratio ${r.ratio.toFixed(1)}`);
}
