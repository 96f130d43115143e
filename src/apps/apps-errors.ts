import { AkeneoError } from "../core/errors/index.js";
import type { AppScope } from "./app-scopes.js";

/** Why a callback request cannot go on to the token exchange. */
export type AppCallbackFailure = "state-mismatch" | "access-denied" | "missing-code";

/**
 * The PIM's redirect to the App's callback cannot be used: its `state` is not the one the App sent
 * (a forged or replayed redirect), the user refused the App (`error=…`), or no `code` came back.
 *
 * The message never quotes the state or the code.
 */
export class AppCallbackError extends AkeneoError {
  override name = "AppCallbackError";
  /** What was wrong with the callback. */
  readonly reason: AppCallbackFailure;
  /** The OAuth `error` the PIM sent (e.g. `access_denied`), when it sent one. */
  readonly oauthError: string | undefined;

  constructor(reason: AppCallbackFailure, oauthError?: string, description?: string) {
    super(describeCallbackFailure(reason, oauthError, description));
    this.reason = reason;
    this.oauthError = oauthError;
  }
}

function describeCallbackFailure(
  reason: AppCallbackFailure,
  oauthError: string | undefined,
  description: string | undefined,
): string {
  if (reason === "state-mismatch") {
    return "App callback refused: its state does not match the one sent to the PIM";
  }
  if (reason === "missing-code") return "App callback refused: it carries no authorization code";
  const detail = description ? `: ${description}` : "";
  return `App authorization refused by the PIM (${oauthError ?? "error"})${detail}`;
}

/** What the PIM's App token endpoint answered when it refused the exchange. */
export interface AppTokenExchangeFailure {
  /** HTTP status of the answer. */
  readonly status: number;
  /** The OAuth `error` code (`invalid_grant`, `invalid_client`…), "" when the body had none. */
  readonly oauthError: string;
  /** The PIM's `error_description`, with the code and challenge removed. */
  readonly description: string;
}

/** The PIM refused to exchange the authorization code for a token (used, expired or forged code). */
export class AppTokenExchangeError extends AkeneoError {
  override name = "AppTokenExchangeError";
  /** HTTP status of the answer. */
  readonly status: number;
  /** The OAuth `error` code, "" when the body had none. */
  readonly oauthError: string;
  /** The PIM's description of the refusal. */
  readonly description: string;

  constructor(failure: AppTokenExchangeFailure) {
    const detail = [failure.oauthError, failure.description].filter((part) => part !== "");
    super(
      `App token exchange refused: ${failure.status} POST /connect/apps/v1/oauth2/token${
        detail.length > 0 ? `: ${detail.join(": ")}` : ""
      }`,
    );
    this.status = failure.status;
    this.oauthError = failure.oauthError;
    this.description = failure.description;
  }
}

/** The PIM granted fewer scopes than the App requires (the user narrowed them, or an edition lacks them). */
export class ScopesNotGrantedError extends AkeneoError {
  override name = "ScopesNotGrantedError";
  /** The scopes the App asked for. */
  readonly requested: readonly AppScope[];
  /** The scopes the PIM granted. */
  readonly granted: readonly string[];
  /** Requested scopes that were not granted. */
  readonly missing: readonly AppScope[];

  constructor(comparison: {
    requested: readonly AppScope[];
    granted: readonly string[];
    missing: readonly AppScope[];
  }) {
    super(`Scopes not granted by the PIM: ${comparison.missing.join(" ")}`);
    this.requested = comparison.requested;
    this.granted = comparison.granted;
    this.missing = comparison.missing;
  }
}

/** Why an OpenID `id_token` was not accepted. */
export type IdTokenFailure =
  | "malformed"
  | "algorithm"
  | "signature"
  | "issuer"
  | "audience"
  | "expired"
  | "not-yet-valid"
  | "public-key";

/**
 * The OpenID `id_token` cannot be trusted: not a JWT, not RS256, a bad signature, another issuer or
 * audience, expired, or the PIM's public key is unusable. The message never quotes the token.
 */
export class IdTokenError extends AkeneoError {
  override name = "IdTokenError";
  /** What failed. */
  readonly reason: IdTokenFailure;

  constructor(reason: IdTokenFailure, message: string, options: { cause?: unknown } = {}) {
    super(`OpenID id_token refused (${reason}): ${message}`, options);
    this.reason = reason;
  }
}
