// One worker process of the many-workers tests, run with `node --import tsx`. Each line it reads is
// the JSON settings of one run; it answers each with one line (a report, or "held"), and exits when
// its input closes. Starting once and running several times keeps the suite's time down.
import { createInterface } from "node:readline";
import { createAkeneoClient } from "../../../src/index.js";
import { createRedisLimiter, createRedisTokenStore } from "../../../src/redis/index.js";

/** What the test asks a worker to do. */
export type WorkerSettings =
  | {
      readonly mode: "calls";
      readonly pimUrl: string;
      readonly credentials: {
        clientId: string;
        secret: string;
        username: string;
        password: string;
      };
      /** Shared limiter and token store on this Redis, or none (each worker on its own). */
      readonly redisUrl: string | undefined;
      readonly key: string;
      readonly calls: number;
      readonly parallel: number;
    }
  | {
      readonly mode: "hold-slots";
      readonly redisUrl: string;
      readonly key: string;
      readonly slots: number;
      readonly leaseMs: number;
    };

/** What a `calls` worker prints. */
export interface WorkerReport {
  readonly ok: number;
  readonly failures: Readonly<Record<string, number>>;
}

async function runCalls(settings: Extract<WorkerSettings, { mode: "calls" }>): Promise<void> {
  const shared = settings.redisUrl !== undefined;
  const limiter = shared
    ? createRedisLimiter({ url: settings.redisUrl as string, key: settings.key, maxConcurrency: 4 })
    : undefined;
  const tokenStore = shared
    ? createRedisTokenStore({ url: settings.redisUrl as string, key: settings.key })
    : undefined;
  const client = createAkeneoClient({
    baseUrl: settings.pimUrl,
    auth: { type: "password", ...settings.credentials, ...(tokenStore ? { tokenStore } : {}) },
    ...(limiter ? { limiter } : {}),
    // Every 429 is counted as it comes, not hidden by a retry.
    retry: false,
    logLevel: "silent",
  });
  let ok = 0;
  const failures: Record<string, number> = {};
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < settings.calls) {
      next++;
      try {
        await client.categories.get("master");
        ok++;
      } catch (error) {
        const status = (error as { status?: number }).status;
        const name = `${(error as Error).name}${status === undefined ? "" : ` ${status}`}`;
        failures[name] = (failures[name] ?? 0) + 1;
      }
    }
  };
  await Promise.all(Array.from({ length: settings.parallel }, lane));
  await limiter?.close();
  await tokenStore?.close();
  const report: WorkerReport = { ok, failures };
  process.stdout.write(`${JSON.stringify(report)}\n`);
}

async function holdSlots(settings: Extract<WorkerSettings, { mode: "hold-slots" }>): Promise<void> {
  const limiter = createRedisLimiter({
    url: settings.redisUrl,
    key: settings.key,
    maxConcurrency: settings.slots,
    leaseMs: settings.leaseMs,
  });
  const signal = new AbortController().signal;
  for (let slot = 0; slot < settings.slots; slot++) {
    await limiter.acquire({ signal, timeoutMs: 5_000, priority: false, method: "GET", url: "x" });
  }
  // It keeps the slots, renewing their leases while its input stays open, until the test kills it.
  process.stdout.write("held\n");
}

async function main(): Promise<void> {
  // Loading the SDK's sources through tsx is most of a worker's start: say when it is done.
  process.stdout.write("ready\n");
  for await (const line of createInterface({ input: process.stdin })) {
    const settings = JSON.parse(line) as WorkerSettings;
    await (settings.mode === "calls" ? runCalls(settings) : holdSlots(settings));
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exitCode = 1;
});
