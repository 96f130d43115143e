import { getCurrency, listCurrencies } from "../../generated/endpoints.js";
import { OFFSET_PAGING } from "./facade/list-methods.js";
import { buildGet, buildListMethods } from "./facade/method-builders.js";
import type {
  AllMethod,
  GetMethod,
  ListPerPageMethod,
  PagesMethod,
} from "./facade/method-types.js";
import type { ResourceContext } from "./facade/resource-context.js";

const CURRENCIES = "/api/rest/v1/currencies";

/** Currencies (`/api/rest/v1/currencies`), read only. */
export interface CurrenciesResource {
  /** Returns the currency with this code. */
  get: GetMethod<typeof getCurrency>;
  /** Returns one page of currencies. */
  listPerPage: ListPerPageMethod<typeof listCurrencies>;
  /** Iterates every currency, 100 per page by default. */
  all: AllMethod<typeof listCurrencies>;
  /** Iterates the pages of currencies. */
  pages: PagesMethod<typeof listCurrencies>;
}

/** Creates the facade of currencies. */
export function createCurrenciesResource(context: ResourceContext): CurrenciesResource {
  return {
    get: buildGet(context, getCurrency, ["code"]),
    ...buildListMethods(context, listCurrencies, CURRENCIES, [], OFFSET_PAGING),
  };
}
