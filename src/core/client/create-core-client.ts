import createClient, { type Client } from "openapi-fetch";
import {
  createAuthenticationLookup,
  createAuthMiddleware,
  createCurrentBearer,
  createTokenCycler,
  createTokenRequestCheck,
  refreshBearerOnAttempt,
} from "../auth/index.js";
import { serializeRequestBody } from "../body/serialize-request-body.js";
import type { SdkLogger } from "../logging/index.js";
import { serializePath } from "../paths/index.js";
import { type Platform, WEB_PLATFORM } from "../platform/index.js";
import {
  createTransport,
  ReplayableRequest,
  readLightRequestClass,
  type Transport,
} from "../transport/index.js";
import { createAnswerReadingMiddleware } from "./answer-reading-middleware.js";
import type { ClientOptions, ResolvedClientOptions } from "./client-options.js";
import { createRawLayer } from "./raw-layer.js";
import { resolveClientOptions } from "./resolve-client-options.js";

/** The authenticated, resilient client core on which the resource layer is built. */
export interface CoreClient<Paths extends {}> {
  /**
   * The typed openapi-fetch client: auth middleware, safe paths, body serializer and transport.
   * Its results also name the `request` sent and, after a refused token renewal, `renewalFailure`.
   */
  readonly api: Client<Paths>;
  /** The normalized base URL (no trailing slash, path prefix kept). */
  readonly baseUrl: string;
  /** The client's logger (level-filtered, redacting). */
  readonly logger: SdkLogger;
  /** The resolved options (`options.secrets.redact` is what `unwrap()` takes as `redact`). */
  readonly options: ResolvedClientOptions;
  /** The transport without authentication (retries, limits, timeout, logging). */
  readonly transport: Transport;
  /** Returns the current access token (after any renewal), or `undefined` before the first one. */
  getToken(): string | undefined;
  /** Returns the current refresh token (after any rotation), or `undefined` when there is none. */
  getRefreshToken(): string | undefined;
  /**
   * Fetches a token now instead of on the first call (or renews one about to expire).
   *
   * @throws {AuthenticationError} when the credentials are refused.
   */
  authenticate(): Promise<void>;
}

/**
 * Creates the client core: resolves the options, builds the transport and the token cycler,
 * and wires them into an openapi-fetch client.
 *
 * Nothing is sent until the first call (or `authenticate()`).
 *
 * @param platform What the runtime adds (the Node entry's default fetch); the web build's by default.
 * @throws {InvalidOptionError} when an option is invalid.
 * @example
 * const core = createCoreClient<paths>({
 *   baseUrl: "https://pim.example.com",
 *   auth: { type: "password", clientId, secret, username, password },
 * });
 * const { data } = await core.api.GET("/api/rest/v1/products/{code}", { params: { path: { code } } });
 */
export function createCoreClient<Paths extends {}>(
  options: ClientOptions,
  platform: Platform = WEB_PLATFORM,
): CoreClient<Paths> {
  const resolved = resolveClientOptions(options, platform);
  const bearer = createCurrentBearer();
  const transport = createTransport({
    ...resolved,
    prepareAttempt: (request) => refreshBearerOnAttempt(request, bearer),
    isPriority: createTokenRequestCheck(resolved.baseUrl),
  });
  const cycler = createTokenCycler({
    bearer,
    auth: resolved.auth,
    baseUrl: resolved.baseUrl,
    transport,
    logger: resolved.logger,
    now: () => resolved.clock.now(),
    secrets: resolved.secrets,
  });
  const fetchClient = createClient<Paths>({
    baseUrl: resolved.baseUrl,
    fetch: transport,
    Request: ReplayableRequest,
    pathSerializer: serializePath,
    bodySerializer: serializeRequestBody,
  });
  fetchClient.use(createAnswerReadingMiddleware());
  const authenticationOf = createAuthenticationLookup();
  const api = createRawLayer(
    fetchClient,
    (reportRenewalFailure) => createAuthMiddleware(cycler, authenticationOf, reportRenewalFailure),
    readLightRequestClass(resolved.fetch),
  );
  return Object.freeze({
    api,
    baseUrl: resolved.baseUrl,
    logger: resolved.logger,
    options: resolved,
    transport,
    getToken: () => cycler.current()?.accessToken,
    getRefreshToken: () => cycler.current()?.refreshToken,
    authenticate: async () => {
      await cycler.ensureFresh();
    },
  });
}
