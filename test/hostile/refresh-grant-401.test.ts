import {
  type AuthenticationError,
  createAkeneoClient,
  isAuthenticationError,
} from "../../src/index.js";
import { CREDENTIALS, type LoopbackPim, startLoopbackPim } from "../core/support/loopback-pim.js";

let pim: LoopbackPim;
beforeEach(async () => {
  pim = await startLoopbackPim();
  // A gateway that answers a dead refresh token with 401 instead of Akeneo's 422.
  pim.override((request, response) => {
    if (request.path !== "/api/oauth/v1/token") return false;
    if (!request.body.toString("utf8").includes('"refresh_token"')) return false;
    response.writeHead(401, { "content-type": "application/json" });
    response.end(
      JSON.stringify({ error: "invalid_grant", error_description: "Refresh token expired" }),
    );
    return true;
  });
});
afterEach(async () => {
  await pim.close();
});

const grantTypes = () =>
  pim.requests
    .filter((r) => r.path === "/api/oauth/v1/token")
    .map((r) => (JSON.parse(r.body.toString("utf8")) as { grant_type: string }).grant_type);

// A client in token mode whose access token has expired and whose refresh token is dead.
function clientWithDeadRefreshToken() {
  pim.addAccessToken("stale-access");
  const client = createAkeneoClient({
    baseUrl: pim.baseUrl,
    auth: {
      type: "token",
      clientId: CREDENTIALS.clientId,
      secret: CREDENTIALS.secret,
      token: "stale-access",
      refreshToken: "dead-refresh",
    },
    retry: false,
    logLevel: "silent",
  });
  pim.expireAccessTokens();
  return client;
}

describe("a refresh grant answered 401", () => {
  it("falls back to one password grant in password mode, and the call succeeds", async () => {
    const client = createAkeneoClient({
      baseUrl: pim.baseUrl,
      auth: { type: "password", ...CREDENTIALS },
      retry: false,
      logLevel: "silent",
    });
    await client.authenticate();
    pim.expireAccessTokens();
    const product = await client.products.get("shoe");
    expect(product.identifier).toBe("shoe");
    expect(grantTypes()).toEqual(["password", "refresh_token", "password"]);
  });

  it("surfaces an AuthenticationError in token mode, with no password to fall back on", async () => {
    const client = clientWithDeadRefreshToken();
    const error = await client.products.get("shoe").catch((e: unknown) => e);
    expect(isAuthenticationError(error)).toBe(true);
    expect((error as AuthenticationError).status).toBe(401);
    expect((error as AuthenticationError).message).toContain("token renewal failed");
    expect(isAuthenticationError((error as AuthenticationError).cause)).toBe(true);
    expect(grantTypes()).toEqual(["refresh_token"]);
  });

  it("answers the 401 on the raw layer, with the refusal as the result's renewalFailure", async () => {
    const client = clientWithDeadRefreshToken();
    const result = await client.endpoints.getProduct({ params: { path: { code: "shoe" } } });
    expect(result.data).toBeUndefined();
    expect(result.response.status).toBe(401);
    expect(result.error).toBeDefined();
    const renewalFailure = result.error === undefined ? undefined : result.renewalFailure;
    expect(isAuthenticationError(renewalFailure)).toBe(true);
    expect(result.request).toEqual({
      method: "GET",
      url: `${pim.baseUrl}/api/rest/v1/products/shoe`,
    });
    expect(grantTypes()).toEqual(["refresh_token"]);
  });
});
