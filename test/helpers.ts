import { existsSync, readdirSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

export const root = join(dirname(fileURLToPath(import.meta.url)), "..");
export const aliasDir = join(root, "aliases");
export const shared = join(root, "..", "shared");
export const sharedAvailable = existsSync(join(shared, "gold", "seed-mentions.json"));
export const SHARED_SKIP_REASON = "../shared is absent (a user's clone): seed-article tests need ../shared/gold and ../shared/seeds";

/** Every alias file, as a path relative to the repository root. */
export function aliasFiles(): string[] {
  return readdirSync(aliasDir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) => readdirSync(join(aliasDir, d.name)).filter((f) => f.endsWith(".json")).map((f) => relative(root, join(aliasDir, d.name, f))))
    .sort();
}
