import { defineConfig } from "tsup";

export default defineConfig({
  entry: {
    index: "src/index.ts",
    "endpoints/index": "src/endpoints/index.ts",
    "raw/index": "src/raw/index.ts",
    "testing/index": "src/testing/index.ts",
  },
  format: ["esm", "cjs"],
  dts: true,
  // openapi-fetch's ESM build is bundled into both formats: required from our CommonJS build, its own
  // CommonJS build goes through Node's ESM interop, where `default` is the whole module object, not
  // `createClient`. It stays a dependency for its type declarations, which `akeneo-pim-sdk/raw` imports.
  noExternal: ["openapi-fetch"],
  // The output is not minified and reads as the source does; maps would triple the package's size.
  sourcemap: false,
  clean: true,
  target: "node20",
  splitting: false,
});
