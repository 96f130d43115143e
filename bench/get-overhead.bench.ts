// Time of a GET through the client core vs plain fetch, against the same loopback server.
// Target: at most 1.10× plain fetch. Run with `npx tsx bench/get-overhead.bench.ts`.
import { createCoreClient } from "../src/core/client/index.js";
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

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

async function main(): Promise<void> {
  const pim = await startBenchPim();
  const core = createCoreClient<BenchPaths>({
    baseUrl: pim.baseUrl,
    auth: { type: "password", ...BENCH_CREDENTIALS },
    logLevel: "warn",
  });
  await core.authenticate();
  const url = `${pim.baseUrl}/api/rest/v1/products/shoe-42`;
  const viaSdk = async (): Promise<void> => {
    const { data } = await core.api.GET("/api/rest/v1/products/{code}", {
      params: { path: { code: "shoe-42" } },
    });
    if (data?.identifier !== "shoe-42") throw new Error("unexpected answer");
  };
  const viaFetch = async (): Promise<void> => {
    const response = await fetch(url, {
      headers: { authorization: `Bearer ${core.getToken()}`, accept: "application/json" },
    });
    const data = (await response.json()) as { identifier: string };
    if (data.identifier !== "shoe-42") throw new Error("unexpected answer");
  };
  const timeRound = async (call: () => Promise<void>): Promise<number> => {
    const start = performance.now();
    for (let i = 0; i < CALLS_PER_ROUND; i++) await call();
    return performance.now() - start;
  };
  await timeRound(viaSdk);
  await timeRound(viaFetch);
  const ratios: number[] = [];
  const sdkTimes: number[] = [];
  const fetchTimes: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    // Alternate the order so that drift in machine load does not favour one side.
    const first = round % 2 === 0;
    const a = await timeRound(first ? viaSdk : viaFetch);
    const b = await timeRound(first ? viaFetch : viaSdk);
    const [sdk, plain] = first ? [a, b] : [b, a];
    sdkTimes.push(sdk);
    fetchTimes.push(plain);
    ratios.push(sdk / plain);
  }
  await pim.close();
  const perCall = (ms: number): string => `${((ms / CALLS_PER_ROUND) * 1000).toFixed(0)} µs`;
  console.log(`GET overhead: ${ROUNDS} rounds × ${CALLS_PER_ROUND} sequential calls`);
  console.log(`  client core : ${perCall(median(sdkTimes))} per call (median round)`);
  console.log(`  plain fetch : ${perCall(median(fetchTimes))} per call (median round)`);
  console.log(
    `  ratio       : ${median(ratios).toFixed(3)}× (median of per-round ratios; target ≤ 1.10×)`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
