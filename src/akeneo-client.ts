import type * as endpointFunctions from "../generated/endpoints.js";
import type { RawClient } from "../generated/endpoints.js";
import { ENDPOINT_FACTS } from "../generated/runtime-facts.js";
import { createAkeneoCoreOn } from "./akeneo-core.js";
import type {
  ProductCatalog,
  ProductsResourceOf,
  UntypedCatalog,
} from "./catalog/product-catalog.js";
import type { ClientOptions } from "./core/client/index.js";
import { type Platform, WEB_PLATFORM } from "./core/platform/index.js";
import { type AkeneoResources, createResources } from "./resources/create-resources.js";
import type { PageWalker } from "./resources/facade/page-walker.js";
import { createPhpAccessors, type PhpAccessors } from "./resources/php-accessors.js";

type EndpointModule = typeof endpointFunctions;

/** Every generated endpoint function, bound to the client: `client.endpoints.getProduct(init)`. */
export type BoundEndpoints = {
  readonly [Name in keyof EndpointModule]: EndpointModule[Name] extends (
    client: RawClient,
    ...rest: infer Rest
  ) => infer Result
    ? (...rest: Rest) => Result
    : never;
};

/**
 * A client of one Akeneo PIM: every facade, the PHP accessors, and the typed raw layer; with a
 * catalog type (from `akeneo-pim typegen`), products are typed by family.
 */
export interface AkeneoClient<C extends ProductCatalog = UntypedCatalog>
  extends Omit<AkeneoResources, "products">,
    PhpAccessors {
  /** Products addressed by identifier; typed by family when the client has a catalog type. */
  readonly products: ProductsResourceOf<C>;
  /** The normalized base URL. */
  readonly baseUrl: string;
  /**
   * The HTTP layer, with the same auth, retries and limits as the facades: what the functions of
   * `akeneo-pim-sdk/endpoints` take, and what `rawClientOf()` of `akeneo-pim-sdk/raw` hands over typed.
   */
  readonly raw: RawClient;
  /** Every generated endpoint function, bound to this client. */
  readonly endpoints: BoundEndpoints;
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
 * Creates a client of an Akeneo PIM; nothing is sent until the first call.
 *
 * @throws {InvalidOptionError} when an option is invalid (the field is named).
 * @example
 * const client = createAkeneoClient({
 *   baseUrl: "https://pim.example.com",
 *   auth: { type: "password", clientId, secret, username, password },
 * });
 * const product = await client.products.get("shoe-42");
 */
export function createAkeneoClient<C extends ProductCatalog = UntypedCatalog>(
  options: ClientOptions,
): AkeneoClient<C> {
  return createAkeneoClientOn<C>(WEB_PLATFORM, options);
}

/**
 * Creates a client whose uploads from a path, `downloadTo` and default `fetch` come from
 * `platform`, and whose lists are walked by `pageWalker` when given: what each entry's
 * `createAkeneoClient` calls with its own.
 */
export function createAkeneoClientOn<C extends ProductCatalog = UntypedCatalog>(
  platform: Platform,
  options: ClientOptions,
  pageWalker?: PageWalker,
): AkeneoClient<C> {
  const core = createAkeneoCoreOn(platform, options, pageWalker);
  const resources = createResources(core);
  // The catalog type only narrows what the same facade returns: one object serves every C.
  return Object.freeze({
    ...resources,
    ...createPhpAccessors(resources),
    baseUrl: core.baseUrl,
    raw: core.raw,
    endpoints: bindEndpoints(core.raw),
    getToken: core.getToken,
    getRefreshToken: core.getRefreshToken,
    authenticate: core.authenticate,
  }) as AkeneoClient as unknown as AkeneoClient<C>;
}

function bindEndpoints(api: RawClient): BoundEndpoints {
  const bound: Record<string, unknown> = {};
  for (const { name, endpoint } of ENDPOINT_FACTS) {
    bound[name] = (...rest: unknown[]) =>
      (endpoint as (...args: unknown[]) => unknown)(api, ...rest);
  }
  return Object.freeze(bound) as BoundEndpoints;
}
