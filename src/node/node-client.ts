import { type AkeneoClient, createAkeneoClientOn } from "../akeneo-client.js";
import { type AkeneoCore, createAkeneoCoreOn } from "../akeneo-core.js";
import type { ProductCatalog, UntypedCatalog } from "../catalog/product-catalog.js";
import { AkeneoPimClientBuilder as WebClientBuilder } from "../client-builder.js";
import type { ClientOptions } from "../core/client/index.js";
import { readPagesBeforeParse } from "../resources/facade/page-walker.js";
import { NODE_PLATFORM } from "./node-platform.js";

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
  return createAkeneoClientOn<C>(NODE_PLATFORM, options, readPagesBeforeParse);
}

/**
 * Creates the core of a client of an Akeneo PIM, without any facade, with Node's platform behind
 * uploads from a path and `downloadTo`; nothing is sent until the first call.
 *
 * @throws {InvalidOptionError} when an option is invalid (the field is named).
 * @example
 * const core = createAkeneoCore({
 *   baseUrl: "https://pim.example.com",
 *   auth: { type: "password", clientId, secret, username, password },
 * });
 * const product = await createProductsResource(core).get("shoe-42");
 */
export function createAkeneoCore(options: ClientOptions): AkeneoCore {
  return createAkeneoCoreOn(NODE_PLATFORM, options, readPagesBeforeParse);
}

/**
 * Builds clients the way Akeneo's PHP client does, so its documented examples translate line by
 * line. Building is synchronous and sends nothing.
 */
export class AkeneoPimClientBuilder extends WebClientBuilder {
  /** Creates the client with Node's platform (uploads from a path, `downloadTo`). */
  protected override createClient(options: ClientOptions): AkeneoClient {
    return createAkeneoClient(options);
  }
}
