import { CURRENCIES_GET, CURRENCIES_LIST_PER_PAGE } from "../../generated/facade-operations.js";
import { buildReadableCodeResource, type ReadableCodeResource } from "./facade/code-resource.js";
import type { ResourceContext } from "./facade/resource-context.js";
import type { EndpointsOf } from "./operation-table.js";

const METHODS = { get: CURRENCIES_GET, list: CURRENCIES_LIST_PER_PAGE } as const;

/** Currencies (`/api/rest/v1/currencies`), read only. */
export type CurrenciesResource = ReadableCodeResource<EndpointsOf<typeof METHODS>>;

/** Creates the facade of currencies. */
export function createCurrenciesResource(context: ResourceContext): CurrenciesResource {
  return buildReadableCodeResource(context, METHODS);
}
