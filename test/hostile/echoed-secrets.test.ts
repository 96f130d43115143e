import { inspect } from "node:util";
import { type AkeneoApiError, createAkeneoClient } from "../../src/index.js";
import { CREDENTIALS, type LoopbackPim, startLoopbackPim } from "../core/support/loopback-pim.js";

let pim: LoopbackPim;
beforeEach(async () => {
  pim = await startLoopbackPim();
});
afterEach(async () => {
  await pim.close();
});

function sendJson(response: import("node:http").ServerResponse, status: number, body: unknown) {
  response.writeHead(status, { "content-type": "application/json" });
  response.end(JSON.stringify(body));
}

function passwordClient() {
  return createAkeneoClient({
    baseUrl: pim.baseUrl,
    auth: { type: "password", ...CREDENTIALS },
    retry: false,
    logLevel: "silent",
  });
}

function everythingIn(error: unknown): string {
  const api = error as AkeneoApiError;
  return [
    api.message,
    api.stack,
    api.serverMessage,
    JSON.stringify(api.body),
    JSON.stringify(api.errors),
    inspect(error, { depth: 8 }),
  ].join("\n");
}

const BASIC_DECODED = `${CREDENTIALS.clientId}:${CREDENTIALS.secret}`;

describe("a server that echoes the client's secrets in prose", () => {
  it("gets the password and secret removed from a 422 of an API call", async () => {
    pim.override((request, response) => {
      if (!request.path.startsWith("/api/rest/v1/products/")) return false;
      sendJson(response, 422, {
        code: 422,
        message: `Validation failed for user admin with ${CREDENTIALS.password}`,
        errors: [{ property: "values", message: `secret ${CREDENTIALS.secret} not allowed here` }],
        debug: { note: `credentials were ${BASIC_DECODED}` },
      });
      return true;
    });
    const error = await passwordClient()
      .products.get("shoe")
      .catch((e: unknown) => e);
    const text = everythingIn(error);
    for (const secret of [CREDENTIALS.password, CREDENTIALS.secret, BASIC_DECODED]) {
      expect(text).not.toContain(secret);
    }
    expect((error as AkeneoApiError).serverMessage).toBe(
      "Validation failed for user admin with [redacted]",
    );
  });

  it("gets the decoded client:secret and the password removed from a token refusal", async () => {
    pim.override((request, response) => {
      if (request.path !== "/api/oauth/v1/token") return false;
      sendJson(response, 422, {
        code: 422,
        message: `Client ${BASIC_DECODED} with password ${CREDENTIALS.password} is unknown`,
      });
      return true;
    });
    const error = await passwordClient()
      .authenticate()
      .catch((e: unknown) => e);
    const text = everythingIn(error);
    expect(text).toContain("is unknown");
    for (const secret of [CREDENTIALS.password, CREDENTIALS.secret, BASIC_DECODED]) {
      expect(text).not.toContain(secret);
    }
  });

  it("gets the current and the previous access and refresh tokens removed from a 400", async () => {
    const client = passwordClient();
    await client.authenticate();
    const firstAccess = client.getToken() as string;
    const firstRefresh = client.getRefreshToken() as string;
    pim.expireAccessTokens();
    await client.products.get("shoe");
    const quoted = [firstAccess, firstRefresh, client.getToken(), client.getRefreshToken()];
    pim.override((request, response) => {
      if (!request.path.startsWith("/api/rest/v1/products/")) return false;
      sendJson(response, 400, { code: 400, message: `Tokens seen: ${quoted.join(" and ")}` });
      return true;
    });
    const error = await client.products.get("shoe").catch((e: unknown) => e);
    const text = everythingIn(error);
    expect(text).toContain("Tokens seen:");
    for (const token of quoted) expect(text).not.toContain(token);
  });

  it("gets an app token removed from a 401 that quotes it", async () => {
    pim.override((_, response) => {
      sendJson(response, 401, { code: 401, message: "token app-token-1234 was revoked" });
      return true;
    });
    const client = createAkeneoClient({
      baseUrl: pim.baseUrl,
      auth: { type: "app", token: "app-token-1234" },
      retry: false,
      logLevel: "silent",
    });
    const facadeError = await client.products.get("shoe").catch((e: unknown) => e);
    expect(everythingIn(facadeError)).not.toContain("app-token-1234");
    expect((facadeError as AkeneoApiError).serverMessage).toBe("token [redacted] was revoked");
  });
});
