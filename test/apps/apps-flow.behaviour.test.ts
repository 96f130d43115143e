import {
  AppCallbackError,
  type AppScope,
  AppTokenExchangeError,
  completeAppActivation,
  createAkeneoClient,
  createAuthorizationRequest,
  exchangeAppCode,
  fetchOpenIdPublicKey,
  IdTokenError,
  readAppCallback,
  ScopesNotGrantedError,
  verifyIdToken,
} from "../../src/index.js";
import { type FakePim, startFakePim } from "../../src/testing/index.js";

const APP = {
  clientId: "app-1",
  secret: "app-secret-1",
  callbackUrl: "https://app.example/callback",
};
const SCOPES: AppScope[] = ["read_products", "write_products", "openid", "profile", "email"];

/** Plays the browser: the App's redirect to the PIM, and the PIM's redirect back. */
async function authorizeInBrowser(pim: FakePim, scopes = SCOPES) {
  const request = createAuthorizationRequest({ pimUrl: pim.url, clientId: APP.clientId, scopes });
  const answer = await fetch(request.url, { redirect: "manual" });
  const callbackUrl = answer.headers.get("location") ?? "";
  return { request, callbackUrl };
}

function activate(pim: FakePim, callbackUrl: string, expectedState: string, extra = {}) {
  return completeAppActivation({
    callbackUrl,
    expectedState,
    pimUrl: pim.url,
    clientId: APP.clientId,
    clientSecret: APP.secret,
    requestedScopes: SCOPES,
    ...extra,
  });
}

describe("the Apps flow against the emulator", () => {
  let pim: FakePim;
  beforeEach(async () => {
    pim = await startFakePim({ apps: [APP], sampleCatalog: true });
  });
  afterEach(() => pim.close());

  it("connects the App, names the user and makes a first API call with the new token", async () => {
    const { request, callbackUrl } = await authorizeInBrowser(pim);
    const { token, user } = await activate(pim, callbackUrl, request.state);
    expect(token.scopes.missing).toEqual([]);
    expect(user).toMatchObject({
      id: pim.apps.user.id,
      firstName: pim.apps.user.firstName,
      lastName: pim.apps.user.lastName,
      email: pim.apps.user.email,
    });
    const client = createAkeneoClient({
      baseUrl: pim.url,
      auth: { type: "app", token: token.accessToken },
      retry: false,
    });
    expect((await client.products.get("shoe-sandal")).identifier).toBe("shoe-sandal");
  });

  it("refuses a callback with another state and exchanges nothing", async () => {
    const { callbackUrl } = await authorizeInBrowser(pim);
    const other = createAuthorizationRequest({
      pimUrl: pim.url,
      clientId: APP.clientId,
      scopes: SCOPES,
    });
    await expect(activate(pim, callbackUrl, other.state)).rejects.toMatchObject({
      name: "AppCallbackError",
      reason: "state-mismatch",
    });
    expect(pim.apps.tokenExchangeCount()).toBe(0);
  });

  it("reports the user's refusal as AppCallbackError access-denied", async () => {
    pim.apps.refuseAuthorization();
    const { request, callbackUrl } = await authorizeInBrowser(pim);
    const error = await activate(pim, callbackUrl, request.state).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppCallbackError);
    expect(error).toMatchObject({ reason: "access-denied", oauthError: "access_denied" });
  });

  it("is refused by the PIM when the challenge is made with the wrong secret", async () => {
    const { request, callbackUrl } = await authorizeInBrowser(pim);
    const error = await activate(pim, callbackUrl, request.state, {
      clientSecret: "not-the-secret",
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppTokenExchangeError);
    expect(error).toMatchObject({ status: 400, oauthError: "invalid_client" });
    expect(String((error as Error).message)).not.toContain("not-the-secret");
  });

  it("cannot use a code twice", async () => {
    const { request, callbackUrl } = await authorizeInBrowser(pim);
    await activate(pim, callbackUrl, request.state);
    const error = await activate(pim, callbackUrl, request.state).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppTokenExchangeError);
    expect(error).toMatchObject({ oauthError: "invalid_grant" });
    const { code } = readAppCallback(callbackUrl, request.state);
    expect((error as Error).message).not.toContain(code);
  });

  it("reports scopes the user narrowed, and throws for them with requireAllScopes", async () => {
    pim.apps.grantOnly(["read_products", "openid"]);
    const first = await authorizeInBrowser(pim);
    const { token, user } = await activate(pim, first.callbackUrl, first.request.state);
    expect(token.scopes.missing).toEqual(["write_products", "profile", "email"]);
    expect(user).toMatchObject({ id: pim.apps.user.id, firstName: undefined, email: undefined });
    const second = await authorizeInBrowser(pim);
    const error = await activate(pim, second.callbackUrl, second.request.state, {
      requireAllScopes: true,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ScopesNotGrantedError);
    expect(error).toMatchObject({ missing: ["write_products", "profile", "email"] });
  });

  it("refuses an id_token signed with a key the PIM no longer publishes", async () => {
    const { request, callbackUrl } = await authorizeInBrowser(pim);
    const { code } = readAppCallback(callbackUrl, request.state);
    const token = await exchangeAppCode({
      pimUrl: pim.url,
      clientId: APP.clientId,
      clientSecret: APP.secret,
      code,
    });
    pim.apps.rotateOpenIdKey();
    const publicKey = await fetchOpenIdPublicKey(pim.url);
    const error = await verifyIdToken(token.idToken ?? "", {
      publicKey,
      issuer: pim.url,
      audience: APP.clientId,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IdTokenError);
    expect(error).toMatchObject({ reason: "signature" });
  });

  it("refuses an expired id_token", async () => {
    const { request, callbackUrl } = await authorizeInBrowser(pim);
    const twoHoursLater = pim.now() + 2 * 3600 * 1000;
    await expect(
      activate(pim, callbackUrl, request.state, { nowMs: twoHoursLater }),
    ).rejects.toMatchObject({ name: "IdTokenError", reason: "expired" });
  });
});
