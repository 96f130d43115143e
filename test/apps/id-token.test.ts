import { generateKeyPairSync, sign } from "node:crypto";
import { IdTokenError, type IdTokenFailure, verifyIdToken } from "../../src/index.js";
import { createOpenIdSigner } from "../../src/testing/apps/openid-signer.js";

const NOW_MS = 1_800_000_000_000;
const signer = createOpenIdSigner();
const claims = {
  iss: "https://pim.example.com",
  sub: "user-uuid-1",
  aud: "app-1",
  iat: NOW_MS / 1000 - 10.25,
  exp: NOW_MS / 1000 + 3600.5,
  firstname: "Julia",
  lastname: "Stoll",
  email: "julia@example.com",
  email_verified: false,
};
const options = {
  publicKey: signer.certificatePem,
  issuer: "https://pim.example.com/",
  audience: "app-1",
  nowMs: NOW_MS,
};

function encode(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString("base64url");
}

async function failure(
  token: string,
  overrides: Partial<typeof options> = {},
): Promise<IdTokenFailure> {
  const error = await verifyIdToken(token, { ...options, ...overrides }).catch((e: unknown) => e);
  if (!(error instanceof IdTokenError))
    throw new Error(`expected IdTokenError, got ${String(error)}`);
  expect(error.message).not.toContain(String(token));
  return error.reason;
}

describe("verifyIdToken", () => {
  it("returns the user of a token signed by the PIM's certificate key", async () => {
    const user = await verifyIdToken(signer.signJwt(claims), options);
    expect(user).toMatchObject({
      id: "user-uuid-1",
      firstName: "Julia",
      lastName: "Stoll",
      email: "julia@example.com",
    });
    expect(user.claims.email_verified).toBe(false);
  });

  it("accepts a PEM public key as well as a certificate", async () => {
    const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
    const head = encode({ alg: "RS256", typ: "JWT" });
    const body = encode(claims);
    const signature = sign("sha256", Buffer.from(`${head}.${body}`), privateKey).toString(
      "base64url",
    );
    const pem = publicKey.export({ type: "spki", format: "pem" }).toString();
    await expect(
      verifyIdToken(`${head}.${body}.${signature}`, { ...options, publicKey: pem }),
    ).resolves.toMatchObject({ id: "user-uuid-1" });
  });

  it("refuses a token whose payload was changed after signing", async () => {
    const [head, , signature] = signer.signJwt(claims).split(".");
    const forged = `${head}.${encode({ ...claims, sub: "admin" })}.${signature}`;
    expect(await failure(forged)).toBe("signature");
  });

  it("refuses a token signed by another key", async () => {
    expect(await failure(createOpenIdSigner().signJwt(claims))).toBe("signature");
  });

  it.each([
    ["none", { alg: "none" }],
    ["HS256", { alg: "HS256" }],
  ])("refuses alg %s before looking at the signature", async (_label, header) => {
    const [, body, signature] = signer.signJwt(claims).split(".");
    expect(await failure(`${encode(header)}.${body}.${signature}`)).toBe("algorithm");
  });

  it.each([
    ["another issuer", { iss: "https://evil.example" }, "issuer"],
    ["no issuer", { iss: undefined }, "issuer"],
    ["another audience", { aud: "app-2" }, "audience"],
    ["an expiry past the tolerance", { exp: NOW_MS / 1000 - 61 }, "expired"],
    ["no expiry", { exp: undefined }, "expired"],
    ["an iat in the future", { iat: NOW_MS / 1000 + 120 }, "not-yet-valid"],
    ["no sub", { sub: "" }, "malformed"],
  ] as const)("refuses a token with %s", async (_label, change, reason) => {
    expect(await failure(signer.signJwt({ ...claims, ...change }))).toBe(reason);
  });

  it("accepts an audience list naming the App and a small clock skew", async () => {
    const token = signer.signJwt({ ...claims, aud: ["other", "app-1"], exp: NOW_MS / 1000 - 30 });
    await expect(verifyIdToken(token, options)).resolves.toMatchObject({ id: "user-uuid-1" });
  });

  it.each([
    ["two parts", "a.b"],
    ["a header that is not JSON", `${Buffer.from("x").toString("base64url")}.e30.c2ln`],
    ["not a string", 42 as unknown as string],
  ])("refuses %s as malformed", async (_label, token) => {
    expect(await failure(token)).toBe("malformed");
  });

  it("refuses an unusable public key", async () => {
    expect(await failure(signer.signJwt(claims), { publicKey: "not a key" })).toBe("public-key");
    const ec = generateKeyPairSync("ec", { namedCurve: "P-256" }).publicKey;
    const ecPem = ec.export({ type: "spki", format: "pem" }).toString();
    expect(await failure(signer.signJwt(claims), { publicKey: ecPem })).toBe("public-key");
  });
});
