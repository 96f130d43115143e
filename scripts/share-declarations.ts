import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { posix, resolve, sep } from "node:path";
import {
  assertChunkUnused,
  assertNoDefaultExport,
  buildDeclarationStub,
  findDeclarationPairs,
  findOrphanDeclarationChunks,
} from "./package/declaration-stubs.js";

/** Every declaration file under dist/, relative to the package root with forward slashes. */
function listDeclarations(): string[] {
  return readdirSync(resolve("dist"), { recursive: true, encoding: "utf8" })
    .filter((name) => /\.d\.c?ts$/.test(name))
    .map((name) => posix.join("dist", ...name.split(sep)));
}

/**
 * Runs after tsup, which writes the same declarations once per format (two copies of each entry and of
 * the chunk the entries share): the ES module entries become one-line stubs that re-export the
 * CommonJS declarations, and the ES module chunk, which nothing reaches any more, is removed.
 */
function main(): void {
  const manifest = JSON.parse(readFileSync(resolve("package.json"), "utf8")) as {
    exports: Record<string, unknown>;
  };
  const pairs = findDeclarationPairs(manifest.exports);
  for (const pair of pairs) {
    assertNoDefaultExport(readFileSync(resolve(pair.requireTypes), "utf8"), pair.requireTypes);
    writeFileSync(resolve(pair.importTypes), buildDeclarationStub(pair));
  }
  const files = listDeclarations();
  const chunks = findOrphanDeclarationChunks(files, pairs);
  const declarations = files.filter((file) => !chunks.includes(file));
  for (const chunk of chunks) {
    for (const file of declarations) {
      assertChunkUnused(chunk, readFileSync(resolve(file), "utf8"), file);
    }
    rmSync(resolve(chunk));
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
