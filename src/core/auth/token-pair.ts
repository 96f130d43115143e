import { isTokenText } from "./token-syntax.js";

/** An access token with what is needed to renew it; what token stores keep. */
export interface TokenPair {
  /** The Bearer token sent with every call. */
  accessToken: string;
  /** The token that buys the next pair (absent for app tokens). Akeneo rotates it on each use. */
  refreshToken?: string | undefined;
  /** When the access token expires, in ms since the epoch (absent when unknown). */
  expiresAt?: number | undefined;
  /** When the access token was issued, in ms since the epoch (absent when unknown). */
  issuedAt?: number | undefined;
}

/**
 * Tells whether a pair should be renewed now: it expires within the margin.
 *
 * The margin never exceeds half the token's known lifetime, so short-lived tokens are not renewed
 * on every call. A pair without `expiresAt` is renewed only when the server rejects it.
 */
export function isExpiring(pair: TokenPair, nowMs: number, marginMs: number): boolean {
  if (pair.expiresAt === undefined) return false;
  const lifetimeMs =
    pair.issuedAt === undefined ? Number.POSITIVE_INFINITY : pair.expiresAt - pair.issuedAt;
  return nowMs >= pair.expiresAt - Math.min(marginMs, lifetimeMs / 2);
}

/** Tells whether a value read from a store has the shape of a token pair, with sendable tokens. */
export function isTokenPair(value: unknown): value is TokenPair {
  if (typeof value !== "object" || value === null) return false;
  const { accessToken, refreshToken, expiresAt, issuedAt } = value as Record<string, unknown>;
  return (
    isTokenText(accessToken) &&
    (refreshToken === undefined || isTokenText(refreshToken)) &&
    (expiresAt === undefined || typeof expiresAt === "number") &&
    (issuedAt === undefined || typeof issuedAt === "number")
  );
}
