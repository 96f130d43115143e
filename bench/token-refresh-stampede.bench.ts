// 1,000 concurrent calls meeting an expired token: token requests (must be 1) and added latency
// compared with the same 1,000 calls on a valid token. Run with `npx tsx bench/token-refresh-stampede.bench.ts`.
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

const CALLS = 1_000;

async function main(): Promise<void> {
  const pim = await startBenchPim();
  const core = createCoreClient<BenchPaths>({
    baseUrl: pim.baseUrl,
    auth: { type: "password", ...BENCH_CREDENTIALS },
    logLevel: "warn",
  });
  await core.authenticate();
  const burst = async (): Promise<number> => {
    const start = performance.now();
    const results = await Promise.all(
      Array.from({ length: CALLS }, () =>
        core.api.GET("/api/rest/v1/products/{code}", { params: { path: { code: "shoe-42" } } }),
      ),
    );
    if (results.some((r) => r.response.status !== 200)) throw new Error("a call failed");
    return performance.now() - start;
  };
  await burst();
  const valid = await burst();
  pim.expireAccessTokens();
  const before = pim.tokenRequests;
  const expired = await burst();
  const tokenRequests = pim.tokenRequests - before;
  await pim.close();
  console.log(`Token refresh stampede: ${CALLS} concurrent calls, 4 in flight`);
  console.log(`  token requests       : ${tokenRequests} (must be 1)`);
  console.log(`  burst, valid token   : ${valid.toFixed(0)} ms`);
  console.log(`  burst, expired token : ${expired.toFixed(0)} ms`);
  console.log(
    `  added latency        : ${(expired - valid).toFixed(0)} ms for the burst (${(expired / valid).toFixed(2)}×)`,
  );
  if (tokenRequests !== 1) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
