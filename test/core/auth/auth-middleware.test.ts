import {
  AuthenticationError,
  type FetchResultLike,
  unwrap,
} from "../../../src/core/errors/index.js";
import { createTestClient, getProduct } from "../support/core-client-fixture.js";
import {
  createScriptedFetch,
  json,
  type RecordedRequest,
  tokenAnswer,
} from "../support/scripted-fetch.js";
import { unwrapFailure } from "../support/unwrap-failure.js";

const TOKEN_URL = "https://pim.example.com/api/oauth/v1/token";

/** A fake PIM: numbered tokens, product GETs accept only `validToken()`. */
function fakePim(
  options: { refreshStatus?: number; rejectAll?: boolean; latencyMs?: number } = {},
) {
  let issued = 0;
  let valid = "";
  const grants: Record<string, unknown>[] = [];
  const scripted = createScriptedFetch(async (request: RecordedRequest) => {
    if (options.latencyMs) await new Promise((resolve) => setTimeout(resolve, options.latencyMs));
    if (request.url === TOKEN_URL) {
      const grant = JSON.parse(request.body) as Record<string, unknown>;
      grants.push(grant);
      if (grant.grant_type === "refresh_token" && options.refreshStatus) {
        return json(options.refreshStatus, {
          code: options.refreshStatus,
          message: "Refresh token is invalid or has expired",
        });
      }
      issued++;
      valid = `access-${issued}`;
      return tokenAnswer(valid, `refresh-${issued}`);
    }
    if (!options.rejectAll && request.headers.get("authorization") === `Bearer ${valid}`) {
      return json(200, { identifier: "shoe" });
    }
    return json(401, { code: 401, message: "The access token provided is invalid." });
  });
  return {
    scripted,
    grants,
    expire: () => {
      valid = "none";
    },
  };
}

describe("auth middleware, password mode", () => {
  it("gets a token with a password grant on first need", async () => {
    const pim = fakePim();
    const { core } = createTestClient(pim.scripted.fetch);
    expect(unwrap(await getProduct(core))).toEqual({ identifier: "shoe" });
    const [tokenCall, apiCall] = pim.scripted.calls;
    expect(tokenCall?.method).toBe("POST");
    expect(tokenCall?.headers.get("authorization")).toBe(
      `Basic ${btoa("client-id:client-secret")}`,
    );
    expect(tokenCall?.headers.get("content-type")).toBe("application/json");
    expect(JSON.parse(tokenCall?.body ?? "")).toEqual({
      grant_type: "password",
      username: "admin",
      password: "s3cret-pass",
    });
    expect(apiCall?.headers.get("authorization")).toBe("Bearer access-1");
    expect(core.getToken()).toBe("access-1");
    expect(core.getRefreshToken()).toBe("refresh-1");
  });

  it("refreshes ahead of expiry without meeting a 401", async () => {
    const pim = fakePim();
    const { core, clock } = createTestClient(pim.scripted.fetch);
    await getProduct(core);
    clock.advance(3600_000 - 59_000);
    unwrap(await getProduct(core));
    expect(pim.grants.map((g) => g.grant_type)).toEqual(["password", "refresh_token"]);
    expect(pim.grants[1]?.refresh_token).toBe("refresh-1");
    expect(
      pim.scripted.calls
        .filter((c) => c.url !== TOKEN_URL)
        .map((c) => c.headers.get("authorization")),
    ).toEqual(["Bearer access-1", "Bearer access-2"]);
  });

  it("refreshes on a 401 and replays the request once", async () => {
    const pim = fakePim();
    const { core } = createTestClient(pim.scripted.fetch);
    await getProduct(core);
    pim.expire();
    expect(unwrap(await getProduct(core))).toEqual({ identifier: "shoe" });
    expect(pim.grants.map((g) => g.grant_type)).toEqual(["password", "refresh_token"]);
    expect(core.getToken()).toBe("access-2");
  });

  it("falls back to one password grant when the refresh grant answers 422", async () => {
    const pim = fakePim({ refreshStatus: 422 });
    const { core } = createTestClient(pim.scripted.fetch);
    await getProduct(core);
    pim.expire();
    expect(unwrap(await getProduct(core))).toEqual({ identifier: "shoe" });
    expect(pim.grants.map((g) => g.grant_type)).toEqual(["password", "refresh_token", "password"]);
  });

  it("gives a 401 after the replay to the caller without looping", async () => {
    const pim = fakePim({ rejectAll: true });
    const { core } = createTestClient(pim.scripted.fetch);
    const result = await getProduct(core);
    expect(result.response.status).toBe(401);
    expect(() => unwrap(result)).toThrow(AuthenticationError);
    expect(pim.grants.map((g) => g.grant_type)).toEqual(["password", "refresh_token"]);
    expect(pim.scripted.calls.filter((c) => c.url !== TOKEN_URL)).toHaveLength(2);
  });

  it("sends one token request for 50 concurrent 401 answers", async () => {
    const pim = fakePim();
    const { core } = createTestClient(pim.scripted.fetch);
    await getProduct(core);
    pim.expire();
    const results = await Promise.all(Array.from({ length: 50 }, () => getProduct(core)));
    expect(results.every((r) => r.response.status === 200)).toBe(true);
    expect(pim.grants).toHaveLength(2);
  });

  it("sends calls queued during a renewal with the renewed token", async () => {
    const pim = fakePim({ latencyMs: 1 });
    const { core } = createTestClient(pim.scripted.fetch);
    await getProduct(core);
    pim.expire();
    await Promise.all(Array.from({ length: 50 }, () => getProduct(core)));
    const rejected = pim.scripted.calls.filter(
      (c) => c.url !== TOKEN_URL && c.headers.get("authorization") === "Bearer access-1",
    );
    // Only calls that got one of the 4 slots before the renewal ended met the old token (51 without the swap).
    expect(rejected.length).toBeLessThanOrEqual(13);
    expect(pim.scripted.calls.filter((c) => c.url !== TOKEN_URL)).toHaveLength(
      1 + 50 + rejected.length - 1,
    );
  });

  it("sends one password grant for 100 concurrent first calls", async () => {
    const pim = fakePim();
    const { core } = createTestClient(pim.scripted.fetch);
    await Promise.all(Array.from({ length: 100 }, () => getProduct(core)));
    expect(pim.grants).toHaveLength(1);
  });

  it("reports each new pair to onTokenChange", async () => {
    const pim = fakePim();
    const changes: string[] = [];
    const { core } = createTestClient(pim.scripted.fetch, {
      type: "password",
      clientId: "client-id",
      secret: "client-secret",
      username: "admin",
      password: "s3cret-pass",
      onTokenChange: (pair) => {
        changes.push(`${pair.accessToken}/${pair.refreshToken}`);
      },
    });
    await core.authenticate();
    pim.expire();
    await getProduct(core);
    expect(changes).toEqual(["access-1/refresh-1", "access-2/refresh-2"]);
  });

  it("resends a multipart upload intact after a 401", async () => {
    const pim = fakePim();
    const { core } = createTestClient(pim.scripted.fetch);
    await core.authenticate();
    pim.expire();
    const form = new FormData();
    form.append(
      "product",
      '{"identifier":"shoe","attribute":"picture","scope":null,"locale":null}',
    );
    form.append("file", new Blob(["PNG-bytes"]), "picture.png");
    await core.api.POST("/api/rest/v1/media-files", { body: form as never });
    const uploads = pim.scripted.calls.filter((c) => c.url.endsWith("/media-files"));
    expect(uploads).toHaveLength(2);
    const replay = await new Request("https://x/", {
      method: "POST",
      headers: { "content-type": uploads[1]?.headers.get("content-type") ?? "" },
      body: uploads[1]?.body,
    }).formData();
    expect(replay.get("product")).toBe(
      '{"identifier":"shoe","attribute":"picture","scope":null,"locale":null}',
    );
    expect(await (replay.get("file") as Blob).text()).toBe("PNG-bytes");
    expect(uploads[1]?.headers.get("authorization")).toBe("Bearer access-2");
  });

  it("does not replay a stream body: its 401 surfaces", async () => {
    const pim = fakePim();
    const { core } = createTestClient(pim.scripted.fetch);
    await core.authenticate();
    pim.expire();
    const body = new ReadableStream<Uint8Array>({
      start: (c) => {
        c.enqueue(new TextEncoder().encode('{"identifier":"shoe"}'));
        c.close();
      },
    });
    const result = await core.api.PATCH("/api/rest/v1/products/{code}", {
      params: { path: { code: "shoe" } },
      body: body as never,
    });
    expect(result.response.status).toBe(401);
    expect(pim.scripted.calls.filter((c) => c.method === "PATCH")).toHaveLength(1);
  });
});

describe("auth middleware, token mode", () => {
  const auth = {
    type: "token",
    clientId: "client-id",
    secret: "client-secret",
    token: "given",
    refreshToken: "given-refresh",
  } as const;

  it("uses the given token without a token request", async () => {
    const scripted = createScriptedFetch(() => json(200, { identifier: "shoe" }));
    const { core } = createTestClient(scripted.fetch, auth);
    await getProduct(core);
    expect(scripted.calls).toHaveLength(1);
    expect(scripted.calls[0]?.headers.get("authorization")).toBe("Bearer given");
    expect(core.getToken()).toBe("given");
    expect(core.getRefreshToken()).toBe("given-refresh");
  });

  it("refreshes with the given refresh token on a 401 and exposes the rotated pair", async () => {
    const pim = fakePim();
    const { core } = createTestClient(pim.scripted.fetch, auth);
    expect(unwrap(await getProduct(core))).toEqual({ identifier: "shoe" });
    expect(pim.grants).toEqual([{ grant_type: "refresh_token", refresh_token: "given-refresh" }]);
    expect(core.getToken()).toBe("access-1");
    expect(core.getRefreshToken()).toBe("refresh-1");
  });

  it("answers a dead refresh token with the original 401, as any other error answer", async () => {
    const pim = fakePim({ refreshStatus: 422 });
    const { core } = createTestClient(pim.scripted.fetch, auth);
    const result = await getProduct(core);
    expect(result.data).toBeUndefined();
    expect(result.error).toEqual({ code: 401, message: "The access token provided is invalid." });
    expect(result.response.status).toBe(401);
    expect((result as FetchResultLike).renewalFailure).toMatchObject({ status: 422 });
    expect(pim.grants.map((g) => g.grant_type)).toEqual(["refresh_token"]);
  });

  it("unwraps a failed renewal as AuthenticationError carrying the original 401", async () => {
    const pim = fakePim({ refreshStatus: 422 });
    const { core } = createTestClient(pim.scripted.fetch, auth);
    const result = await getProduct(core);
    const error = unwrapFailure(result);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error.status).toBe(401);
    expect(error.method).toBe("GET");
    expect(error.url).toBe("https://pim.example.com/api/rest/v1/products/shoe");
    expect(error.serverMessage).toBe("The access token provided is invalid.");
    expect(error.message).toContain("token renewal failed");
    expect((error.cause as AuthenticationError).status).toBe(422);
  });
});

describe("auth middleware, app mode", () => {
  it("sends the app token and never calls the token endpoint, even on 401", async () => {
    const scripted = createScriptedFetch(() =>
      json(401, { code: 401, message: "App disconnected" }),
    );
    const { core } = createTestClient(scripted.fetch, { type: "app", token: "app-token" });
    await core.authenticate();
    const result = await getProduct(core);
    expect(() => unwrap(result)).toThrow(AuthenticationError);
    expect(scripted.calls.map((c) => `${c.url} ${c.headers.get("authorization")}`)).toEqual([
      "https://pim.example.com/api/rest/v1/products/shoe Bearer app-token",
    ]);
    expect(core.getToken()).toBe("app-token");
    expect(core.getRefreshToken()).toBeUndefined();
  });
});

describe("authenticate()", () => {
  it("fetches a token eagerly and reports wrong credentials as AuthenticationError", async () => {
    const scripted = createScriptedFetch(() =>
      json(422, { code: 422, message: "Your authentication is invalid" }),
    );
    const { core } = createTestClient(scripted.fetch);
    const error = (await core.authenticate().catch((e: unknown) => e)) as AuthenticationError;
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error.status).toBe(422);
    expect(error.message).toBe("422 POST /api/oauth/v1/token: Your authentication is invalid");
    expect(scripted.calls).toHaveLength(1);
  });
});
