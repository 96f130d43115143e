import { readdirSync } from "node:fs";
import { join } from "node:path";

/** The part of jest's global configuration that says which test files were asked for. */
export interface TestSelection {
  readonly rootDir: string;
  readonly testPathPatterns?: {
    isSet(): boolean;
    toExecutor(options: { rootDir: string }): { isMatch(absolutePath: string): boolean };
  };
}

/** Folder of the test files that need Prism. */
export const CONTRACT_TEST_DIR = "test/contract";

/**
 * Tells whether this jest run may execute a contract test, so that a run limited to other
 * folders (`npx jest test/core`) does not pay for starting Prism.
 */
export function selectsContractTests(selection: TestSelection): boolean {
  const patterns = selection.testPathPatterns;
  if (patterns === undefined || !patterns.isSet()) return true;
  const executor = patterns.toExecutor({ rootDir: selection.rootDir });
  const folder = join(selection.rootDir, CONTRACT_TEST_DIR);
  return readdirSync(folder)
    .filter((name) => name.endsWith(".test.ts"))
    .some((name) => executor.isMatch(join(folder, name)));
}
