import { defineConfig } from "tsup";

const shared = {
  // openapi-fetch's ESM build is bundled into both formats: required from our CommonJS build, its own
  // CommonJS build goes through Node's ESM interop, where `default` is the whole module object, not
  // `createClient`. It stays a dependency for its type declarations, which `akeneo-pim-sdk/raw` imports.
  noExternal: ["openapi-fetch"],
  // The output is not minified and reads as the source does; maps would triple the package's size.
  sourcemap: false,
  target: "node20",
  splitting: false,
} as const;

export default defineConfig([
  {
    ...shared,
    entry: {
      index: "src/index.ts",
      "endpoints/index": "src/endpoints/index.ts",
      "raw/index": "src/raw/index.ts",
      "testing/index": "src/testing/index.ts",
    },
    format: ["esm", "cjs"],
    dts: true,
    // Both configurations build at once: the library's clean must spare the command line's file.
    clean: ["!cli.js"],
  },
  {
    ...shared,
    // The `akeneo-pim` executable: one ES module, no declarations (it is run, never imported).
    entry: { cli: "src/cli/main.ts" },
    format: ["esm"],
    dts: false,
    clean: false,
  },
]);
