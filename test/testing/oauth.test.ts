import { type FakePim, startFakePim } from "../../src/testing/index.js";
import { basicAuth, call, passwordToken, requestToken } from "./support/pim-calls.js";

describe("emulator OAuth", () => {
  let pim: FakePim;
  beforeEach(async () => {
    pim = await startFakePim({ accessTokenLifetimeS: 60, appTokens: ["app-token-1"] });
  });
  afterEach(() => pim.close());

  it("answers a token pair for the password grant with the configured lifetime", async () => {
    const answer = await requestToken(pim, {
      grant_type: "password",
      username: "admin",
      password: "admin",
    });
    expect(answer.status).toBe(200);
    expect(answer.json).toEqual({
      access_token: expect.any(String),
      expires_in: 60,
      token_type: "bearer",
      scope: null,
      refresh_token: expect.any(String),
    });
  });

  it("accepts a form-urlencoded token request", async () => {
    const answer = await call(pim, "/api/oauth/v1/token", {
      method: "POST",
      token: null,
      body: "grant_type=password&username=admin&password=admin",
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        authorization: basicAuth(pim),
      },
    });
    expect(answer.status).toBe(200);
  });

  it("accepts the access token until it expires, then answers 401", async () => {
    const { access } = await passwordToken(pim);
    expect((await call(pim, "/api/rest/v1/channels", { token: access })).status).toBe(200);
    pim.advanceTime(61_000);
    const expired = await call(pim, "/api/rest/v1/channels", { token: access });
    expect(expired.status).toBe(401);
    expect(expired.json).toEqual({ code: 401, message: "The access token provided has expired." });
  });

  it("expires every access token on expireAllTokens()", async () => {
    const { access } = await passwordToken(pim);
    pim.expireAllTokens();
    expect((await call(pim, "/api/rest/v1/channels", { token: access })).status).toBe(401);
  });

  it("rotates refresh tokens: the used one then answers 422", async () => {
    const { refresh } = await passwordToken(pim);
    const first = await requestToken(pim, { grant_type: "refresh_token", refresh_token: refresh });
    expect(first.status).toBe(200);
    const renewed = first.json as { access_token: string; refresh_token: string };
    expect(renewed.refresh_token).not.toBe(refresh);
    expect((await call(pim, "/api/rest/v1/channels", { token: renewed.access_token })).status).toBe(
      200,
    );
    const replay = await requestToken(pim, { grant_type: "refresh_token", refresh_token: refresh });
    expect(replay.status).toBe(422);
    expect(replay.json).toEqual({ code: 422, message: "Refresh token is invalid or has expired" });
  });

  it("refuses a refresh token past its lifetime", async () => {
    const short = await startFakePim({ refreshTokenLifetimeS: 10 });
    try {
      const { refresh } = await passwordToken(short);
      short.advanceTime(11_000);
      const answer = await requestToken(short, {
        grant_type: "refresh_token",
        refresh_token: refresh,
      });
      expect(answer.status).toBe(422);
    } finally {
      await short.close();
    }
  });

  it("answers 422 for a wrong client secret, a missing Authorization header and a wrong user", async () => {
    const fields = { grant_type: "password", username: "admin", password: "admin" };
    const wrongSecret = await requestToken(pim, fields, { authorization: basicAuth(pim, "nope") });
    expect(wrongSecret.status).toBe(422);
    expect((wrongSecret.json as { message: string }).message).toContain("client_id");
    const stripped = await call(pim, "/api/oauth/v1/token", {
      method: "POST",
      token: null,
      body: JSON.stringify(fields),
      headers: { "content-type": "application/json" },
    });
    expect(stripped.status).toBe(422);
    const wrongUser = await requestToken(pim, { ...fields, password: "bad" });
    expect(wrongUser.status).toBe(422);
    expect(wrongUser.json).toEqual({
      code: 422,
      message: "No user found for the given username and password",
    });
  });

  it("answers 400 for a missing body and 415 for a wrong content type", async () => {
    const empty = await call(pim, "/api/oauth/v1/token", {
      method: "POST",
      token: null,
      headers: { "content-type": "application/json", authorization: basicAuth(pim) },
    });
    expect(empty.status).toBe(400);
    const text = await call(pim, "/api/oauth/v1/token", {
      method: "POST",
      token: null,
      body: "grant_type=password",
      headers: { "content-type": "text/plain", authorization: basicAuth(pim) },
    });
    expect(text.status).toBe(415);
  });

  it("answers 422 for an unknown grant type", async () => {
    const answer = await requestToken(pim, { grant_type: "client_credentials" });
    expect(answer.status).toBe(422);
  });

  it("answers 401 without a token and with an unknown token", async () => {
    const missing = await call(pim, "/api/rest/v1/products", { token: null });
    expect(missing.json).toEqual({ code: 401, message: "Authentication is required" });
    const unknown = await call(pim, "/api/rest/v1/products", { token: "forged" });
    expect(unknown.status).toBe(401);
    expect((unknown.json as { message: string }).message).toBe(
      "The access token provided is invalid.",
    );
  });

  it("accepts app tokens forever and refuses them once removed", async () => {
    pim.advanceTime(365 * 86_400_000);
    pim.expireAllTokens();
    expect((await call(pim, "/api/rest/v1/channels", { token: "app-token-1" })).status).toBe(200);
    pim.auth.removeAppToken("app-token-1");
    expect((await call(pim, "/api/rest/v1/channels", { token: "app-token-1" })).status).toBe(401);
    pim.auth.addAppToken("app-token-2");
    expect((await call(pim, "/api/rest/v1/channels", { token: "app-token-2" })).status).toBe(200);
  });

  it("serves the endpoint list and the system information without a token", async () => {
    const endpoints = await call(pim, "/api/rest/v1", { token: null });
    expect(endpoints.status).toBe(200);
    const body = endpoints.json as {
      host: string;
      authentication: object;
      routes: Record<string, { route: string; methods: string[] }>;
    };
    expect(body.host).toBe(pim.url);
    expect(body.authentication).toEqual({
      fos_oauth_server_token: { route: "/api/oauth/v1/token", methods: ["POST"] },
    });
    expect(body.routes.pim_api_product_list).toEqual({
      route: "/api/rest/v1/products",
      methods: ["GET"],
    });
    expect(body.routes.pim_api_media_file_download?.route).toBe(
      "/api/rest/v1/media-files/{code}/download",
    );
    const info = await call(pim, "/api/rest/v1/system-information", { token: null });
    expect(info.json).toEqual({ version: "7.0.0", edition: "CE" });
  });

  it("counts token requests per grant type", async () => {
    const { refresh } = await passwordToken(pim);
    await requestToken(pim, { grant_type: "refresh_token", refresh_token: refresh });
    await requestToken(pim, { grant_type: "password", username: "admin", password: "wrong" });
    expect(pim.auth.tokenRequestCount()).toBe(3);
    expect(pim.auth.tokenRequestCount("password")).toBe(2);
    expect(pim.auth.tokenRequestCount("refresh_token")).toBe(1);
  });

  it("accepts the configured clients and users only", async () => {
    const custom = await startFakePim({
      clients: [{ clientId: "erp", secret: "s3cret" }],
      users: [{ username: "sync", password: "pw" }],
    });
    try {
      expect(custom.credentials).toEqual({
        clientId: "erp",
        secret: "s3cret",
        username: "sync",
        password: "pw",
      });
      expect(
        (await requestToken(custom, { grant_type: "password", username: "sync", password: "pw" }))
          .status,
      ).toBe(200);
      expect(
        (
          await requestToken(custom, {
            grant_type: "password",
            username: "admin",
            password: "admin",
          })
        ).status,
      ).toBe(422);
    } finally {
      await custom.close();
    }
  });
});
