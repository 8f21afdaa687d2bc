// A column of strings as one text and the offset of each value, as Apache Arrow lays out a string column (offsets and data).

/**
 * Strings kept as one text, each ended by a line break, with the offset of each: a saved index
 * parses one long string faster than as many short ones, and a lookup slices only what it reads.
 */
export interface Lines {
  /** Every value in order, each ended by a line break; a backslash in a value is written as two, a line break as a backslash and "n". */
  readonly text: string;
  /** Where each value's line starts in `text`, and one more: the length of `text`. */
  readonly starts: Int32Array;
}

const NEEDS_ESCAPE = /[\\\n]/g;
const ESCAPE = /\\(.)/g;

/**
 * Strings as {@link Lines}.
 * @example
 * ```ts
 * const aliases = linesOf(["Kabul", "Kaboul"]);
 * aliases.text; // "Kabul\nKaboul\n"
 * lineAt(aliases, 1); // "Kaboul"
 * ```
 */
export function linesOf(values: readonly string[]): Lines {
  const starts = new Int32Array(values.length + 1);
  if (values.length === 0) return { text: "", starts };
  const joined = `${values.join("\n")}\n`;
  // Nearly always nothing to escape: found once over the whole text rather than value by value.
  if (!joined.includes("\\") && lineBreaks(joined) === values.length) {
    values.forEach((value, i) => {
      starts[i + 1] = (starts[i] as number) + value.length + 1;
    });
    return { text: joined, starts };
  }
  const escaped = values.map((value, i) => {
    const line = value.replace(NEEDS_ESCAPE, (c) => (c === "\n" ? "\\n" : "\\\\"));
    starts[i + 1] = (starts[i] as number) + line.length + 1;
    return line;
  });
  return { text: `${escaped.join("\n")}\n`, starts };
}

function lineBreaks(text: string): number {
  let count = 0;
  for (let end = text.indexOf("\n"); end !== -1; end = text.indexOf("\n", end + 1)) count++;
  return count;
}

/**
 * A text of `count` lines read back as {@link Lines}, or undefined when it is not one (not a string,
 * another count of lines, or not ended by a line break). The count, which a saved index knows from
 * its other columns, lets one pass find the lines: half a million of them in a 100,000-entity index.
 * @example
 * ```ts
 * linesFromText("Kabul\nKaboul\n", 2)?.starts; // Int32Array.of(0, 6, 13)
 * linesFromText("Kabul\nKaboul\n", 3);          // undefined
 * linesFromText("Kabul", 1);                    // undefined
 * ```
 */
export function linesFromText(text: unknown, count: number): Lines | undefined {
  if (typeof text !== "string" || (text !== "" && !text.endsWith("\n"))) return undefined;
  const starts = new Int32Array(count + 1);
  let line = 0;
  for (let end = text.indexOf("\n"); end !== -1; end = text.indexOf("\n", end + 1)) {
    if (line === count) return undefined;
    starts[++line] = end + 1;
  }
  return line === count ? { text, starts } : undefined;
}

/**
 * How many values.
 * @example
 * ```ts
 * lineCount(linesOf(["Kabul", "Kaboul"])); // 2
 * ```
 */
export function lineCount(lines: Lines): number {
  return lines.starts.length - 1;
}

/**
 * Value `i`, as it was given to {@link linesOf}.
 * @example
 * ```ts
 * lineAt(linesOf(["Foo\nBar", "C:\\dir"]), 0); // "Foo\nBar"
 * ```
 */
export function lineAt(lines: Lines, i: number): string {
  const line = lines.text.slice(lines.starts[i], (lines.starts[i + 1] as number) - 1);
  return line.includes("\\") ? line.replace(ESCAPE, (_, c: string) => (c === "n" ? "\n" : c)) : line;
}

/**
 * Whether value `i` is `key`, read in place without slicing it out. For values and keys without a
 * backslash or a line break, which are written as they are.
 * @example
 * ```ts
 * const keys = linesOf(["KBL", "MTK"]);
 * lineEquals(keys, 1, "MTK"); // true
 * lineEquals(keys, 0, "KB");  // false
 * ```
 */
export function lineEquals(lines: Lines, i: number, key: string): boolean {
  const start = lines.starts[i] as number;
  return (lines.starts[i + 1] as number) - 1 - start === key.length && lines.text.startsWith(key, start);
}
