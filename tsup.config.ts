import { resolve } from "node:path";
import { defineConfig, type Options } from "tsup";

const shared: Options = {
  format: ["esm", "cjs"],
  dts: false,
  // The output is not minified and reads as the source does; maps would triple the package's size.
  sourcemap: false,
  target: "node20",
  splitting: false,
  // The builds run at once and would clean each other's output: `npm run build` empties dist/ first.
  clean: false,
};

// The files that bundle openapi-fetch carry its licence, as MIT asks.
const OPENAPI_FETCH_NOTICE = `/*!
 * Bundles openapi-fetch 0.17.0 (https://github.com/openapi-ts/openapi-typescript), MIT License,
 * Copyright (c) 2023 Drew Powers.
 * Permission is hereby granted, free of charge, to any person obtaining a copy of this software and
 * associated documentation files (the "Software"), to deal in the Software without restriction,
 * including without limitation the rights to use, copy, modify, merge, publish, distribute,
 * sublicense, and/or sell copies of the Software, and to permit persons to whom the Software is
 * furnished to do so, subject to the following conditions: The above copyright notice and this
 * permission notice shall be included in all copies or substantial portions of the Software.
 * THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT
 * NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND
 * NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM,
 * DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT
 * OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.
 */`;

/**
 * Builds entries that run openapi-fetch. The ES module build imports it as the dependency it is, so
 * a bundler or runtime resolves it like any other package (one copy beside a user's own, no second
 * licence notice in every bundle). The CommonJS build bundles its ES module build and carries its
 * notice: its own CommonJS build goes through Node's ESM interop, where `default` is the whole module
 * object, not `createClient`.
 */
function withOpenapiFetch(options: Options): Options[] {
  return [
    { ...options, format: ["esm"] },
    {
      ...options,
      format: ["cjs"],
      noExternal: ["openapi-fetch"],
      banner: { js: OPENAPI_FETCH_NOTICE },
    },
  ];
}

const MAIN_ENTRY = resolve("src/index.ts");

// A secondary entry imports the main one by the package's own name, so that a runtime loads one
// copy of the error classes (`instanceof` holds across entries) and the `node` condition applies.
const mainEntryByPackageName: NonNullable<Options["esbuildPlugins"]>[number] = {
  name: "main-entry-by-package-name",
  setup(build) {
    build.onResolve({ filter: /^\.\.?\/.*index\.js$/ }, (args) => {
      const target = resolve(args.resolveDir, args.path.replace(/\.js$/, ".ts"));
      return target === MAIN_ENTRY ? { path: "akeneo-pim-sdk", external: true } : undefined;
    });
  },
};

export default defineConfig([
  // Declarations only: one set for every condition (the Node build has the web build's exports).
  {
    ...shared,
    entry: {
      index: "src/index.ts",
      "endpoints/index": "src/endpoints/index.ts",
      "raw/index": "src/raw/index.ts",
      "testing/index": "src/testing/index.ts",
    },
    dts: { only: true },
  },
  // The web build (the `default` condition): what bundlers pick for browsers and workers.
  ...withOpenapiFetch({ ...shared, entry: { index: "src/index.ts" } }),
  { ...shared, entry: { "testing/index": "src/testing/index.ts" } },
  {
    ...shared,
    entry: { "endpoints/index": "src/endpoints/index.ts", "raw/index": "src/raw/index.ts" },
    esbuildPlugins: [mainEntryByPackageName],
  },
  // The Node build (the `node` condition: Node, Bun, Deno): the same exports with Node's file system.
  ...withOpenapiFetch({ ...shared, entry: { "node/index": "src/node/index.ts" } }),
  // Built on its own, so that its declarations are whole rather than sharing a hashed chunk with
  // the main entry's; `redis` (an optional peer dependency) stays external.
  { ...shared, entry: { "redis/index": "src/redis/index.ts" }, dts: true },
  {
    ...shared,
    // The `akeneo-pim` executable: one ES module, no declarations (it is run, never imported).
    entry: { cli: "src/cli/main.ts" },
    format: ["esm"],
  },
]);
