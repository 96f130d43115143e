import { getSystemInformation, listEndpoints, requestToken } from "../../../generated/endpoints.js";
import type { paths } from "../../../generated/schema.js";
import type { AuthOptions } from "../../../src/core/auth/index.js";
import { createCoreClient } from "../../../src/core/client/index.js";
import { BASE_URL, PASSWORD_AUTH } from "../support/core-client-fixture.js";
import {
  createScriptedFetch,
  json,
  type Responder,
  tokenAnswer,
} from "../support/scripted-fetch.js";

const BASIC = `Basic ${btoa("client-id:client-secret")}`;
const TOKEN_URL = `${BASE_URL}/api/oauth/v1/token`;

function createGeneratedClient(responder: Responder, auth: AuthOptions = PASSWORD_AUTH) {
  const scripted = createScriptedFetch(responder);
  const core = createCoreClient<paths>({
    baseUrl: BASE_URL,
    auth,
    fetch: scripted.fetch,
    retry: false,
    timeoutMs: false,
    logLevel: "silent",
  });
  return { core, calls: scripted.calls };
}

const passwordGrant = {
  grant_type: "password",
  username: "admin",
  password: "s3cret-pass",
} as const;

describe("auth middleware, operations that do not take the bearer token", () => {
  it("sends the token operation with the caller's Basic credentials and nothing else", async () => {
    const { core, calls } = createGeneratedClient((request) =>
      request.headers.get("authorization") === BASIC
        ? tokenAnswer("access-1", "refresh-1")
        : json(401, { code: 401, message: "Bad client credentials" }),
    );
    const result = await requestToken(core.api, {
      headers: { Authorization: BASIC },
      body: passwordGrant,
    });
    expect(result.data?.access_token).toBe("access-1");
    expect(calls).toHaveLength(1);
    expect(calls[0]?.url).toBe(TOKEN_URL);
    expect(calls[0]?.headers.get("authorization")).toBe(BASIC);
  });

  it("hands a 401 of the token operation to the caller without renewing or replaying", async () => {
    const { core, calls } = createGeneratedClient(() =>
      json(401, { code: 401, message: "Bad client credentials" }),
    );
    const result = await requestToken(core.api, {
      headers: { Authorization: "Basic d3Jvbmc6d3Jvbmc=" },
      body: passwordGrant,
    });
    expect(result.response.status).toBe(401);
    expect(result.error).toEqual({ code: 401, message: "Bad client credentials" });
    expect(calls).toHaveLength(1);
    expect(core.getToken()).toBeUndefined();
  });

  it("calls the public operations without a token request and without Authorization", async () => {
    const { core, calls } = createGeneratedClient(() => json(200, { version: "7.0" }));
    expect((await listEndpoints(core.api, {})).response.status).toBe(200);
    expect((await getSystemInformation(core.api, {})).response.status).toBe(200);
    expect(calls.map((call) => call.url)).toEqual([
      `${BASE_URL}/api/rest/v1`,
      `${BASE_URL}/api/rest/v1/system-information`,
    ]);
    expect(calls.map((call) => call.headers.get("authorization"))).toEqual([null, null]);
  });

  it("never renews on a 401 of a public operation", async () => {
    const { core, calls } = createGeneratedClient(() =>
      json(401, { code: 401, message: "Authentication required" }),
    );
    const result = await getSystemInformation(core.api, {});
    expect(result.response.status).toBe(401);
    expect(calls.map((call) => call.url)).toEqual([`${BASE_URL}/api/rest/v1/system-information`]);
  });

  it("keeps a caller's own Authorization on a public operation after the token was renewed", async () => {
    let issued = 0;
    const { core, calls } = createGeneratedClient((request) => {
      if (request.url === TOKEN_URL) return tokenAnswer(`access-${++issued}`, `refresh-${issued}`);
      return json(200, {});
    });
    await core.authenticate();
    await getSystemInformation(core.api, { headers: { Authorization: "Bearer caller-token" } });
    expect(calls.at(-1)?.headers.get("authorization")).toBe("Bearer caller-token");
  });

  it("still attaches the bearer token to protected operations of the same client", async () => {
    const { core, calls } = createGeneratedClient((request) =>
      request.url === TOKEN_URL ? tokenAnswer("access-1", "refresh-1") : json(200, {}),
    );
    await core.api.GET("/api/rest/v1/channels", {});
    expect(calls.map((call) => call.url)).toEqual([TOKEN_URL, `${BASE_URL}/api/rest/v1/channels`]);
    expect(calls[1]?.headers.get("authorization")).toBe("Bearer access-1");
  });
});
