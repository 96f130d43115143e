// Which engine the Node transport is built on: 1,000 sequential GETs of a small JSON product from a
// loopback server, interleaved rounds, ratios against the global fetch in the same run.
// Run with `npx tsx bench/transport-candidates.bench.ts`.
import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from "node:http";
import { Pool } from "undici";
import { createUndiciFetch } from "../src/node/undici-fetch.js";
import { BENCH_CREDENTIALS, startBenchPim } from "./support/bench-pim.js";

const CALLS_PER_ROUND = 1000;
const ROUNDS = 5;

type FetchLike = (request: Request, init?: RequestInit) => Promise<Response>;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

// The node:http candidate, shaped like the undici adapter: a Request in, a streaming Response out.
function createNodeHttpFetch(connections: number): FetchLike {
  const agent = new HttpAgent({ keepAlive: true, maxSockets: connections });
  return (input, init) =>
    new Promise<Response>((resolve, reject) => {
      const url = new URL(input.url);
      const outgoing = httpRequest(
        {
          agent,
          host: url.hostname,
          port: url.port,
          path: `${url.pathname}${url.search}`,
          method: input.method,
          headers: Object.fromEntries(input.headers),
          signal: init?.signal ?? input.signal,
        },
        (answer: IncomingMessage) => {
          const headers = new Headers();
          for (const [name, value] of Object.entries(answer.headers)) {
            if (Array.isArray(value)) for (const item of value) headers.append(name, item);
            else if (value !== undefined) headers.append(name, value);
          }
          const status = answer.statusCode ?? 0;
          const body = status === 204 || status === 304 ? null : answer;
          resolve(new Response(body as unknown as ReadableStream<Uint8Array>, { status, headers }));
        },
      );
      outgoing.on("error", reject);
      outgoing.end();
    });
}

async function main(): Promise<void> {
  const pim = await startBenchPim();
  const tokenAnswer = await fetch(`${pim.baseUrl}/api/oauth/v1/token`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      authorization: `Basic ${btoa(`${BENCH_CREDENTIALS.clientId}:${BENCH_CREDENTIALS.secret}`)}`,
    },
    body: JSON.stringify({
      grant_type: "password",
      username: BENCH_CREDENTIALS.username,
      password: BENCH_CREDENTIALS.password,
    }),
  });
  const { access_token: token } = (await tokenAnswer.json()) as { access_token: string };
  const url = `${pim.baseUrl}/api/rest/v1/products/shoe-42`;
  const headers = { authorization: `Bearer ${token}`, accept: "application/json" };
  const check = (data: unknown): void => {
    if ((data as { identifier?: string }).identifier !== "shoe-42") throw new Error("bad answer");
  };
  const pool = new Pool(pim.baseUrl, { connections: 4 });
  const httpAgent = new HttpAgent({ keepAlive: true, maxSockets: 4 });
  const viaAdapter = (adapter: FetchLike) => async (): Promise<void> => {
    const response = await adapter(new Request(url, { headers }), { redirect: "manual" });
    check(await response.json());
  };
  const candidates: Record<string, () => Promise<void>> = {
    "global fetch": async () => check(await (await fetch(url, { headers })).json()),
    "undici Pool.request (bare)": async () => {
      const answer = await pool.request({
        path: "/api/rest/v1/products/shoe-42",
        method: "GET",
        headers,
      });
      check(await answer.body.json());
    },
    "node:http keep-alive (bare)": () =>
      new Promise<void>((resolve, reject) => {
        httpRequest(url, { agent: httpAgent, headers }, (answer) => {
          let text = "";
          answer.setEncoding("utf8");
          answer.on("data", (chunk: string) => {
            text += chunk;
          });
          answer.on("end", () => {
            check(JSON.parse(text));
            resolve();
          });
        })
          .on("error", reject)
          .end();
      }),
    "fetch-compatible adapter on undici": viaAdapter(createUndiciFetch({ connections: 4 })),
    "fetch-compatible adapter on node:http": viaAdapter(createNodeHttpFetch(4)),
  };
  const names = Object.keys(candidates);
  const times = new Map<string, number[]>(names.map((name) => [name, []]));
  const timeRound = async (call: () => Promise<void>): Promise<number> => {
    const start = performance.now();
    for (let i = 0; i < CALLS_PER_ROUND; i++) await call();
    return performance.now() - start;
  };
  for (const name of names) await timeRound(candidates[name] as () => Promise<void>);
  for (let round = 0; round < ROUNDS; round++) {
    // Rotate the order so that drift in machine load does not favour one candidate.
    for (let i = 0; i < names.length; i++) {
      const name = names[(i + round) % names.length] as string;
      times.get(name)?.push(await timeRound(candidates[name] as () => Promise<void>));
    }
  }
  await pool.close();
  httpAgent.destroy();
  await pim.close();
  const baseline = median(times.get("global fetch") ?? []);
  console.log(`Transport candidates: ${ROUNDS} rounds × ${CALLS_PER_ROUND} sequential GETs`);
  for (const name of names) {
    const ms = median(times.get(name) ?? []);
    const perCall = ((ms / CALLS_PER_ROUND) * 1000).toFixed(0);
    console.log(
      `  ${name.padEnd(40)} ${perCall.padStart(5)} µs/call  ${(ms / baseline).toFixed(2)}×`,
    );
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
