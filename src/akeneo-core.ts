import type { RawClient } from "../generated/endpoints.js";
import type { paths } from "../generated/schema.js";
import { type ClientOptions, createCoreClient } from "./core/client/index.js";
import { type Platform, WEB_PLATFORM } from "./core/platform/index.js";
import type { PageWalker } from "./resources/facade/page-walker.js";
import type { ResourceContext } from "./resources/facade/resource-context.js";

/**
 * What the facades are built on: the HTTP layer carrying auth, retries and limits, and the token
 * controls; hand it to a facade factory (`createProductsResource(core)`) so that a bundle keeps
 * only the facades it uses.
 */
export interface AkeneoCore extends ResourceContext {
  /** The normalized base URL. */
  readonly baseUrl: string;
  /**
   * The HTTP layer, with the same auth, retries and limits as the facades: what the functions of
   * `akeneo-pim-sdk/endpoints` take, and what `rawClientOf()` of `akeneo-pim-sdk/raw` hands over typed.
   */
  readonly raw: RawClient;
  /** Returns the current access token (after any renewal), or `undefined` before the first. */
  getToken(): string | undefined;
  /** Returns the current refresh token (after any rotation), or `undefined` when there is none. */
  getRefreshToken(): string | undefined;
  /**
   * Fetches a token now instead of on the first call.
   *
   * @throws {AuthenticationError} when the credentials are refused.
   */
  authenticate(): Promise<void>;
}

/**
 * Creates the core of a client of an Akeneo PIM, without any facade; nothing is sent until the
 * first call. A bundler keeps only the facades built on it, unlike `createAkeneoClient`, which
 * builds them all.
 *
 * @throws {InvalidOptionError} when an option is invalid (the field is named).
 * @example
 * const core = createAkeneoCore({
 *   baseUrl: "https://pim.example.com",
 *   auth: { type: "password", clientId, secret, username, password },
 * });
 * const products = createProductsResource(core);
 * const product = await products.get("shoe-42");
 */
export function createAkeneoCore(options: ClientOptions): AkeneoCore {
  return createAkeneoCoreOn(WEB_PLATFORM, options);
}

/**
 * Creates a core whose uploads from a path, `downloadTo` and default `fetch` come from
 * `platform`, and whose lists are walked by `pageWalker` when given: what each entry's
 * `createAkeneoCore` and `createAkeneoClient` call with its own.
 */
export function createAkeneoCoreOn(
  platform: Platform,
  options: ClientOptions,
  pageWalker?: PageWalker,
): AkeneoCore {
  const core = createCoreClient<paths>(options, platform);
  return Object.freeze({
    api: core.api,
    platform,
    pageWalker,
    maxNdjsonLineBytes: core.options.maxNdjsonLineBytes,
    redact: core.options.secrets.redact,
    baseUrl: core.baseUrl,
    raw: core.api,
    getToken: () => core.getToken(),
    getRefreshToken: () => core.getRefreshToken(),
    authenticate: () => core.authenticate(),
  });
}
