import { type FakePim, startFakePim } from "../../src/testing/index.js";
import { ensureNormalizedDescription } from "../support/ensure-normalized-description.js";
import { findFreePort } from "../support/find-free-port.js";
import { type PrismProxy, startPrismProxy } from "./prism-proxy.js";
import {
  judgeAnswer,
  type ProxiedAnswer,
  type ProxiedRequest,
  sendThroughProxy,
} from "./proxied-call.js";
import { SAMPLE_READS, SEARCH_AFTER_WALKS } from "./sample-reads.js";
import { UNREACHABLE_TRAFFIC } from "./unreachable-traffic.js";

// The emulator's answers are checked against the normalized description by `prism proxy`; see
// unreachable-traffic.ts for the traffic Prism cannot judge and why.

const ROOT_DIR = `${__dirname}/../..`;
const API = "/api/rest/v1";
const PRISM_START_TIMEOUT_MS = 30_000;
const MAX_PAGES_PER_WALK = 12;

let pim: FakePim;
let prism: PrismProxy;
let bearer: Record<string, string> = {};

beforeAll(async () => {
  const specPath = ensureNormalizedDescription(ROOT_DIR);
  const port = await findFreePort();
  // Links and Location headers then name the proxy, so following them stays under Prism's eye.
  pim = await startFakePim({
    sampleCatalog: true,
    publicUrl: `http://127.0.0.1:${port}`,
    searchAfterOnlyPageSize: 1,
  });
  prism = await startPrismProxy({
    rootDir: ROOT_DIR,
    specPath,
    upstreamUrl: pim.url,
    port,
    startTimeoutMs: PRISM_START_TIMEOUT_MS,
  });
  bearer = { authorization: `Bearer ${pim.auth.issueTokens().accessToken}` };
}, PRISM_START_TIMEOUT_MS + 10_000);

afterAll(async () => {
  await prism?.stop();
  await pim?.close();
  if (prism !== undefined) expect(isRunning(prism.pid)).toBe(false);
});

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function send(request: ProxiedRequest, token = bearer): Promise<ProxiedAnswer> {
  return sendThroughProxy(prism.url, { ...request, headers: { ...token, ...request.headers } });
}

/** Asserts the emulator answered `status` and Prism found nothing wrong with the exchange. */
function expectConforming(answer: ProxiedAnswer, status: number): void {
  expect(judgeAnswer(answer)).toEqual({ status, answeredBy: "emulator", violations: [] });
}

function basicAuth(secret = pim.credentials.secret): Record<string, string> {
  const pair = `${pim.credentials.clientId}:${secret}`;
  return { authorization: `Basic ${Buffer.from(pair).toString("base64")}` };
}

function requestToken(body: Record<string, string>, form = false, secret?: string) {
  const request: ProxiedRequest = form
    ? {
        method: "POST",
        path: "/api/oauth/v1/token",
        body: new URLSearchParams(body).toString(),
        headers: { "content-type": "application/x-www-form-urlencoded" },
      }
    : { method: "POST", path: "/api/oauth/v1/token", body };
  return send(request, basicAuth(secret));
}

/** Turns an absolute link of the emulator (which names the proxy) into a path for `send`. */
function pathOf(href: string): string {
  const url = new URL(href);
  expect(url.origin).toBe(prism.url);
  return `${url.pathname}${url.search}`;
}

describe("emulator conformance through prism proxy", () => {
  test("names the traffic Prism cannot judge", () => {
    expect(Object.keys(UNREACHABLE_TRAFFIC).length).toBeGreaterThan(0);
  });

  describe("token endpoint", () => {
    test.each([false, true])("password then refresh grant (form body: %s)", async (form) => {
      const { username, password } = pim.credentials;
      const first = await requestToken({ grant_type: "password", username, password }, form);
      expectConforming(first, 200);
      const refresh_token = (first.json as { refresh_token: string }).refresh_token;
      const second = await requestToken({ grant_type: "refresh_token", refresh_token }, form);
      expectConforming(second, 200);
      const reused = await requestToken({ grant_type: "refresh_token", refresh_token }, form);
      expectConforming(reused, 422);
    });

    test("wrong secret and wrong password answer 422", async () => {
      const { username, password } = pim.credentials;
      const grant = { grant_type: "password", username };
      expectConforming(await requestToken({ ...grant, password }, false, "wrong"), 422);
      expectConforming(await requestToken({ ...grant, password: "wrong" }), 422);
    });

    test("an unknown bearer token answers 401", async () => {
      const answer = await send({ path: `${API}/products` }, { authorization: "Bearer unknown" });
      expectConforming(answer, 401);
    });
  });

  describe("reads", () => {
    test.each(SAMPLE_READS)("$name", async ({ path, status }) => {
      expectConforming(await send({ path }), status);
    });

    test.each(SEARCH_AFTER_WALKS)("walks $name along next links", async ({ path, status }) => {
      let next: string | undefined = path;
      let pages = 0;
      while (next !== undefined && pages < MAX_PAGES_PER_WALK) {
        const answer = await send({ path: next });
        expectConforming(answer, status);
        const href = (answer.json as { _links?: { next?: { href: string } } })._links?.next?.href;
        next = href === undefined ? undefined : pathOf(href);
        pages += 1;
      }
      expect(next).toBeUndefined();
      expect(pages).toBeGreaterThan(1);
    });
  });
});
