import { defineConfig, type Options } from "tsup";

const shared: Options = {
  format: ["esm", "cjs"],
  dts: true,
  // openapi-fetch's ESM build is bundled into both formats: required from our CommonJS build, its own
  // CommonJS build goes through Node's ESM interop, where `default` is the whole module object, not
  // `createClient`. It stays a dependency for its type declarations, which `akeneo-pim-sdk/raw` imports.
  noExternal: ["openapi-fetch"],
  // The output is not minified and reads as the source does; maps would triple the package's size.
  sourcemap: false,
  target: "node20",
  splitting: false,
  // The builds run at once and would clean each other's output: `npm run build` empties dist/ first.
  clean: false,
};

export default defineConfig([
  {
    ...shared,
    entry: {
      index: "src/index.ts",
      "endpoints/index": "src/endpoints/index.ts",
      "raw/index": "src/raw/index.ts",
      "testing/index": "src/testing/index.ts",
    },
  },
  // Built on its own, so that its declarations are whole rather than sharing a hashed chunk with
  // the main entry's; `redis` (an optional peer dependency) stays external.
  { ...shared, entry: { "redis/index": "src/redis/index.ts" } },
  {
    ...shared,
    // The `akeneo-pim` executable: one ES module, no declarations (it is run, never imported).
    entry: { cli: "src/cli/main.ts" },
    format: ["esm"],
    dts: false,
  },
]);
