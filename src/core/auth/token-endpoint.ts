import { createApiError, InvalidTokenAnswerError } from "../errors/index.js";
import type { TextRedactor } from "../redact/index.js";
import type { Transport } from "../transport/index.js";
import { ReplayableRequest } from "../transport/index.js";
import { parseJsonOrText } from "../values/index.js";
import type { TokenPair } from "./token-pair.js";
import { isTokenText } from "./token-syntax.js";

/** Path of Akeneo's OAuth token endpoint, below the base URL. */
export const TOKEN_PATH = "/api/oauth/v1/token";

/** A grant sent to the token endpoint. */
export type TokenGrant =
  | { grant_type: "password"; username: string; password: string }
  | { grant_type: "refresh_token"; refresh_token: string };

/** Client credentials and where to send token requests. */
export interface TokenEndpointOptions {
  /** Base URL of the PIM, without a trailing slash. */
  baseUrl: string;
  /** OAuth client id of the connection. */
  clientId: string;
  /** OAuth client secret of the connection. */
  secret: string;
  /** The transport (retries, timeout, logging) without the auth middleware. */
  transport: Transport;
  /** Removes the client's own secrets by value from a refusal (servers echo credentials). */
  redact?: TextRedactor | undefined;
}

/** Encodes `clientId:secret` for a Basic `Authorization` header (UTF-8 safe). */
export function encodeBasicCredentials(clientId: string, secret: string): string {
  const bytes = new TextEncoder().encode(`${clientId}:${secret}`);
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function readTokenAnswer(answer: unknown, nowMs: number, url: string): TokenPair {
  const { access_token, refresh_token, expires_in } = (answer ?? {}) as Record<string, unknown>;
  if (typeof access_token !== "string" || access_token === "") {
    throw new InvalidTokenAnswerError(`The token endpoint ${url} answered without an access_token`);
  }
  // Refused whole: a pair with one unusable token would fail later, quoting it in a header error.
  if (!isTokenText(access_token)) {
    throw new InvalidTokenAnswerError(
      `The token endpoint ${url} answered an access_token that cannot be sent in a header`,
    );
  }
  if (refresh_token !== undefined && refresh_token !== null && !isTokenText(refresh_token)) {
    throw new InvalidTokenAnswerError(
      `The token endpoint ${url} answered a refresh_token that is not visible ASCII text`,
    );
  }
  const lifetimeS = typeof expires_in === "number" && expires_in > 0 ? expires_in : undefined;
  return {
    accessToken: access_token,
    refreshToken: isTokenText(refresh_token) ? refresh_token : undefined,
    issuedAt: lifetimeS === undefined ? undefined : nowMs,
    expiresAt: lifetimeS === undefined ? undefined : nowMs + lifetimeS * 1000,
  };
}

/**
 * Returns the check that tells whether a request is a token request of the client whose base URL
 * is given: the client hands it to the transport, because every call queued in the limiter waits
 * for that token, so it goes first.
 */
export function createTokenRequestCheck(baseUrl: string): (request: Request) => boolean {
  const tokenUrl = new URL(`${baseUrl}${TOKEN_PATH}`).href;
  return (request) => request.method === "POST" && request.url === tokenUrl;
}

/**
 * Sends one grant to `POST {baseUrl}/api/oauth/v1/token` (Basic client credentials, JSON body)
 * and returns the new pair.
 *
 * @throws {AuthenticationError} when the endpoint refuses the grant (4xx; 422 for a dead refresh
 *   token or wrong credentials), keeping the real status.
 * @throws {ServerError | RateLimitError} when the endpoint fails after the transport's retries.
 */
export async function requestToken(
  grant: TokenGrant,
  options: TokenEndpointOptions,
  nowMs: () => number,
): Promise<TokenPair> {
  const url = `${options.baseUrl}${TOKEN_PATH}`;
  const request = new ReplayableRequest(url, {
    method: "POST",
    headers: {
      Authorization: `Basic ${encodeBasicCredentials(options.clientId, options.secret)}`,
      "Content-Type": "application/json",
      Accept: "application/json",
    },
    body: JSON.stringify(grant),
  });
  const response = await options.transport(request);
  const body = parseJsonOrText(await response.text());
  if (response.status >= 200 && response.status <= 299) {
    return readTokenAnswer(body, nowMs(), url);
  }
  throw createApiError({
    status: response.status,
    body,
    headers: response.headers,
    request: { method: "POST", url },
    authentication: true,
    redact: options.redact,
  });
}
