import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import {
  assertNoDefaultExport,
  buildDeclarationStub,
  findDeclarationPairs,
} from "./package/declaration-stubs.js";

/**
 * Runs after tsup, which writes the same declarations once per format (two 690 kB copies): the ES module
 * ones become one-line stubs that re-export the CommonJS declarations.
 */
function main(): void {
  const manifest = JSON.parse(readFileSync(resolve("package.json"), "utf8")) as {
    exports: Record<string, unknown>;
  };
  for (const pair of findDeclarationPairs(manifest.exports)) {
    assertNoDefaultExport(readFileSync(resolve(pair.requireTypes), "utf8"), pair.requireTypes);
    writeFileSync(resolve(pair.importTypes), buildDeclarationStub(pair));
  }
}

try {
  main();
} catch (error) {
  console.error(
    `share-declarations failed: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
}
