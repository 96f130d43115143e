import { InvalidArgumentError } from "../core/errors/index.js";
import { type AppScope, isAppScope } from "./app-scopes.js";
import { createAppState } from "./app-state.js";
import { resolvePimUrl } from "./pim-url.js";

/** Where the PIM asks its user to grant an App's scopes. */
export const APP_AUTHORIZE_PATH = "/connect/apps/v1/authorize";

/** What an App needs to send its user to the PIM's consent screen. */
export interface AuthorizationRequestOptions {
  /** The PIM's URL, as the activation request's `pim_url` gave it. */
  pimUrl: string;
  /** The App's client id. */
  clientId: string;
  /** The scopes the App asks for (authorization and authentication scopes). */
  scopes: readonly AppScope[];
  /** The `state` to send; a fresh random one when absent. */
  state?: string;
}

/** The redirect to send the user to, and what to keep for the callback. */
export interface AuthorizationRequest {
  /** The PIM's authorize URL with `response_type`, `client_id`, `scope` and `state`. */
  readonly url: string;
  /** The `state` sent: keep it (in the user's session) and check it on the callback. */
  readonly state: string;
  /** The PIM's URL, checked and without a trailing slash: keep it for the token exchange. */
  readonly pimUrl: string;
  /** The scopes asked for, without repeats: keep them to compare with the granted ones. */
  readonly scopes: readonly AppScope[];
}

/**
 * Builds the authorize URL an App redirects its user to after an activation request.
 *
 * @throws InvalidArgumentError when the PIM URL is not a plain http(s) URL, the client id is empty
 *   or a scope is unknown; nothing is built then.
 * @example
 * const request = createAuthorizationRequest({ pimUrl, clientId, scopes: ["read_products", "openid"] });
 * session.state = request.state; // then redirect to request.url
 */
export function createAuthorizationRequest(
  options: AuthorizationRequestOptions,
): AuthorizationRequest {
  const pimUrl = resolvePimUrl(options.pimUrl, "pimUrl");
  const clientId = requireText(options.clientId, "clientId");
  const scopes = checkScopes(options.scopes);
  const state =
    options.state === undefined ? createAppState() : requireText(options.state, "state");
  const query = new URLSearchParams({
    response_type: "code",
    client_id: clientId,
    scope: scopes.join(" "),
    state,
  });
  return Object.freeze({ url: `${pimUrl}${APP_AUTHORIZE_PATH}?${query}`, state, pimUrl, scopes });
}

/**
 * Reads the PIM URL from an App's activation request (`?pim_url=…`).
 *
 * @throws InvalidArgumentError when `pim_url` is missing or not a plain http(s) URL.
 */
export function readActivationRequest(requestUrl: string | URL): { readonly pimUrl: string } {
  const url = parseRequestUrl(requestUrl);
  return { pimUrl: resolvePimUrl(url.searchParams.get("pim_url") ?? "", "pim_url") };
}

/** Parses an incoming request URL; a bare path (as node:http gives it) is read against a dummy origin. */
export function parseRequestUrl(requestUrl: string | URL): URL {
  try {
    return new URL(requestUrl, "http://app.invalid");
  } catch (cause) {
    throw new InvalidArgumentError("requestUrl is not a URL", { cause });
  }
}

function checkScopes(scopes: unknown): AppScope[] {
  if (!Array.isArray(scopes) || scopes.length === 0) {
    throw new InvalidArgumentError("scopes must be a non-empty array of App scopes");
  }
  for (const [index, scope] of scopes.entries()) {
    if (!isAppScope(scope)) {
      const shown = typeof scope === "string" ? JSON.stringify(scope.slice(0, 64)) : typeof scope;
      throw new InvalidArgumentError(`scopes[${index}] is not an App scope: ${shown}`);
    }
  }
  return [...new Set(scopes as AppScope[])];
}

function requireText(value: unknown, field: string): string {
  if (typeof value !== "string" || value === "") {
    throw new InvalidArgumentError(`${field} must be a non-empty string`);
  }
  return value;
}
