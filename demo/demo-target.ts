import { type FakePim, startFakePim } from "../src/testing/index.js";

/** Where the demo runs: a real PIM named by the environment, or the built-in emulator. */
export interface DemoTarget {
  baseUrl: string;
  clientId: string;
  secret: string;
  username: string;
  password: string;
  /** The emulator, when the demo runs on it; `undefined` against a real PIM. */
  emulator: FakePim | undefined;
  close(): Promise<void>;
}

const REAL_PIM_VARIABLES = [
  "AKENEO_BASE_URL",
  "AKENEO_CLIENT_ID",
  "AKENEO_SECRET",
  "AKENEO_USERNAME",
  "AKENEO_PASSWORD",
] as const;

/**
 * Picks the PIM the demo talks to: the one the five AKENEO_* variables name when they are all
 * set, otherwise an emulator started on loopback with the sample catalog.
 */
export async function resolveDemoTarget(env: NodeJS.ProcessEnv): Promise<DemoTarget> {
  const given = REAL_PIM_VARIABLES.filter((name) => env[name]);
  if (given.length === REAL_PIM_VARIABLES.length) {
    return {
      baseUrl: env.AKENEO_BASE_URL ?? "",
      clientId: env.AKENEO_CLIENT_ID ?? "",
      secret: env.AKENEO_SECRET ?? "",
      username: env.AKENEO_USERNAME ?? "",
      password: env.AKENEO_PASSWORD ?? "",
      emulator: undefined,
      close: async () => {},
    };
  }
  if (given.length > 0) {
    const missing = REAL_PIM_VARIABLES.filter((name) => !env[name]);
    throw new Error(`to run against a real PIM, also set ${missing.join(", ")}`);
  }
  const pim = await startFakePim({ sampleCatalog: true });
  return { baseUrl: pim.url, ...pim.credentials, emulator: pim, close: () => pim.close() };
}
