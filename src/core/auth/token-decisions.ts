import { isAkeneoApiError } from "../errors/index.js";
import type { ResolvedAuthOptions } from "./auth-options.js";
import type { TokenGrant } from "./token-endpoint.js";
import { isExpiring, type TokenPair } from "./token-pair.js";

// The decisions of the token cycler, as pure functions of what it knows: the cycler itself only
// keeps the state, takes the lock and sends the grants these steps choose.

/** The current pair as the cycler knows it, with the clock and the renewal margin. */
export interface TokenView {
  /** The pair in memory, if any. */
  pair: TokenPair | undefined;
  /** Whether the token store has been read since the client started. */
  storeChecked: boolean;
  /** Now, in ms since the epoch. */
  nowMs: number;
  /** How long before expiry a pair is renewed, in ms. */
  marginMs: number;
}

/**
 * Returns the access token a call can use without renewing, or `undefined` when a renewal must
 * come first (no pair, a store never read, a pair about to expire).
 */
export function usableAccessToken(view: TokenView): string | undefined {
  const { pair, storeChecked, nowMs, marginMs } = view;
  if (pair === undefined || !storeChecked || isExpiring(pair, nowMs, marginMs)) return undefined;
  return pair.accessToken;
}

/**
 * Returns the token a proactive renewal replaces: the expiring one, or `undefined` when the store
 * was never read (a pair stored by another process may still be good).
 */
export function expiringAccessToken(view: TokenView): string | undefined {
  return view.pair !== undefined && view.storeChecked ? view.pair.accessToken : undefined;
}

/**
 * Returns the pair to adopt instead of asking for a new one, if any: a stored pair that is not
 * the rejected token and not expiring, else (for a proactive renewal) the pair in memory when it
 * is still good.
 */
export function chooseAdoptedPair(
  stored: TokenPair | undefined,
  view: TokenView,
  rejected: string | undefined,
): TokenPair | undefined {
  const usable = (candidate: TokenPair | undefined): candidate is TokenPair =>
    candidate !== undefined &&
    candidate.accessToken !== rejected &&
    !isExpiring(candidate, view.nowMs, view.marginMs);
  if (usable(stored)) return stored;
  const base = stored ?? view.pair;
  return rejected === undefined && usable(base) ? base : undefined;
}

/** Returns the password grant of password mode, `undefined` in the other modes. */
export function passwordGrantOf(auth: ResolvedAuthOptions): TokenGrant | undefined {
  return auth.type === "password"
    ? { grant_type: "password", username: auth.username, password: auth.password }
    : undefined;
}

/**
 * Returns the first grant to send for a new pair: the refresh grant when `base` has a refresh
 * token, else the password grant, else `undefined` (nothing can renew the pair).
 */
export function chooseFirstGrant(
  base: TokenPair | undefined,
  passwordGrant: TokenGrant | undefined,
): TokenGrant | undefined {
  if (base?.refreshToken !== undefined) {
    return { grant_type: "refresh_token", refresh_token: base.refreshToken };
  }
  return passwordGrant;
}

/**
 * Tells whether a failed refresh grant should fall back to the password grant: in password mode,
 * when the server refused the grant. Akeneo answers 422; standard OAuth servers 400, and some
 * gateways 401 (RFC 6749 allows it for client authentication failures).
 */
export function fallsBackToPassword(
  failedGrant: TokenGrant,
  error: unknown,
  passwordGrant: TokenGrant | undefined,
): passwordGrant is TokenGrant {
  return (
    failedGrant.grant_type === "refresh_token" &&
    passwordGrant !== undefined &&
    isAkeneoApiError(error) &&
    (error.status === 422 || error.status === 400 || error.status === 401)
  );
}
