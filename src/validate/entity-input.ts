import type { EntityInput } from "../resolve/types.js";
import { MAX_NAME_LENGTH } from "./limits.js";

const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const FIELDS: readonly string[] = ["id", "name", "type", "aliases", "weakAliases", "familyNameFirst"];

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value === "string" ? JSON.stringify(value) : typeof value;
}

function nameProblem(value: unknown): string | undefined {
  if (typeof value !== "string" || value.trim() === "") return `expected a non-empty string, got ${describe(value)}`;
  if (value.length > MAX_NAME_LENGTH) return `${value.length} UTF-16 code units is over the limit of ${MAX_NAME_LENGTH} (MAX_NAME_LENGTH); give a name, not a text`;
  return undefined;
}

function checkNameList(list: unknown, where: string, errors: string[]): void {
  if (list === undefined) return;
  if (!Array.isArray(list)) {
    errors.push(`${where}: expected an array of strings, got ${describe(list)}`);
    return;
  }
  // Indexed, not forEach: a hole in a sparse array is an invalid name, not one to skip.
  for (let i = 0; i < list.length; i++) {
    const badName = nameProblem(list[i]);
    if (badName) errors.push(`${where}[${i}]: ${badName}`);
  }
}

/**
 * Checks a list of entities before a resolver is built from it, and returns every problem found,
 * each naming the entity's position, the field and what to do. The list is not modified.
 *
 * @param entities - What was passed to {@link createResolver}.
 * @returns Error messages starting "[canonym]"; empty when the list is valid.
 * @example
 * ```ts
 * validateEntities([{ id: "kabul", name: "Kabul" }]); // []
 * validateEntities([{ id: "Bad Id", name: "" }]).length; // 2: the id is not kebab-case, the name is empty
 * ```
 */
export function validateEntities(entities: unknown): string[] {
  if (!Array.isArray(entities)) return [`[canonym] entities: expected an array of entities, got ${describe(entities)}`];
  const errors: string[] = [];
  const seen = new Map<string, number>();
  // Indexed loops, not forEach: a hole in a sparse array is an invalid entity, not one to skip.
  for (let position = 0; position < entities.length; position++) {
    const entity: unknown = entities[position];
    const where = `[canonym] entities[${position}]`;
    if (typeof entity !== "object" || entity === null || Array.isArray(entity)) {
      errors.push(`${where}: expected an object { id, name, type?, aliases?, weakAliases?, familyNameFirst? }, got ${describe(entity)}`);
      continue;
    }
    for (const field of Object.keys(entity)) {
      if (!FIELDS.includes(field)) errors.push(`${where}: unknown field ${JSON.stringify(field)}; an entity has only ${FIELDS.join(", ")}`);
    }
    const { id, name, type, aliases, weakAliases, familyNameFirst } = entity as Record<string, unknown>;
    if (typeof id !== "string" || !KEBAB_CASE.test(id)) {
      errors.push(`${where}.id: ${describe(id)} is not kebab-case; use lowercase letters, digits and single hyphens, e.g. "amir-khan-muttaqi"`);
    } else if (seen.has(id)) {
      errors.push(`${where}.id: "${id}" is already used by entities[${seen.get(id)}]; ids must be unique`);
    } else {
      seen.set(id, position);
    }
    const badName = nameProblem(name);
    if (badName) errors.push(`${where}.name: ${badName}`);
    if (type !== undefined && typeof type !== "string") errors.push(`${where}.type: expected a string, got ${describe(type)}`);
    checkNameList(aliases, `${where}.aliases`, errors);
    checkNameList(weakAliases, `${where}.weakAliases`, errors);
    if (familyNameFirst !== undefined && typeof familyNameFirst !== "boolean") {
      errors.push(`${where}.familyNameFirst: expected true or false, got ${describe(familyNameFirst)}`);
    } else if (familyNameFirst === true && type !== "person") {
      const typed = type === undefined ? "this entity has no type" : `this entity's type is ${describe(type)}`;
      errors.push(`${where}.familyNameFirst: only a person's name has a family name, and ${typed}; set type "person" or remove familyNameFirst`);
    }
  }
  return errors;
}

/**
 * Throws a TypeError with the first problem {@link validateEntities} finds; narrows the type otherwise.
 * @example
 * ```ts
 * assertEntities([{ id: "kabul", name: "Kabul" }]); // undefined: passes
 * assertEntities([{ id: "Kabul", name: "Kabul" }]); // throws TypeError "[canonym] entities[0].id"
 * ```
 */
export function assertEntities(entities: unknown): asserts entities is readonly EntityInput[] {
  const errors = validateEntities(entities);
  if (errors.length > 0) throw new TypeError(errors.length === 1 ? errors[0] : `${errors[0]} (and ${errors.length - 1} more: call validateEntities to list them)`);
}
