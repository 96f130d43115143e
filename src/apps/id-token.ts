import { decodeBase64 } from "../core/values/index.js";
import { IdTokenError } from "./apps-errors.js";
import { importOpenIdPublicKey } from "./openid-public-key.js";

/** The clock skew accepted between the PIM and the App by default. */
export const DEFAULT_ID_TOKEN_TOLERANCE_S = 60;

/** What an `id_token` is checked against. */
export interface IdTokenVerificationOptions {
  /** The PIM's public key, as `fetchOpenIdPublicKey` returns it (PEM). */
  publicKey: string;
  /** The expected issuer: the PIM's URL. */
  issuer: string;
  /** The expected audience: the App's client id. */
  audience: string;
  /** The current time in ms since the epoch. @default Date.now() */
  nowMs?: number;
  /** Clock skew accepted on `exp`, `iat` and `nbf`, in seconds. @default 60 */
  clockToleranceS?: number;
}

/** The PIM user who connected the App, read from a verified `id_token`. */
export interface AppUser {
  /** The user's stable, unique id (`sub`): the only claim to identify a user by. */
  readonly id: string;
  /** First name (`firstname`), with the `profile` scope. */
  readonly firstName: string | undefined;
  /** Last name (`lastname`), with the `profile` scope. */
  readonly lastName: string | undefined;
  /** E-mail address, with the `email` scope; the user may edit it and Akeneo does not verify it. */
  readonly email: string | undefined;
  /** Every claim of the token, as the PIM wrote them. */
  readonly claims: Readonly<Record<string, unknown>>;
}

/**
 * Verifies an OpenID `id_token` (RS256 signature with the PIM's public key, issuer, audience,
 * expiry) and returns the user it names.
 *
 * @throws IdTokenError whose `reason` says what failed; the message never quotes the token.
 */
export async function verifyIdToken(
  idToken: string,
  options: IdTokenVerificationOptions,
): Promise<AppUser> {
  const parts = typeof idToken === "string" ? idToken.split(".") : [];
  const [headerPart, payloadPart, signaturePart] = parts;
  if (parts.length !== 3 || !headerPart || !payloadPart || !signaturePart) {
    throw new IdTokenError("malformed", "not a JWT of three parts");
  }
  const header = decodeJsonPart(headerPart, "header");
  if (header.alg !== "RS256") {
    throw new IdTokenError(
      "algorithm",
      `alg ${JSON.stringify(String(header.alg).slice(0, 16))} is not RS256`,
    );
  }
  const signature = decodeBase64(signaturePart);
  if (signature === undefined)
    throw new IdTokenError("malformed", "the signature is not base64url");
  const key = await importOpenIdPublicKey(options.publicKey);
  const signed = new TextEncoder().encode(`${headerPart}.${payloadPart}`);
  const valid = await globalThis.crypto.subtle.verify("RSASSA-PKCS1-v1_5", key, signature, signed);
  if (!valid)
    throw new IdTokenError("signature", "the signature does not match the PIM's public key");
  const claims = decodeJsonPart(payloadPart, "payload");
  checkClaims(claims, options);
  return Object.freeze({
    id: claims.sub as string,
    firstName: optionalText(claims.firstname),
    lastName: optionalText(claims.lastname),
    email: optionalText(claims.email),
    claims: Object.freeze({ ...claims }),
  });
}

function checkClaims(claims: Record<string, unknown>, options: IdTokenVerificationOptions): void {
  const nowS = (options.nowMs ?? Date.now()) / 1000;
  const toleranceS = options.clockToleranceS ?? DEFAULT_ID_TOKEN_TOLERANCE_S;
  if (withoutTrailingSlash(claims.iss) !== withoutTrailingSlash(options.issuer)) {
    throw new IdTokenError("issuer", "the token was not issued by this PIM");
  }
  const audiences = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
  if (!audiences.includes(options.audience)) {
    throw new IdTokenError("audience", "the token was not issued for this App");
  }
  if (typeof claims.exp !== "number" || nowS > claims.exp + toleranceS) {
    throw new IdTokenError("expired", "the token has expired (or has no exp)");
  }
  for (const name of ["iat", "nbf"] as const) {
    const value = claims[name];
    if (typeof value === "number" && value > nowS + toleranceS) {
      throw new IdTokenError("not-yet-valid", `${name} is in the future`);
    }
  }
  if (typeof claims.sub !== "string" || claims.sub === "") {
    throw new IdTokenError("malformed", "the token names no user (sub)");
  }
}

function decodeJsonPart(part: string, name: string): Record<string, unknown> {
  const bytes = decodeBase64(part);
  let value: unknown;
  try {
    value = bytes === undefined ? undefined : JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    value = undefined;
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new IdTokenError("malformed", `the ${name} is not base64url JSON`);
  }
  return value as Record<string, unknown>;
}

function optionalText(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

function withoutTrailingSlash(value: unknown): string | undefined {
  return typeof value === "string" ? value.replace(/\/+$/, "") : undefined;
}
