import { getLocale, listLocales } from "../../generated/endpoints.js";
import { OFFSET_PAGING } from "./facade/list-methods.js";
import { buildGet, buildListMethods } from "./facade/method-builders.js";
import type {
  AllMethod,
  GetMethod,
  ListPerPageMethod,
  PagesMethod,
} from "./facade/method-types.js";
import type { ResourceContext } from "./facade/resource-context.js";

const LOCALES = "/api/rest/v1/locales";

/** Locales (`/api/rest/v1/locales`), read only. */
export interface LocalesResource {
  /** Returns the locale with this code. */
  get: GetMethod<typeof getLocale>;
  /** Returns one page of locales. */
  listPerPage: ListPerPageMethod<typeof listLocales>;
  /** Iterates every locale, 100 per page by default. */
  all: AllMethod<typeof listLocales>;
  /** Iterates the pages of locales. */
  pages: PagesMethod<typeof listLocales>;
}

/** Creates the facade of locales. */
export function createLocalesResource(context: ResourceContext): LocalesResource {
  return {
    get: buildGet(context, getLocale, ["code"]),
    ...buildListMethods(context, listLocales, LOCALES, [], OFFSET_PAGING),
  };
}
