// Weak aliases as one sorted text of lines "normalised form TAB entity TAB alias", searched by bisection over line offsets (a sorted-file lookup, as in Unix look(1)).

/** A weak alias of one entity. */
export interface WeakForm {
  /** The alias once normalised: the only way it is found. */
  normalized: string;
  /** The entity's position in the dictionary. */
  entity: number;
  /** The alias as written. */
  alias: string;
}

/** Weak aliases, sorted by normalised form, with the offset of every line once it has been looked up. */
export interface WeakForms {
  /** The lines, sorted by normalised form, then entity, then alias; "" when there are none. */
  text: string;
  /** Where each line starts in `text`, and one past the end; computed on first use. */
  starts?: Int32Array;
}

const SEPARATORS = /[\t\n]/g;
const DIGITS = /^\d{1,9}$/;

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Writes weak aliases as one sorted text, which a saved index carries as a single string and a
 * lookup searches without splitting. Tabs and line breaks in an alias become spaces.
 *
 * @param forms - The weak aliases of a dictionary.
 * @returns The sorted lines.
 * @example
 * ```ts
 * weakFormsText([{ normalized: "allemagne", entity: 3, alias: "Allemagne" }, { normalized: "bhoutan", entity: 5, alias: "Bhoutan" }]);
 * // "allemagne\t3\tAllemagne\nbhoutan\t5\tBhoutan"
 * ```
 */
export function weakFormsText(forms: readonly WeakForm[]): string {
  return [...forms]
    .sort((a, b) => compare(a.normalized, b.normalized) || a.entity - b.entity || compare(a.alias, b.alias))
    .map((form) => `${form.normalized}\t${form.entity}\t${form.alias.replace(SEPARATORS, " ")}`)
    .join("\n");
}

function lineStarts(forms: WeakForms): Int32Array {
  if (forms.starts) return forms.starts;
  const starts: number[] = [];
  if (forms.text !== "") {
    let at = 0;
    while (at !== -1) {
      starts.push(at);
      const end = forms.text.indexOf("\n", at);
      at = end === -1 ? -1 : end + 1;
    }
  }
  starts.push(forms.text.length + 1);
  return (forms.starts = Int32Array.from(starts));
}

function lineAt(forms: WeakForms, starts: Int32Array, i: number): string {
  return forms.text.slice(starts[i] as number, (starts[i + 1] as number) - 1);
}

/**
 * Whether weak aliases are as {@link weakFormsText} writes them for a dictionary of `entityCount`
 * entities: every line three fields, the first not empty, the second a position in the dictionary.
 *
 * @param forms - Weak aliases from a saved index (their line offsets are kept for lookups).
 * @param entityCount - How many entities the dictionary has.
 * @returns Whether lookups can trust them.
 * @example
 * ```ts
 * weakFormsValid({ text: "allemagne\t3\tAllemagne" }, 10); // true
 * weakFormsValid({ text: "allemagne\t30\tAllemagne" }, 10); // false
 * ```
 */
export function weakFormsValid(forms: WeakForms, entityCount: number): boolean {
  const starts = lineStarts(forms);
  for (let i = 0; i < starts.length - 1; i++) {
    const line = lineAt(forms, starts, i);
    const first = line.indexOf("\t");
    const second = line.indexOf("\t", first + 1);
    if (first <= 0 || second === -1) return false;
    const entity = line.slice(first + 1, second);
    if (!DIGITS.test(entity) || Number(entity) >= entityCount) return false;
  }
  return true;
}

function parse(line: string): WeakForm {
  const first = line.indexOf("\t");
  const second = line.indexOf("\t", first + 1);
  return { normalized: line.slice(0, first), entity: Number(line.slice(first + 1, second)), alias: line.slice(second + 1) };
}

/**
 * The weak aliases written `normalized` once normalised.
 *
 * @param forms - A dictionary's weak aliases.
 * @param normalized - A normalised name.
 * @returns Those aliases, in order of entity.
 * @example
 * ```ts
 * const forms = { text: weakFormsText([{ normalized: "allemagne", entity: 3, alias: "Allemagne" }]) };
 * weakFormsOf(forms, "allemagne"); // [{ normalized: "allemagne", entity: 3, alias: "Allemagne" }]
 * weakFormsOf(forms, "germany");   // []
 * ```
 */
export function weakFormsOf(forms: WeakForms, normalized: string): WeakForm[] {
  if (forms.text === "" || normalized === "") return [];
  const starts = lineStarts(forms);
  const key = (i: number): string => {
    const line = lineAt(forms, starts, i);
    return line.slice(0, line.indexOf("\t"));
  };
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (key(middle) < normalized) low = middle + 1;
    else high = middle;
  }
  const found: WeakForm[] = [];
  for (let i = low; i < starts.length - 1 && key(i) === normalized; i++) found.push(parse(lineAt(forms, starts, i)));
  return found;
}

/**
 * Every normalised form among the weak aliases, in order, once each.
 *
 * @param forms - A dictionary's weak aliases.
 * @returns The forms.
 * @example
 * ```ts
 * weakNormalizedForms({ text: weakFormsText([{ normalized: "nouvelle zelande", entity: 7, alias: "Nouvelle-Zélande" }]) }); // ["nouvelle zelande"]
 * ```
 */
export function weakNormalizedForms(forms: WeakForms): string[] {
  const starts = lineStarts(forms);
  const found: string[] = [];
  for (let i = 0; i < starts.length - 1; i++) {
    const line = lineAt(forms, starts, i);
    const form = line.slice(0, line.indexOf("\t"));
    if (found[found.length - 1] !== form) found.push(form);
  }
  return found;
}
