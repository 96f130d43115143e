import { AkeneoError } from "../errors/index.js";
import type { SdkLogger } from "../logging/index.js";
import type { KnownSecrets } from "../redact/index.js";
import type { Transport } from "../transport/index.js";
import type { ResolvedAuthOptions } from "./auth-options.js";
import type { CurrentBearer } from "./current-bearer.js";
import { isPlainHttpToRemoteHost } from "./plain-http-warning.js";
import { createSingleFlight } from "./single-flight.js";
import {
  chooseAdoptedPair,
  chooseFirstGrant,
  expiringAccessToken,
  fallsBackToPassword,
  passwordGrantOf,
  type TokenView,
  usableAccessToken,
} from "./token-decisions.js";
import { requestToken, type TokenGrant } from "./token-endpoint.js";
import type { TokenPair } from "./token-pair.js";
import type { TokenStore } from "./token-store.js";

/** What the token cycler needs. */
export interface TokenCyclerOptions {
  /** Resolved authentication mode and renewal settings. */
  auth: ResolvedAuthOptions;
  /** Base URL of the PIM, without a trailing slash. */
  baseUrl: string;
  /** Transport used for token requests (not wrapped by the auth middleware). */
  transport: Transport;
  /** Receives renewals (`info`), listener failures and the plain-http warning. */
  logger: SdkLogger;
  /** Time source for expiry. */
  now: () => number;
  /** Where the current access token is published for each attempt to read. */
  bearer?: CurrentBearer | undefined;
  /** The client's secret list: every pair obtained or adopted is added to it. */
  secrets?: KnownSecrets | undefined;
}

/** Keeps the current token pair and renews it: once at a time, ahead of expiry or after a 401. */
export interface TokenCycler {
  /** The authentication mode. */
  readonly mode: ResolvedAuthOptions["type"];
  /** The current pair, if one was obtained or given. */
  current(): TokenPair | undefined;
  /** Returns an access token valid for a while, fetching or renewing it first when needed. */
  ensureFresh(): Promise<string>;
  /**
   * Returns a token to replace one the server rejected with 401: the pair renewed meanwhile if
   * any, otherwise a renewal (refresh grant; in password mode a password grant if the refresh
   * token is dead).
   *
   * @throws {AuthenticationError} when renewal is impossible (app mode, dead refresh token in
   *   token mode, wrong credentials).
   */
  renewRejected(rejectedToken: string): Promise<string>;
}

// An app token is given once and never renewed.
function createAppTokenCycler(token: string, bearer: CurrentBearer | undefined): TokenCycler {
  const pair: TokenPair = { accessToken: token };
  bearer?.set(token);
  return {
    mode: "app",
    current: () => pair,
    ensureFresh: async () => token,
    renewRejected: async () => token,
  };
}

// Sends one grant to the token endpoint, warning once before a password crosses plain http.
function createGrantSender(
  options: TokenCyclerOptions,
  credentials: { clientId: string; secret: string },
): (body: TokenGrant) => Promise<TokenPair> {
  const { logger, now } = options;
  const endpoint = { ...options, ...credentials, redact: options.secrets?.redact };
  let warnedPlainHttp = false;
  return (body) => {
    if (
      body.grant_type === "password" &&
      !warnedPlainHttp &&
      isPlainHttpToRemoteHost(options.baseUrl)
    ) {
      warnedPlainHttp = true;
      logger.warn("Sending the API password over plain http to a remote host; use https");
    }
    logger.info(`Requesting a token (${body.grant_type} grant)`);
    return requestToken(body, endpoint, now);
  };
}

// A corrupt store would fail every call until fixed by hand: it is read as empty (one warning),
// so that the next pair obtained overwrites it.
function createStoreReader(
  store: TokenStore,
  logger: SdkLogger,
): () => Promise<TokenPair | undefined> {
  let warnedCorrupt = false;
  return async () => {
    try {
      return await store.load();
    } catch (error) {
      if (!(error instanceof Error) || error.name !== "CorruptTokenStoreError") throw error;
      if (!warnedCorrupt) {
        warnedCorrupt = true;
        logger.warn(`${error.message}; ignoring it and writing a new token pair`);
      }
      return undefined;
    }
  };
}

/** Creates the token cycler of one client. */
export function createTokenCycler(options: TokenCyclerOptions): TokenCycler {
  const { auth, logger, now } = options;
  if (auth.type === "app") return createAppTokenCycler(auth.token, options.bearer);
  const marginMs = auth.refreshMarginSeconds * 1000;
  const flight = createSingleFlight<TokenPair>();
  const remember = (next: TokenPair): TokenPair => {
    options.secrets?.rememberToken(next.refreshToken);
    options.secrets?.rememberToken(next.accessToken);
    return next;
  };
  let pair: TokenPair | undefined;
  const setPair = (next: TokenPair): void => {
    pair = next;
    options.bearer?.set(next.accessToken);
  };
  if (auth.type === "token") setPair({ accessToken: auth.token, refreshToken: auth.refreshToken });
  let storeChecked = false;
  const grant = createGrantSender(options, { clientId: auth.clientId, secret: auth.secret });

  const passwordGrant = passwordGrantOf(auth);
  const view = (): TokenView => ({ pair, storeChecked, nowMs: now(), marginMs });

  const obtainNewPair = async (base: TokenPair | undefined): Promise<TokenPair> => {
    const first = chooseFirstGrant(base, passwordGrant);
    if (first === undefined)
      throw new AkeneoError("No refresh token to renew the access token with");
    try {
      return await grant(first);
    } catch (error) {
      if (!fallsBackToPassword(first, error, passwordGrant)) throw error;
      logger.info("Refresh token refused; falling back to the password grant");
      return grant(passwordGrant);
    }
  };

  const publish = async (next: TokenPair): Promise<void> => {
    remember(next);
    await auth.tokenStore.save(next);
    setPair(next);
    try {
      await auth.onTokenChange?.(next);
    } catch (error) {
      logger.error(`onTokenChange failed: ${(error as Error).message}`);
    }
  };

  const loadStored = createStoreReader(auth.tokenStore, logger);

  // Runs under the store's lock: another process may have renewed while we waited for it.
  const settle = async (rejected: string | undefined): Promise<TokenPair> => {
    const stored = await loadStored();
    storeChecked = true;
    const adopted = chooseAdoptedPair(stored, view(), rejected);
    if (adopted) {
      setPair(remember(adopted));
      return adopted;
    }
    const next = await obtainNewPair(stored ?? pair);
    await publish(next);
    return next;
  };

  const renew = (rejected: string | undefined): Promise<TokenPair> =>
    flight.run(() => {
      const task = (): Promise<TokenPair> => settle(rejected);
      return auth.tokenStore.withLock ? auth.tokenStore.withLock(task) : task();
    });

  return {
    mode: auth.type,
    current: () => pair,
    async ensureFresh() {
      const current = view();
      return usableAccessToken(current) ?? (await renew(expiringAccessToken(current))).accessToken;
    },
    async renewRejected(rejectedToken) {
      if (pair !== undefined && pair.accessToken !== rejectedToken) return pair.accessToken;
      return (await renew(rejectedToken)).accessToken;
    },
  };
}
