import { createHash } from "node:crypto";
import {
  AppTokenExchangeError,
  ConnectionError,
  exchangeAppCode,
  InvalidArgumentError,
  InvalidResponseError,
  InvalidTokenAnswerError,
  ScopesNotGrantedError,
} from "../../src/index.js";
import {
  createScriptedFetch,
  json,
  networkFailure,
  type Responder,
} from "../core/support/scripted-fetch.js";

const SECRET = "the-client-secret-1234";
const CODE = "the-authorization-code-5678";

function exchangeWith(responder: Responder, extra: Record<string, unknown> = {}) {
  const scripted = createScriptedFetch(responder);
  const result = exchangeAppCode({
    pimUrl: "https://pim.example.com/",
    clientId: "app-1",
    clientSecret: SECRET,
    code: CODE,
    requestedScopes: ["read_products", "openid"],
    fetch: scripted.fetch,
    ...extra,
  });
  return { scripted, result };
}

const granted = () =>
  json(200, {
    access_token: "app-token-1",
    token_type: "bearer",
    scope: "read_products openid",
    id_token: "a.b.c",
  });

describe("exchangeAppCode", () => {
  it("posts the code with a code_identifier and its challenge, never the secret", async () => {
    const { scripted, result } = exchangeWith(granted);
    const token = await result;
    const [call] = scripted.calls;
    expect(call?.method).toBe("POST");
    expect(call?.url).toBe("https://pim.example.com/connect/apps/v1/oauth2/token");
    expect(call?.headers.get("content-type")).toBe("application/x-www-form-urlencoded");
    expect(call?.redirect).toBe("manual");
    const fields = Object.fromEntries(new URLSearchParams(call?.body));
    expect(fields).toEqual({
      grant_type: "authorization_code",
      client_id: "app-1",
      code: CODE,
      code_identifier: expect.stringMatching(/^[0-9a-f]{60}$/),
      code_challenge: createHash("sha256")
        .update(`${fields.code_identifier}${SECRET}`)
        .digest("hex"),
    });
    expect(call?.body).not.toContain(SECRET);
    expect(call?.headers.get("authorization")).toBeNull();
    expect(token).toEqual({
      accessToken: "app-token-1",
      tokenType: "bearer",
      scopes: {
        requested: ["read_products", "openid"],
        granted: ["read_products", "openid"],
        missing: [],
      },
      idToken: "a.b.c",
    });
  });

  it("uses a fresh code_identifier for every exchange", async () => {
    const first = exchangeWith(granted);
    const second = exchangeWith(granted);
    await Promise.all([first.result, second.result]);
    const id = (s: typeof first.scripted) =>
      new URLSearchParams(s.calls[0]?.body).get("code_identifier");
    expect(id(first.scripted)).not.toBe(id(second.scripted));
  });

  it("reports the scopes the PIM did not grant, and throws for them with requireAllScopes", async () => {
    const narrowed = () =>
      json(200, { access_token: "t-1", token_type: "bearer", scope: "openid" });
    await expect(exchangeWith(narrowed).result).resolves.toMatchObject({
      scopes: { missing: ["read_products"] },
    });
    const error = await exchangeWith(narrowed, { requireAllScopes: true }).result.catch((e) => e);
    expect(error).toBeInstanceOf(ScopesNotGrantedError);
    expect(error).toMatchObject({ missing: ["read_products"], granted: ["openid"] });
  });

  it("turns a refusal into AppTokenExchangeError without the code, the secret or the challenge", async () => {
    const { scripted, result } = exchangeWith((request) => {
      const challenge = new URLSearchParams(request.body).get("code_challenge");
      return json(400, {
        error: "invalid_grant",
        error_description: `Code ${CODE} with challenge ${challenge} for ${SECRET} is invalid`,
      });
    });
    const error = await result.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppTokenExchangeError);
    expect(error).toMatchObject({ status: 400, oauthError: "invalid_grant" });
    const challenge = new URLSearchParams(scripted.calls[0]?.body).get("code_challenge") ?? "";
    const text = `${(error as Error).message} ${(error as AppTokenExchangeError).description}`;
    for (const secret of [CODE, SECRET, challenge]) expect(text).not.toContain(secret);
    expect(text).toContain("invalid_grant");
  });

  it("does not follow a redirect: it is a refusal", async () => {
    const { scripted, result } = exchangeWith(
      () => new Response(null, { status: 307, headers: { location: "https://evil.example/" } }),
    );
    await expect(result).rejects.toMatchObject({ name: "AppTokenExchangeError", status: 307 });
    expect(scripted.calls).toHaveLength(1);
  });

  it.each([
    ["not JSON", () => new Response("<html>", { status: 200 })],
    ["no access_token", () => json(200, { token_type: "bearer" })],
    ["a token with a space", () => json(200, { access_token: "a b", token_type: "bearer" })],
    ["another token_type", () => json(200, { access_token: "t", token_type: "mac" })],
  ])("refuses an answer with %s as InvalidTokenAnswerError", async (_label, answer) => {
    await expect(exchangeWith(answer).result).rejects.toBeInstanceOf(InvalidTokenAnswerError);
  });

  it("refuses an answer larger than 1 MiB", async () => {
    const huge = () => new Response("x".repeat(1024 * 1024 + 1), { status: 200 });
    await expect(exchangeWith(huge).result).rejects.toBeInstanceOf(InvalidResponseError);
  });

  it("wraps a network failure in ConnectionError", async () => {
    const { result } = exchangeWith(() => {
      throw networkFailure("ECONNREFUSED");
    });
    await expect(result).rejects.toBeInstanceOf(ConnectionError);
  });

  it("sends nothing for a hostile PIM URL or an empty code", async () => {
    const hostile = exchangeWith(granted, { pimUrl: "https://a:b@pim.example.com" });
    await expect(hostile.result).rejects.toBeInstanceOf(InvalidArgumentError);
    const empty = exchangeWith(granted, { code: "" });
    await expect(empty.result).rejects.toThrow(/code must be/);
    expect(hostile.scripted.calls.length + empty.scripted.calls.length).toBe(0);
  });
});
