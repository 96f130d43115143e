// The `akeneo-pim-sdk/raw` entry: the HTTP layer typed by openapi-fetch. Kept out of the other
// entries because type-checking openapi-fetch's declarations costs more than the rest of the SDK.

import type { Client } from "openapi-fetch";
import type { RawClient } from "../../generated/endpoints.js";
import type { paths } from "../../generated/schema.js";
import { InvalidArgumentError } from "../index.js";

/** The openapi-fetch client typed by Akeneo's paths: `raw.GET("/api/rest/v1/products/{code}", …)`. */
export type AkeneoFetchClient = Client<paths>;

/** What `rawClientOf` accepts: an `AkeneoClient`, or anything else carrying its `raw` layer. */
export interface RawClientCarrier {
  /** The client's HTTP layer. */
  readonly raw: RawClient;
}

/**
 * Returns a client's HTTP layer as the typed openapi-fetch client, with the same auth, retries and
 * limits as the facades.
 *
 * @throws {InvalidArgumentError} when `client` carries no `raw` layer.
 * @example
 * const { data } = await rawClientOf(client).GET("/api/rest/v1/families/{code}", {
 *   params: { path: { code: "shoes" } },
 * });
 */
export function rawClientOf(client: RawClientCarrier): AkeneoFetchClient {
  const raw: unknown = (client as { raw?: unknown } | null | undefined)?.raw;
  if (typeof raw !== "object" || raw === null || typeof (raw as RawClient).GET !== "function") {
    throw new InvalidArgumentError(
      "Invalid client: expected an AkeneoClient from createAkeneoClient, carrying its raw layer",
    );
  }
  return raw as AkeneoFetchClient;
}
