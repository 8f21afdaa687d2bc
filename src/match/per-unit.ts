// Per-unit memoisation for the learned models: a unit's row, or a view of it, is computed when a lookup first meets the unit and kept.
import type { EmissionRow, EmissionTable } from "./channel.js";

/**
 * `compute`, remembering its answer for each unit: a model's rows, and the views alignment,
 * readings and decoding take of them, are built only for the units lookups meet.
 *
 * @param compute - A function of a unit.
 * @returns The same function, computing each unit's answer once.
 * @example
 * ```ts
 * let calls = 0;
 * const lengthOf = perUnit((unit) => (calls++, unit.length));
 * [lengthOf("^б"), lengthOf("^б"), calls]; // [2, 2, 1]
 * ```
 */
export function perUnit<T>(compute: (unit: string) => T): (unit: string) => T {
  const kept = new Map<string, T>();
  return (unit) => {
    if (!kept.has(unit)) kept.set(unit, compute(unit));
    return kept.get(unit) as T;
  };
}

/**
 * A view of each table's rows (a grouping, a trie), derived per unit on first use and kept as long
 * as the table.
 *
 * @param derive - What to make of a unit's row.
 * @returns For a table, the view of its units: undefined for a unit training never saw.
 * @example
 * ```ts
 * const likeliest = perUnitView((row) => row[0]);
 * likeliest(modelFor("cyrillic")!.merged)("^б"); // ["b", -0.322]
 * ```
 */
export function perUnitView<T>(derive: (row: EmissionRow) => T): (table: EmissionTable) => (unit: string) => T | undefined {
  const views = new WeakMap<EmissionTable, (unit: string) => T | undefined>();
  return (table) => {
    let view = views.get(table);
    if (!view) {
      view = perUnit((unit) => {
        const row = table.emissions(unit);
        return row && derive(row);
      });
      views.set(table, view);
    }
    return view;
  };
}
