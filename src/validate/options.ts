/** What an option may hold: a score in [0, 1], a whole number ≥ 1, a list of type names, or a boolean. */
export type OptionKind = "score" | "count" | "types" | "boolean";

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "number") return String(value);
  return typeof value;
}

const EXPECTED: Readonly<Record<OptionKind, string>> = {
  score: "a number from 0 to 1",
  count: "a whole number of at least 1",
  types: "an array of type names",
  boolean: "true or false",
};

function fits(value: unknown, kind: OptionKind): boolean {
  switch (kind) {
    case "score": return typeof value === "number" && value >= 0 && value <= 1;
    case "count": return typeof value === "number" && (Number.isInteger(value) || value === Infinity) && value >= 1;
    case "types": return Array.isArray(value) && value.every((t) => typeof t === "string");
    case "boolean": return typeof value === "boolean";
  }
}

/**
 * Checks an options argument: undefined, or a plain object whose known fields, where set, hold
 * values of their kind. Throws a TypeError naming the function, the option and what it accepts.
 *
 * @param options - What the caller passed.
 * @param where - The function, e.g. "resolver.candidates".
 * @param kinds - The options the function knows, by name.
 * @example
 * ```ts
 * assertOptions({ limit: 5 }, "resolver.candidates", { limit: "count" }); // undefined: valid
 * assertOptions({ limit: 0 }, "resolver.candidates", { limit: "count" }); // throws TypeError "[canonym] resolver.candidates: option limit expects a whole number of at least 1, got 0"
 * ```
 */
export function assertOptions(options: unknown, where: string, kinds: Readonly<Record<string, OptionKind>>): void {
  if (options === undefined) return;
  if (typeof options !== "object" || options === null || Array.isArray(options)) {
    throw new TypeError(`[canonym] ${where}: options must be an object such as { ${Object.keys(kinds).join(", ")} }, got ${describe(options)}`);
  }
  for (const [name, value] of Object.entries(options)) {
    const kind = Object.hasOwn(kinds, name) ? kinds[name] : undefined;
    if (kind === undefined) {
      throw new TypeError(`[canonym] ${where}: unknown option ${JSON.stringify(name)}; the options are ${Object.keys(kinds).join(", ")}`);
    }
    if (value !== undefined && !fits(value, kind)) {
      throw new TypeError(`[canonym] ${where}: option ${name} expects ${EXPECTED[kind]}, got ${describe(value)}`);
    }
  }
}
