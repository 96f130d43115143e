import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";

/** Where the normalizer writes the OpenAPI 3.1 description that Prism serves. */
export const NORMALIZED_DESCRIPTION_PATH = "build/akeneo-openapi.json";

const GENERATION_TIMEOUT_MS = 120_000;

/**
 * Returns the absolute path of the normalized description, running the generated-layer check
 * (which writes it) when it is missing.
 *
 * The check's verdict on generated/ is not this function's business: a drift fails CI elsewhere,
 * and the description is written before the comparison.
 *
 * @throws Error with the script's output when the description still does not exist afterwards.
 */
export function ensureNormalizedDescription(rootDir: string): string {
  const specPath = join(rootDir, NORMALIZED_DESCRIPTION_PATH);
  if (existsSync(specPath)) return specPath;
  const tsx = join(rootDir, "node_modules/tsx/dist/cli.mjs");
  const run = spawnSync(process.execPath, [tsx, "scripts/check-generated.ts"], {
    cwd: rootDir,
    encoding: "utf8",
    timeout: GENERATION_TIMEOUT_MS,
  });
  if (!existsSync(specPath)) {
    const failure = run.error?.message ?? `exit code ${run.status}`;
    throw new Error(
      `Could not produce ${NORMALIZED_DESCRIPTION_PATH} with scripts/check-generated.ts (${failure}):\n${run.stdout}${run.stderr}`,
    );
  }
  return specPath;
}
