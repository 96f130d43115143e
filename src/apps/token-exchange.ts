import { isTokenText } from "../core/auth/token-syntax.js";
import { InvalidArgumentError } from "../core/errors/akeneo-error.js";
import { InvalidTokenAnswerError } from "../core/errors/invalid-token-answer-error.js";
import { createKnownSecrets } from "../core/redact/known-secrets.js";
import { type AppsHttpOptions, sendAppsRequest } from "./app-http.js";
import {
  type AppScope,
  compareScopes,
  parseScopeList,
  type ScopeComparison,
} from "./app-scopes.js";
import { AppTokenExchangeError, ScopesNotGrantedError } from "./apps-errors.js";
import { createCodeChallenge, createCodeIdentifier } from "./code-challenge.js";
import { resolvePimUrl } from "./pim-url.js";

/** Where an App exchanges its authorization code for a token. */
export const APP_TOKEN_PATH = "/connect/apps/v1/oauth2/token";

const MAX_DESCRIPTION_CHARS = 200;

/** What the token exchange needs. */
export interface AppCodeExchangeOptions extends AppsHttpOptions {
  /** The PIM's URL (the one the authorization request went to). */
  pimUrl: string;
  /** The App's client id. */
  clientId: string;
  /** The App's client secret: only its hash with a fresh code identifier is sent. */
  clientSecret: string;
  /** The authorization code the callback received. */
  code: string;
  /** The scopes the App asked for, to compare with the granted ones. @default [] */
  requestedScopes?: readonly AppScope[];
  /** Throws `ScopesNotGrantedError` when a requested scope was not granted. @default false */
  requireAllScopes?: boolean;
}

/** The App's token, as the PIM granted it. */
export interface AppToken {
  /** The access token: send it as `{ type: "app", token }`; it does not expire. */
  readonly accessToken: string;
  /** Always `"bearer"`. */
  readonly tokenType: "bearer";
  /** Requested against granted scopes; `scopes.missing` lists what the PIM did not grant. */
  readonly scopes: ScopeComparison;
  /** The OpenID `id_token` (a JWT) when `openid` was granted; verify it with `verifyIdToken`. */
  readonly idToken: string | undefined;
}

/**
 * Exchanges an authorization code for the App's access token, proving the App's identity with a
 * fresh `code_identifier` and its `code_challenge` (the client secret itself is never sent).
 *
 * @throws InvalidArgumentError for a bad PIM URL or an empty field (nothing is sent),
 *   AppTokenExchangeError when the PIM refuses (used, expired or unknown code, wrong challenge),
 *   InvalidTokenAnswerError for an answer without a usable token, ScopesNotGrantedError with
 *   `requireAllScopes`, ConnectionError or AbortedError when no answer came.
 */
export async function exchangeAppCode(options: AppCodeExchangeOptions): Promise<AppToken> {
  const pimUrl = resolvePimUrl(options.pimUrl, "pimUrl");
  for (const field of ["clientId", "clientSecret", "code"] as const) {
    if (typeof options[field] !== "string" || options[field] === "") {
      throw new InvalidArgumentError(`${field} must be a non-empty string`);
    }
  }
  const codeIdentifier = createCodeIdentifier();
  const codeChallenge = await createCodeChallenge(codeIdentifier, options.clientSecret);
  const url = `${pimUrl}${APP_TOKEN_PATH}`;
  const answer = await sendAppsRequest(
    url,
    {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", accept: "application/json" },
      body: new URLSearchParams({
        grant_type: "authorization_code",
        client_id: options.clientId,
        code: options.code,
        code_identifier: codeIdentifier,
        code_challenge: codeChallenge,
      }).toString(),
    },
    options,
  );
  const secrets = createKnownSecrets([options.code, options.clientSecret, codeChallenge]);
  if (answer.status < 200 || answer.status > 299) {
    throw refusal(answer.status, answer.json, (text) => secrets.redact(text));
  }
  const token = readTokenAnswer(answer.json);
  const scopes = compareScopes(options.requestedScopes ?? [], token.granted);
  if (options.requireAllScopes === true && scopes.missing.length > 0) {
    throw new ScopesNotGrantedError(scopes);
  }
  return Object.freeze({
    accessToken: token.accessToken,
    tokenType: "bearer",
    scopes,
    idToken: token.idToken,
  });
}

function refusal(
  status: number,
  body: unknown,
  redact: (text: string) => string,
): AppTokenExchangeError {
  const fields = isRecord(body) ? body : {};
  const text = (value: unknown): string =>
    typeof value === "string"
      ? redact(value.replace(/\p{Cc}+/gu, " ")).slice(0, MAX_DESCRIPTION_CHARS)
      : "";
  return new AppTokenExchangeError({
    status,
    oauthError: text(fields.error).slice(0, 64),
    description: text(fields.error_description ?? fields.message),
  });
}

function readTokenAnswer(body: unknown): {
  accessToken: string;
  granted: string[];
  idToken: string | undefined;
} {
  const where = `The App token endpoint ${APP_TOKEN_PATH}`;
  if (!isRecord(body)) throw new InvalidTokenAnswerError(`${where} answered no JSON object`);
  if (!isTokenText(body.access_token)) {
    throw new InvalidTokenAnswerError(`${where} answered no usable access_token`);
  }
  const tokenType = body.token_type;
  if (typeof tokenType === "string" && tokenType.toLowerCase() !== "bearer") {
    throw new InvalidTokenAnswerError(`${where} answered a token_type other than bearer`);
  }
  if (body.id_token !== undefined && body.id_token !== null && !isTokenText(body.id_token)) {
    throw new InvalidTokenAnswerError(`${where} answered an id_token that is not a JWT`);
  }
  return {
    accessToken: body.access_token,
    granted: typeof body.scope === "string" ? parseScopeList(body.scope) : [],
    idToken: typeof body.id_token === "string" ? body.id_token : undefined,
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
