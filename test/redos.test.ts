// Every regular expression the library ships is checked by recheck, a ReDoS detector: none may backtrack
// super-linearly, and none may sit inside a function. They are found by parsing src/ with the TypeScript
// compiler, so a new one cannot slip by.
import { readFileSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { checkSync } from "recheck";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { root } from "./helpers.js";

interface Found {
  where: string;
  source: string;
  flags: string;
  /** Inside a function, where a literal makes a new RegExp each time it runs (ECMA-262, RegularExpressionLiteral evaluation). */
  inFunction: boolean;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith(".ts") ? [path] : [];
  });
}

/** Regular expression literals, and calls of the RegExp constructor (which cannot be checked statically). */
function regularExpressions(): { literals: Found[]; constructed: string[] } {
  const literals: Found[] = [];
  const constructed: string[] = [];
  for (const file of sourceFiles(join(root, "src"))) {
    const text = readFileSync(file, "utf8");
    const sourceFile = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const at = (node: ts.Node): string => `${relative(root, file)}:${sourceFile.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
    const visit = (node: ts.Node, inFunction: boolean): void => {
      if (ts.isRegularExpressionLiteral(node)) {
        const literal = node.text;
        const end = literal.lastIndexOf("/");
        literals.push({ where: at(node), source: literal.slice(1, end), flags: literal.slice(end + 1), inFunction });
      } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === "RegExp") {
        constructed.push(at(node));
      }
      ts.forEachChild(node, (child) => visit(child, inFunction || ts.isFunctionLike(node)));
    };
    visit(sourceFile, false);
  }
  return { literals, constructed };
}

describe("regular expressions in src/", () => {
  const { literals, constructed } = regularExpressions();

  it("are all literals, so that each is checked here", () => {
    expect(literals.length).toBeGreaterThan(10);
    expect(constructed).toEqual([]);
  });

  it("sit in module constants, not in functions, where each call would make a new RegExp", () => {
    expect(literals.filter((found) => found.inFunction).map((found) => `${found.where} /${found.source}/: move it to a module constant`)).toEqual([]);
  });

  it("are checked by a detector that does flag a catastrophic pattern", () => {
    expect(checkSync("^(a+)+$", "", { timeout: 20_000 }).status).toBe("vulnerable");
  });

  it("backtrack at most linearly (recheck finds no attack string)", () => {
    const unsafe = literals
      .map((r) => ({ ...r, result: checkSync(r.source, r.flags, { timeout: 20_000 }) }))
      .filter(({ result }) => result.status !== "safe")
      .map(({ where, source, flags, result }) => `${where} /${source}/${flags}: ${result.status}${result.status === "vulnerable" ? ` (${result.complexity.summary}, attack ${JSON.stringify(result.attack.string.slice(0, 40))})` : ""}`);
    expect(unsafe).toEqual([]);
  }, 120_000);
});
