// Scaffolds an alias file: `npm run new-entity -- "Name" [--type person|organization|place] [--source URL] [--aliases DIR]`.
// Writes aliases/<type>/<id>.json, valid as written, for the contributor to fill in (CONTRIBUTING.md).
import { existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const TYPES = ["person", "organization", "place"];
const root = fileURLToPath(new URL("..", import.meta.url));
const USAGE = 'usage: npm run new-entity -- "Canonical English Name" [--type person|organization|place] [--source URL] [--aliases DIR]';

function fail(message) {
  console.error(`[canonym] new-entity: ${message}\n${USAGE}`);
  process.exit(2);
}

/** The kebab-case id of a canonical name: "Zamir Kabulov" → "zamir-kabulov", "Agence France-Presse" → "agence-france-presse". */
function idOf(name) {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

function main() {
  let parsed;
  try {
    parsed = parseArgs({ allowPositionals: true, options: { type: { type: "string", default: "person" }, source: { type: "string" }, aliases: { type: "string", default: join(root, "aliases") } } });
  } catch (error) {
    fail(error.message);
  }
  const { values, positionals } = parsed;
  const name = positionals.join(" ").trim();
  if (name === "") fail("give the entity's canonical name, its common English name");
  if (!TYPES.includes(values.type)) fail(`--type "${values.type}" is not one of ${TYPES.join(", ")}`);
  const id = idOf(name);
  if (id === "") fail(`"${name}" has no Latin letters or digits to make an id from; give the common English name`);
  const source = values.source ?? `https://en.wikipedia.org/wiki/${encodeURIComponent(name.replace(/ /g, "_"))}`;
  if (!/^https?:\/\//.test(source)) fail(`--source "${source}" is not a URL (http:// or https://)`);

  const aliasDir = values.aliases;
  for (const type of TYPES) {
    const existing = join(aliasDir, type, `${id}.json`);
    if (existsSync(existing)) fail(`${relative(process.cwd(), existing)} already exists: edit it instead, or give a more specific name`);
  }
  const folder = join(aliasDir, values.type);
  mkdirSync(folder, { recursive: true });
  const file = join(folder, `${id}.json`);
  const document = {
    $schema: relative(folder, join(root, "schema", "entity.schema.json")).replace(/\\/g, "/"),
    id,
    type: values.type,
    name,
    aliases: { en: [] },
    tests: { resolves: [name], rejects: [] },
    sources: [source],
  };
  writeFileSync(file, `${JSON.stringify(document, null, 2)}\n`);
  const count = readdirSync(folder).length;
  console.log(`wrote ${relative(process.cwd(), file)} (${count} ${values.type} files now)
next: add the forms really used for it under aliases (by language code: "ru", "ar", ...), spellings it
must resolve and must not under tests, check the source, then run \`npm run validate\`.`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
