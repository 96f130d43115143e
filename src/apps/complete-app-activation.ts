import { readAppCallback } from "./app-callback.js";
import type { AppsHttpOptions } from "./app-http.js";
import type { AppScope } from "./app-scopes.js";
import { IdTokenError } from "./apps-errors.js";
import { type AppUser, verifyIdToken } from "./id-token.js";
import { fetchOpenIdPublicKey } from "./openid-public-key.js";
import { resolvePimUrl } from "./pim-url.js";
import { type AppToken, exchangeAppCode } from "./token-exchange.js";

/** What the App kept from its authorization request, plus the callback it received. */
export interface AppCallbackOptions extends AppsHttpOptions {
  /** The URL the PIM redirected the user to (a full URL or node:http's `req.url`). */
  callbackUrl: string | URL;
  /** The `state` sent with the authorization request. */
  expectedState: string;
  /** The PIM's URL the authorization request went to. */
  pimUrl: string;
  /** The App's client id. */
  clientId: string;
  /** The App's client secret. */
  clientSecret: string;
  /** The scopes the authorization request asked for. */
  requestedScopes: readonly AppScope[];
  /** Throws `ScopesNotGrantedError` when a requested scope was not granted. @default false */
  requireAllScopes?: boolean;
  /** The current time for the `id_token` checks, in ms since the epoch. @default Date.now() */
  nowMs?: number;
}

/** A connected App: its token and, with the `openid` scope, the user who connected it. */
export interface AppActivation {
  /** The App's access token and its granted scopes. */
  readonly token: AppToken;
  /** The PIM user, from the verified `id_token`; undefined when `openid` was not granted. */
  readonly user: AppUser | undefined;
}

/**
 * Completes an App's connection from the PIM's callback: checks `state`, exchanges the code,
 * compares the granted scopes and, with `openid`, verifies the `id_token` against the PIM's public
 * key and reads the user.
 *
 * @throws AppCallbackError, AppTokenExchangeError, ScopesNotGrantedError, IdTokenError,
 *   InvalidTokenAnswerError, InvalidArgumentError, ConnectionError or AbortedError.
 * @example
 * const { token, user } = await completeAppActivation({ callbackUrl: req.url, expectedState,
 *   pimUrl, clientId, clientSecret, requestedScopes });
 * const client = createAkeneoClient({ baseUrl: pimUrl, auth: { type: "app", token: token.accessToken } });
 */
export async function completeAppActivation(options: AppCallbackOptions): Promise<AppActivation> {
  const pimUrl = resolvePimUrl(options.pimUrl, "pimUrl");
  const { code } = readAppCallback(options.callbackUrl, options.expectedState);
  const token = await exchangeAppCode({ ...options, pimUrl, code });
  if (token.idToken === undefined) {
    if (token.scopes.granted.includes("openid")) {
      throw new IdTokenError("malformed", "openid was granted but the answer has no id_token");
    }
    return Object.freeze({ token, user: undefined });
  }
  const publicKey = await fetchOpenIdPublicKey(pimUrl, options);
  const user = await verifyIdToken(token.idToken, {
    publicKey,
    issuer: pimUrl,
    audience: options.clientId,
    ...(options.nowMs === undefined ? {} : { nowMs: options.nowMs }),
  });
  return Object.freeze({ token, user });
}
