import { PRISM_URL_VARIABLE, takePrism } from "./prism-handle.js";

/** Stops the Prism started by the global setup, by its own process id, and waits for its exit. */
export async function stopContractPrism(): Promise<void> {
  const prism = takePrism();
  if (prism === undefined) return;
  process.removeListener("exit", prism.killNow);
  delete process.env[PRISM_URL_VARIABLE];
  await prism.stop();
}
