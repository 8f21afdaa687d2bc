import { defineConfig } from "tsup";

export default defineConfig([
  {
    entry: { index: "src/index.ts", aliases: "src/generated/aliases.ts", node: "src/node.ts" },
    format: ["esm", "cjs"],
    dts: true,
    clean: true,
    treeshake: true,
    target: "node20",
  },
  {
    entry: { cli: "src/cli.ts" },
    format: ["esm"],
    banner: { js: "#!/usr/bin/env node" },
    target: "node20",
  },
]);
