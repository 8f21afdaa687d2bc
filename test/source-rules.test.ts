// House rule over all the source: a regular expression literal sits in a module constant, not in a function, where it makes a new RegExp each time it runs (ECMA-262, RegularExpressionLiteral evaluation).
import { readFileSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";
import { expect, it } from "vitest";
import { root } from "./helpers.js";

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? sourceFiles(join(dir, d.name)) : d.name.endsWith(".ts") ? [join(dir, d.name)] : [],
  );
}

it("no regular expression literal in src/ is inside a function", () => {
  const found: string[] = [];
  for (const file of sourceFiles(join(root, "src"))) {
    const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node, inFunction: boolean): void => {
      if (inFunction && node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
        found.push(`${relative(root, file)}:${line + 1} ${node.getText(source)}: move it to a module constant`);
      }
      node.forEachChild((child) => visit(child, inFunction || ts.isFunctionLike(node)));
    };
    visit(source, false);
  }
  expect(found).toEqual([]);
});
