import { buildReadableCodeResource, type ReadableCodeResource } from "./facade/code-resource.js";
import type { ResourceContext } from "./facade/resource-context.js";
import type { EndpointsOf } from "./operation-table.js";

const METHODS = { get: "currencies.get", list: "currencies.listPerPage" } as const;

/** Currencies (`/api/rest/v1/currencies`), read only. */
export type CurrenciesResource = ReadableCodeResource<EndpointsOf<typeof METHODS>>;

/** Creates the facade of currencies. */
export function createCurrenciesResource(context: ResourceContext): CurrenciesResource {
  return buildReadableCodeResource(context, METHODS);
}
