import { selectsContractTests, type TestSelection } from "./contract-selection.js";
import { ensureNormalizedDescription } from "./ensure-normalized-description.js";
import { PRISM_URL_VARIABLE, rememberPrism } from "./prism-handle.js";
import { type PrismProcess, startPrism } from "./prism-process.js";

// Two cores shared with ts-jest workers: Prism usually answers in 2-3 s, rarely in 10.
const PRISM_START_TIMEOUT_MS = 30_000;
// A second attempt covers a port taken by someone else between probing and binding.
const PRISM_START_ATTEMPTS = 2;

async function startPrismWithRetry(rootDir: string, specPath: string): Promise<PrismProcess> {
  let failure: unknown;
  for (let attempt = 1; attempt <= PRISM_START_ATTEMPTS; attempt++) {
    try {
      return await startPrism({
        rootDir,
        command: ["mock", specPath],
        startTimeoutMs: PRISM_START_TIMEOUT_MS,
      });
    } catch (error) {
      failure = error;
    }
  }
  throw failure;
}

/**
 * Starts Prism on the normalized description for the contract tests and publishes its URL as
 * `PRISM_URL`; does nothing when the run selects no contract test or `PRISM_URL` is already set.
 */
export async function startContractPrism(selection: TestSelection): Promise<void> {
  if (process.env[PRISM_URL_VARIABLE] || !selectsContractTests(selection)) return;
  const specPath = ensureNormalizedDescription(selection.rootDir);
  const prism = await startPrismWithRetry(selection.rootDir, specPath);
  // If jest dies without running the teardown, Prism must not outlive it.
  process.once("exit", prism.killNow);
  rememberPrism(prism);
  process.env[PRISM_URL_VARIABLE] = prism.url;
}
