import { createHash, createVerify, X509Certificate } from "node:crypto";
import { type FakePim, startFakePim } from "../../src/testing/index.js";

const APP = {
  clientId: "app-1",
  secret: "app-secret-1",
  callbackUrl: "http://127.0.0.1:9/callback",
};

async function authorize(pim: FakePim, query: Record<string, string>): Promise<Response> {
  const url = `${pim.url}/connect/apps/v1/authorize?${new URLSearchParams(query)}`;
  return fetch(url, { redirect: "manual", headers: { accept: "text/html" } });
}

async function codeFor(pim: FakePim, scope: string): Promise<string> {
  const answer = await authorize(pim, {
    response_type: "code",
    client_id: APP.clientId,
    scope,
    state: "s",
  });
  return new URL(answer.headers.get("location") ?? "").searchParams.get("code") ?? "";
}

async function exchange(pim: FakePim, code: string, secret = APP.secret) {
  const identifier = "identifier-1";
  const answer = await fetch(`${pim.url}/connect/apps/v1/oauth2/token`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({
      grant_type: "authorization_code",
      client_id: APP.clientId,
      code,
      code_identifier: identifier,
      code_challenge: createHash("sha256")
        .update(identifier + secret)
        .digest("hex"),
    }),
  });
  return { status: answer.status, json: (await answer.json()) as Record<string, string> };
}

describe("emulator Apps flow", () => {
  let pim: FakePim;
  beforeEach(async () => {
    pim = await startFakePim({ apps: [APP], sampleCatalog: true });
  });
  afterEach(() => pim.close());

  it("redirects the authorize request to the App's callback with a code and the state", async () => {
    const answer = await authorize(pim, {
      response_type: "code",
      client_id: APP.clientId,
      scope: "read_products openid",
      state: "state-1",
    });
    expect(answer.status).toBe(302);
    const target = new URL(answer.headers.get("location") ?? "");
    expect(`${target.origin}${target.pathname}`).toBe(APP.callbackUrl);
    expect(target.searchParams.get("state")).toBe("state-1");
    expect(target.searchParams.get("code")).toMatch(/^[\w-]{43}$/);
  });

  it("answers 400 for an unknown client and redirects with access_denied when the user refuses", async () => {
    expect((await authorize(pim, { response_type: "code", client_id: "nope" })).status).toBe(400);
    pim.apps.refuseAuthorization();
    const refused = await authorize(pim, {
      response_type: "code",
      client_id: APP.clientId,
      state: "s",
    });
    const target = new URL(refused.headers.get("location") ?? "");
    expect(target.searchParams.get("error")).toBe("access_denied");
    expect(target.searchParams.get("code")).toBeNull();
  });

  it("exchanges a code once for a bearer token the API accepts", async () => {
    const code = await codeFor(pim, "read_products");
    const first = await exchange(pim, code);
    expect(first.status).toBe(200);
    expect(first.json).toEqual({
      access_token: expect.any(String),
      token_type: "bearer",
      scope: "read_products",
    });
    const products = await fetch(`${pim.url}/api/rest/v1/products`, {
      headers: { authorization: `Bearer ${first.json.access_token}` },
    });
    expect(products.status).toBe(200);
    const again = await exchange(pim, code);
    expect(again).toEqual({
      status: 400,
      json: { error: "invalid_grant", error_description: "Code is invalid" },
    });
    expect(pim.apps.tokenExchangeCount()).toBe(2);
    expect(pim.apps.tokenExchangeCount(400)).toBe(1);
  });

  it("refuses a challenge made with another secret, and a code older than 30 s", async () => {
    const wrong = await exchange(pim, await codeFor(pim, "read_products"), "other-secret");
    expect(wrong.json.error).toBe("invalid_client");
    const late = await codeFor(pim, "read_products");
    pim.advanceTime(30_001);
    expect((await exchange(pim, late)).json.error_description).toBe("Code has expired");
  });

  it("grants only the scopes the user allows", async () => {
    pim.apps.grantOnly(["read_products", "openid"]);
    const answer = await exchange(pim, await codeFor(pim, "read_products write_products openid"));
    expect(answer.json.scope).toBe("read_products openid");
  });

  it("signs an id_token with the key whose certificate it publishes", async () => {
    const answer = await exchange(pim, await codeFor(pim, "openid profile email"));
    const keyAnswer = await fetch(`${pim.url}/connect/apps/v1/openid/public-key`);
    const { public_key } = (await keyAnswer.json()) as { public_key: string };
    const certificate = new X509Certificate(public_key);
    expect(certificate.verify(certificate.publicKey)).toBe(true);
    const [head, body, signature] = answer.json.id_token?.split(".") ?? [];
    const verifier = createVerify("sha256").update(`${head}.${body}`);
    expect(verifier.verify(certificate.publicKey, Buffer.from(signature ?? "", "base64url"))).toBe(
      true,
    );
    const claims = JSON.parse(Buffer.from(body ?? "", "base64url").toString()) as Record<
      string,
      unknown
    >;
    expect(claims).toMatchObject({
      iss: pim.publicUrl,
      aud: APP.clientId,
      sub: pim.apps.user.id,
      firstname: pim.apps.user.firstName,
      email: pim.apps.user.email,
      email_verified: false,
    });
  });
});
