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
