import { type AkeneoClient, type ClientOptions, createAkeneoClient } from "../../src/node/index.js";
import type { FakePimOptions } from "../../src/testing/index.js";
import { type FakePim, startFakePim } from "../../src/testing/index.js";

/** An emulator and a client authenticated against it by password. */
export interface EmulatorSetup {
  pim: FakePim;
  client: AkeneoClient;
}

/** The options of a client of an emulator: its password credentials, no retries, quiet logs. */
export function emulatorClientOptions(pim: FakePim): ClientOptions {
  const { clientId, secret, username, password } = pim.credentials;
  return {
    baseUrl: pim.url,
    auth: { type: "password", clientId, secret, username, password },
    retry: false,
    logLevel: "error",
  };
}

/** Starts an emulator on loopback and a client of it (no retries, quiet logs). */
export async function startEmulatorClient(options: FakePimOptions = {}): Promise<EmulatorSetup> {
  const pim = await startFakePim(options);
  return { pim, client: createAkeneoClient(emulatorClientOptions(pim)) };
}
