// Time of a GET through the whole client core on each transport vs plain fetch, against the same
// loopback server, with a bare undici loop as the floor of the platform.
// Goal: the client on its default (Node) transport at most 0.80× plain fetch. Stage by stage: the
// fetch-compatible undici adapter alone, openapi-fetch on it, the client's transport (its stages
// and the adapter, no openapi-fetch), then the whole client: the last minus openapi-fetch on the
// adapter is what the SDK's own code costs per call.
// Run with `npx tsx bench/get-overhead.bench.ts`.
import createClient from "openapi-fetch";
import { Pool } from "undici";
import { createCoreClient } from "../src/core/client/index.js";
import { NODE_PLATFORM } from "../src/node/node-platform.js";
import { createUndiciFetch } from "../src/node/undici-fetch.js";
import { BENCH_CREDENTIALS, startBenchPim } from "./support/bench-pim.js";

interface BenchPaths {
  "/api/rest/v1/products/{code}": {
    get: {
      parameters: { path: { code: string } };
      responses: { 200: { content: { "application/json": { identifier: string } } } };
    };
  };
}

const CALLS_PER_ROUND = 300;
const ROUNDS = 9;
const GOAL_RATIO = 0.8;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

interface Round {
  wallMs: number;
  cpuMs: number;
}

async function main(): Promise<void> {
  const pim = await startBenchPim();
  const clientOn = (fetchOption: typeof fetch | undefined) =>
    // The Node platform, as the package's `node` entry passes it: without it the core falls back
    // on the global fetch, and the default row would measure the wrong transport.
    createCoreClient<BenchPaths>(
      {
        baseUrl: pim.baseUrl,
        auth: { type: "password", ...BENCH_CREDENTIALS },
        logLevel: "warn",
        ...(fetchOption === undefined ? {} : { fetch: fetchOption }),
      },
      NODE_PLATFORM,
    );
  const onNode = clientOn(undefined);
  const onFetch = clientOn((input, init) => fetch(input, init));
  await onNode.authenticate();
  await onFetch.authenticate();
  const url = `${pim.baseUrl}/api/rest/v1/products/shoe-42`;
  const headers = { authorization: `Bearer ${onNode.getToken()}`, accept: "application/json" };
  const check = (data: { identifier?: string } | undefined): void => {
    if (data?.identifier !== "shoe-42") throw new Error("unexpected answer");
  };
  const viaClient = (core: typeof onNode) => async (): Promise<void> => {
    const { data } = await core.api.GET("/api/rest/v1/products/{code}", {
      params: { path: { code: "shoe-42" } },
    });
    check(data);
  };
  const pool = new Pool(pim.baseUrl, { connections: 4 });
  const adapter = createUndiciFetch({ connections: 4 });
  const onAdapter = createClient<BenchPaths>({ baseUrl: pim.baseUrl, fetch: adapter });
  const candidates: Record<string, () => Promise<void>> = {
    "plain fetch": async () => check((await (await fetch(url, { headers })).json()) as never),
    "client, Node transport (default)": viaClient(onNode),
    "client, global fetch": viaClient(onFetch),
    "undici adapter alone": async () => {
      const answer = await adapter(new Request(url, { headers }), { redirect: "manual" });
      check((await answer.json()) as never);
    },
    "openapi-fetch on the undici adapter": async () => {
      const { data } = await onAdapter.GET("/api/rest/v1/products/{code}", {
        params: { path: { code: "shoe-42" } },
        headers,
      });
      check(data);
    },
    "client transport (stages + adapter)": async () => {
      const answer = await onNode.transport(new Request(url, { headers }));
      check((await answer.json()) as never);
    },
    "bare undici Pool (floor)": async () => {
      const answer = await pool.request({ path: new URL(url).pathname, method: "GET", headers });
      check((await answer.body.json()) as never);
    },
  };
  const names = Object.keys(candidates);
  const rounds = new Map<string, Round[]>(names.map((name) => [name, []]));
  const timeRound = async (call: () => Promise<void>): Promise<Round> => {
    const cpu = process.cpuUsage();
    const start = performance.now();
    for (let i = 0; i < CALLS_PER_ROUND; i++) await call();
    const wallMs = performance.now() - start;
    const used = process.cpuUsage(cpu);
    return { wallMs, cpuMs: (used.user + used.system) / 1000 };
  };
  for (const name of names) await timeRound(candidates[name] as () => Promise<void>);
  for (let round = 0; round < ROUNDS; round++) {
    // Rotate the order so that drift in machine load does not favour one side.
    for (let i = 0; i < names.length; i++) {
      const name = names[(i + round) % names.length] as string;
      rounds.get(name)?.push(await timeRound(candidates[name] as () => Promise<void>));
    }
  }
  await pool.close();
  await pim.close();
  const wall = (name: string): number => median((rounds.get(name) ?? []).map((r) => r.wallMs));
  const cpu = (name: string): number => median((rounds.get(name) ?? []).map((r) => r.cpuMs));
  const baseline = wall("plain fetch");
  console.log(`GET overhead: ${ROUNDS} rounds × ${CALLS_PER_ROUND} sequential calls (medians)`);
  console.log("  (CPU counts the loopback server too: it runs in this process)");
  for (const name of names) {
    const perCallUs = (wall(name) / CALLS_PER_ROUND) * 1000;
    const cpuUs = (cpu(name) / CALLS_PER_ROUND) * 1000;
    console.log(
      `  ${name.padEnd(34)} ${perCallUs.toFixed(0).padStart(5)} µs/call ${(1e6 / perCallUs).toFixed(0).padStart(6)} calls/s ${cpuUs.toFixed(0).padStart(5)} µs CPU/call ${(wall(name) / baseline).toFixed(2)}×`,
    );
  }
  const ownUs =
    ((wall("client, Node transport (default)") - wall("openapi-fetch on the undici adapter")) /
      CALLS_PER_ROUND) *
    1000;
  console.log(
    `  the SDK's own code (whole client minus openapi-fetch on the adapter): ${ownUs.toFixed(0)} µs/call (goal ≤ 50)`,
  );
  const ratio = wall("client, Node transport (default)") / baseline;
  console.log(
    `  ratio: client on its Node transport ${ratio.toFixed(3)}× plain fetch (goal ≤ ${GOAL_RATIO}×)`,
  );
  // Printed, not enforced: on a shared two-core machine the ratio is not yet reliably under goal.
  if (ratio > GOAL_RATIO) console.log("  goal missed");
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
