// House rule: every exported declaration carries TSDoc, and every exported function and constant an @example.
import { readFileSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { expect, it } from "vitest";
import { root } from "./helpers.js";

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? (d.name === "generated" ? [] : sourceFiles(join(dir, d.name))) : d.name.endsWith(".ts") ? [join(dir, d.name)] : [],
  );
}

const DECLARATION = /^export (?:async )?(function|const|interface|type|class) (\w+)/;

it("every exported declaration in src/ has TSDoc; functions and constants have an @example", () => {
  const missing: string[] = [];
  for (const file of sourceFiles(join(root, "src"))) {
    const lines = readFileSync(file, "utf8").split("\n");
    lines.forEach((line, i) => {
      const match = DECLARATION.exec(line);
      if (!match) return;
      const [, kind, name] = match;
      let end = i - 1;
      while (end >= 0 && (lines[end]!.trim() === "" || lines[end]!.trim().startsWith("//"))) end--;
      if (!lines[end]?.trim().endsWith("*/")) {
        missing.push(`${relative(root, file)}:${i + 1} ${name}: no TSDoc`);
        return;
      }
      let start = end;
      while (start > 0 && !lines[start]!.trim().startsWith("/**")) start--;
      const doc = lines.slice(start, end + 1).join("\n");
      if ((kind === "function" || kind === "const") && !doc.includes("@example")) missing.push(`${relative(root, file)}:${i + 1} ${name}: no @example`);
    });
  }
  expect(missing).toEqual([]);
});
