import { getCurrency, listCurrencies } from "../../generated/endpoints.js";
import { buildReadableCodeResource, type ReadableCodeResource } from "./facade/code-resource.js";
import type { ResourceContext } from "./facade/resource-context.js";
import { pathOf } from "./operation-table.js";

const ENDPOINTS = { get: getCurrency, list: listCurrencies };

/** Currencies (`/api/rest/v1/currencies`), read only. */
export type CurrenciesResource = ReadableCodeResource<typeof ENDPOINTS>;

/** Creates the facade of currencies. */
export function createCurrenciesResource(context: ResourceContext): CurrenciesResource {
  return buildReadableCodeResource(context, ENDPOINTS, pathOf("currencies.listPerPage"));
}
