import type { JsonObject } from "../json-types.js";
import type { ListStyle } from "../listing/list-request.js";
import type { SearchSchema } from "../listing/search-filter.js";
import type { Catalog } from "../store/catalog.js";
import type { CollectionAccess } from "../store/collection-access.js";
import type { ResourceWriter } from "../writes/resource-writer.js";

/** Describes one collection of the API; the generic endpoints are built from it. */
export interface CollectionSpec {
  /** Stem of the route names (`pim_api_<stem>_list`, …). */
  readonly stem: string;
  /** Template of the collection URL, e.g. `/api/rest/v1/families/{family_code}/variants`. */
  readonly path: string;
  /** Name of the item parameter; a trailing `+` lets keys keep literal slashes. */
  readonly itemParam: string;
  /** Opens the collection for these route parameters; undefined when the parent is missing. */
  readonly access: (
    catalog: Catalog,
    params: Readonly<Record<string, string>>,
  ) => CollectionAccess | undefined;
  /** The 404 message for a missing parent. */
  readonly parentMissing?: (params: Readonly<Record<string, string>>) => string;
  /** The 404 message for a missing item. */
  readonly notFound: (key: string) => string;
  /** The key URLs use for a stored record. */
  readonly keyOf: (record: JsonObject) => string;
  readonly list?: ListStyle;
  readonly search?: (catalog: Catalog) => SearchSchema;
  /** Lists answer only the values that `attributes`, `scope` and `locales` ask for. */
  readonly filtersValues?: boolean;
  /** Offset pages are capped (products, product models). */
  readonly capOffsetPages?: boolean;
  readonly writer?: ResourceWriter;
  readonly create?: boolean;
  readonly upsert?: boolean;
  readonly bulk?: "ndjson" | "json-array";
  readonly remove?: boolean;
  /** Turns a stored record into the answer (the two product views differ). */
  readonly render?: (record: JsonObject, catalog: Catalog) => JsonObject;
}
