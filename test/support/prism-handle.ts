import type { PrismProcess } from "./prism-process.js";

/** Environment variable through which tests find the Prism mock. */
export const PRISM_URL_VARIABLE = "PRISM_URL";

// Jest runs global setup and teardown in one process and shares only globalThis between them.
const HANDLE_KEY = Symbol.for("akeneo-pim-sdk.contract.prism");

interface PrismHolder {
  [HANDLE_KEY]?: PrismProcess;
}

/** Keeps the started Prism for the global teardown. */
export function rememberPrism(prism: PrismProcess): void {
  (globalThis as PrismHolder)[HANDLE_KEY] = prism;
}

/** Returns the Prism started by the global setup, if any, and forgets it. */
export function takePrism(): PrismProcess | undefined {
  const holder = globalThis as PrismHolder;
  const prism = holder[HANDLE_KEY];
  delete holder[HANDLE_KEY];
  return prism;
}

/**
 * Returns the base URL of the Prism mock started by the global setup.
 *
 * @throws Error explaining how Prism is provided when the variable is not set.
 */
export function readPrismUrl(): string {
  const url = process.env[PRISM_URL_VARIABLE];
  if (url === undefined || url === "") {
    throw new Error(
      `${PRISM_URL_VARIABLE} is not set: contract tests need the jest global setup (test/support/global-setup.ts) to start Prism, or a running Prism named by ${PRISM_URL_VARIABLE}`,
    );
  }
  return url;
}
