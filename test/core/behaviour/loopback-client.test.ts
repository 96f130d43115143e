import type { AuthOptions } from "../../../src/core/auth/index.js";
import { type ClientOptions, createCoreClient } from "../../../src/core/client/index.js";
import {
  AuthenticationError,
  type FetchResultLike,
  TimeoutError,
  unwrap,
} from "../../../src/core/errors/index.js";
import { rebaseLink } from "../../../src/core/paths/index.js";
import { CREDENTIALS, type LoopbackPim, startLoopbackPim } from "../support/loopback-pim.js";
import { createFakeClock, type FakeClock } from "../support/scripted-fetch.js";
import type { TestPaths } from "../support/test-paths.js";
import { unwrapFailure } from "../support/unwrap-failure.js";

let pim: LoopbackPim;
beforeEach(async () => {
  pim = await startLoopbackPim();
});
afterEach(async () => {
  await pim.close();
});

const passwordAuth: AuthOptions = { type: "password", ...CREDENTIALS };

function client(
  overrides: Partial<ClientOptions> = {},
  clock: FakeClock = createFakeClock(Date.now()),
) {
  const core = createCoreClient<TestPaths>({
    baseUrl: pim.baseUrl,
    auth: passwordAuth,
    logLevel: "silent",
    clock,
    random: () => 0.5,
    ...overrides,
  });
  return { core, clock };
}

const get = (core: ReturnType<typeof client>["core"], code = "shoe") =>
  core.api.GET("/api/rest/v1/products/{code}", { params: { path: { code } } });

const apiRequests = () => pim.requests.filter((r) => r.path !== "/api/oauth/v1/token");

describe("client core against a loopback PIM", () => {
  it("survives token expiry in the middle of a run", async () => {
    const { core } = client();
    for (let i = 0; i < 10; i++) {
      if (i === 5) pim.expireAccessTokens();
      expect(unwrap(await get(core, `p${i}`))).toEqual({ identifier: `p${i}` });
    }
    expect(pim.grants.map((g) => g.grant_type)).toEqual(["password", "refresh_token"]);
  });

  it("follows refresh-token rotation across several renewals", async () => {
    const { core } = client();
    await core.authenticate();
    const seen = [core.getRefreshToken()];
    for (let round = 0; round < 3; round++) {
      pim.expireAccessTokens();
      unwrap(await get(core));
      seen.push(core.getRefreshToken());
    }
    expect(new Set(seen).size).toBe(4);
    expect(pim.grants.map((g) => g.grant_type)).toEqual([
      "password",
      "refresh_token",
      "refresh_token",
      "refresh_token",
    ]);
    expect(pim.grants.slice(1).map((g) => g.refresh_token)).toEqual(seen.slice(0, 3));
  });

  it("sends exactly one token request for 100 concurrent calls with an expired token", async () => {
    const { core } = client();
    await core.authenticate();
    pim.expireAccessTokens();
    const results = await Promise.all(Array.from({ length: 100 }, (_, i) => get(core, `p${i}`)));
    expect(results.filter((r) => r.response.status === 200)).toHaveLength(100);
    expect(pim.grants).toHaveLength(2);
  });

  it("retries a 429 after its Retry-After", async () => {
    let answered = false;
    pim.override((request, response) => {
      if (answered || request.path === "/api/oauth/v1/token") return false;
      answered = true;
      response.writeHead(429, { "retry-after": "2", "content-type": "application/json" });
      response.end('{"code":429,"message":"Too many requests"}');
      return true;
    });
    const { core, clock } = client();
    expect(unwrap(await get(core))).toEqual({ identifier: "shoe" });
    expect(clock.sleeps).toEqual([2000]);
  });

  it("retries a 429 without Retry-After using backoff", async () => {
    let answered = false;
    pim.override((request, response) => {
      if (answered || request.path === "/api/oauth/v1/token") return false;
      answered = true;
      response.writeHead(429);
      response.end();
      return true;
    });
    const { core, clock } = client();
    expect(unwrap(await get(core))).toEqual({ identifier: "shoe" });
    expect(clock.sleeps).toEqual([500]);
  });

  it("retries a 503 then succeeds", async () => {
    let failures = 2;
    pim.override((request, response) => {
      if (failures === 0 || request.path === "/api/oauth/v1/token") return false;
      failures--;
      response.writeHead(503, { "content-type": "text/html" });
      response.end("<html><h1>Service Unavailable</h1></html>");
      return true;
    });
    const { core } = client();
    expect(unwrap(await get(core))).toEqual({ identifier: "shoe" });
    expect(apiRequests()).toHaveLength(3);
  });

  it("retries after a connection reset", async () => {
    let reset = false;
    pim.override((request, response) => {
      if (reset || request.path === "/api/oauth/v1/token") return false;
      reset = true;
      response.socket?.destroy();
      return true;
    });
    const { core } = client();
    expect(unwrap(await get(core))).toEqual({ identifier: "shoe" });
    expect(apiRequests()).toHaveLength(2);
  });

  it("times out a silent server, then retries", async () => {
    let silent = true;
    pim.override((request) => {
      if (!silent || request.path === "/api/oauth/v1/token") return false;
      silent = false;
      return true;
    });
    const { core } = client({ timeoutMs: 40 });
    expect(unwrap(await get(core))).toEqual({ identifier: "shoe" });
    expect(apiRequests()).toHaveLength(2);
  });

  it("times out a body that stalls after the headers", async () => {
    pim.override((request, response) => {
      if (request.path === "/api/oauth/v1/token") return false;
      response.writeHead(200, { "content-type": "application/json" });
      response.write('{"identifier":');
      return true;
    });
    const { core } = client({ timeoutMs: 40, retry: false });
    await expect(get(core)).rejects.toBeInstanceOf(TimeoutError);
  });

  it("resends a multipart upload intact after a 401", async () => {
    const { core } = client();
    await core.authenticate();
    pim.expireAccessTokens();
    const form = new FormData();
    form.append(
      "product",
      '{"identifier":"shoe","attribute":"picture","scope":null,"locale":null}',
    );
    form.append("file", new Blob(["file-content-\u00e9"], { type: "image/png" }), "picture.png");
    const result = await core.api.POST("/api/rest/v1/media-files", { body: form as never });
    expect(result.response.status).toBe(201);
    expect(result.data).toEqual({
      product: '{"identifier":"shoe","attribute":"picture","scope":null,"locale":null}',
      file: "file-content-\u00e9",
    });
    expect(apiRequests().map((r) => r.path)).toEqual([
      "/api/rest/v1/media-files",
      "/api/rest/v1/media-files",
    ]);
    const location = result.response.headers.get("location") ?? "";
    expect(
      rebaseLink(location, pim.baseUrl).startsWith(`${pim.baseUrl}/api/rest/v1/media-files/a/b/c/`),
    ).toBe(true);
  });

  it("answers a dead refresh token in token mode with the original 401, the refusal as cause", async () => {
    pim.addRefreshToken("used-elsewhere");
    const { core } = client({
      auth: {
        type: "token",
        clientId: CREDENTIALS.clientId,
        secret: CREDENTIALS.secret,
        token: "stale",
        refreshToken: "never-issued",
      },
    });
    const result = await get(core);
    expect(result.response.status).toBe(401);
    expect((result as FetchResultLike).renewalFailure).toMatchObject({
      serverMessage: "Refresh token is invalid or has expired",
    });
    const error = unwrapFailure(result);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error.status).toBe(401);
    expect((error.cause as AuthenticationError).serverMessage).toBe(
      "Refresh token is invalid or has expired",
    );
  });
});
