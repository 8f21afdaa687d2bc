// Labelled name pairs (eval/pairs.tsv, written by hand) through compare(): precision, recall and F1 per category.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { compare } from "../dist/index.js";

const file = join(dirname(fileURLToPath(import.meta.url)), "pairs.tsv");

function rates(rows) {
  const tp = rows.filter((r) => r.expected && r.predicted).length;
  const fp = rows.filter((r) => !r.expected && r.predicted).length;
  const fn = rows.filter((r) => r.expected && !r.predicted).length;
  const tn = rows.filter((r) => !r.expected && !r.predicted).length;
  const precision = tp + fp ? tp / (tp + fp) : null;
  const recall = tp + fn ? tp / (tp + fn) : null;
  const f1 = precision !== null && recall !== null && precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : tp + fn ? 0 : null;
  return { pairs: rows.length, tp, fp, fn, tn, precision, recall, f1, accuracy: (tp + tn) / rows.length };
}

export function evaluatePairs() {
  const [, ...lines] = readFileSync(file, "utf8").trim().split("\n");
  const rows = lines.map((line) => {
    const [category, name, reference, expected, type] = line.split("\t");
    const result = compare(name, reference, { person: type === "person" });
    return { category, name, reference, expected: expected === "match", predicted: result.match, score: result.score };
  });
  const categories = [...new Set(rows.map((r) => r.category))];
  return {
    overall: rates(rows),
    categories: Object.fromEntries(categories.map((c) => [c, rates(rows.filter((r) => r.category === c))])),
    errors: rows.filter((r) => r.expected !== r.predicted),
  };
}
