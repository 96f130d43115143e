import { dirname, posix, relative } from "node:path";

/** One entry of package.json's `exports` whose ES module types can point at its CommonJS ones. */
export interface DeclarationPair {
  /** The declaration file of the `import` condition, replaced by a stub (`./dist/index.d.ts`). */
  readonly importTypes: string;
  /** The declaration file of the `require` condition, kept whole (`./dist/index.d.cts`). */
  readonly requireTypes: string;
}

interface ConditionTarget {
  readonly types?: unknown;
  readonly default?: unknown;
}

/**
 * Lists the declaration pairs of an `exports` map: entries with both conditions whose CommonJS types sit
 * beside the CommonJS file (`index.cjs` + `index.d.cts`), which is what makes the stub's import resolve.
 */
export function findDeclarationPairs(
  exportsMap: Readonly<Record<string, unknown>>,
): DeclarationPair[] {
  const pairs: DeclarationPair[] = [];
  for (const [subpath, entry] of Object.entries(exportsMap)) {
    if (entry === null || typeof entry !== "object") continue;
    const { import: esm, require: cjs } = entry as {
      import?: ConditionTarget;
      require?: ConditionTarget;
    };
    if (typeof esm?.types !== "string" || typeof cjs?.types !== "string") continue;
    if (cjs.default !== cjs.types.replace(/\.d\.cts$/, ".cjs")) {
      throw new Error(
        `exports["${subpath}"].require: types ${cjs.types} are not beside ${String(cjs.default)}`,
      );
    }
    pairs.push({ importTypes: esm.types, requireTypes: cjs.types });
  }
  return pairs;
}

/**
 * Returns the ES module declaration stub that re-exports the CommonJS declarations, so that the package
 * carries one copy of its types (node16 ES modules may import CommonJS; both resolutions stay exact).
 */
export function buildDeclarationStub(pair: DeclarationPair): string {
  const target = relative(
    dirname(pair.importTypes),
    pair.requireTypes.replace(/\.d\.cts$/, ".cjs"),
  );
  return `export * from "./${target.split("\\").join(posix.sep)}";\n`;
}

/** Throws when declarations have a default export, which `export *` would not carry over. */
export function assertNoDefaultExport(declarations: string, file: string): void {
  if (/^export default |\bas default\b|^export =/m.test(declarations)) {
    throw new Error(`${file} has a default export, which a re-export stub would lose`);
  }
}

/**
 * Lists the ES module declaration chunks (types shared by several entries) that nothing reaches once
 * the entries are stubs: each stub leads to the CommonJS declarations, which import the CommonJS twin
 * of the chunk. Paths are relative to the package root (`dist/index-a1b2.d.ts`).
 */
export function findOrphanDeclarationChunks(
  files: readonly string[],
  pairs: readonly DeclarationPair[],
): string[] {
  const entries = new Set(pairs.map((pair) => posix.normalize(pair.importTypes)));
  const present = new Set(files.map((file) => posix.normalize(file)));
  return files
    .map((file) => posix.normalize(file))
    .filter((file) => file.endsWith(".d.ts") && !entries.has(file))
    .filter((file) => present.has(file.replace(/\.d\.ts$/, ".d.cts")));
}

/** Throws when a declaration file still imports a chunk about to be removed (by its `.js` name). */
export function assertChunkUnused(chunk: string, declarations: string, file: string): void {
  const name = posix.basename(chunk).replace(/\.d\.ts$/, ".js");
  if (declarations.includes(`/${name}'`) || declarations.includes(`/${name}"`)) {
    throw new Error(`${file} imports ${name}, which share-declarations would remove`);
  }
}
