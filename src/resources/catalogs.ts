import type { CallOptions } from "../core/client/index.js";
import type { BodyOf, DataOf, UndocumentedJson } from "./facade/endpoint-types.js";
import { buildAction, buildDelete, buildGet, buildListMethods } from "./facade/method-builders.js";
import type {
  AllMethod,
  DeleteMethod,
  GetMethod,
  ListPerPageMethod,
  PagesMethod,
} from "./facade/method-types.js";
import type { ResourceContext } from "./facade/resource-context.js";
import {
  type EndpointOf,
  endpointOf,
  pagingOf,
  pathOf,
  pathParametersOf,
} from "./operation-table.js";

type Id = [catalogId: string];
type Model = [catalogId: string, modelCode: string];

/** The paginated list methods of one catalog list, taking the catalog id (and more) first. */
export interface CatalogListMethods<F, C extends readonly string[]> {
  /** Returns one page. */
  listPerPage: ListPerPageMethod<F, C>;
  /** Iterates every item (search_after), 100 per page by default. */
  all: AllMethod<F, C>;
  /** Iterates the pages (search_after). */
  pages: PagesMethod<F, C>;
}

/** Catalogs of an App (`/api/rest/v1/catalogs`, SaaS, app token). */
export interface CatalogsResource {
  /** Returns the catalog with this id. */
  get: GetMethod<EndpointOf<"catalogs.get">, Id>;
  /** Returns one page of the App's catalogs. */
  listPerPage: ListPerPageMethod<EndpointOf<"catalogs.listPerPage">>;
  /** Iterates every catalog of the App. */
  all: AllMethod<EndpointOf<"catalogs.listPerPage">>;
  /** Iterates the pages of the App's catalogs. */
  pages: PagesMethod<EndpointOf<"catalogs.listPerPage">>;
  /** Creates a catalog and returns it (with its id). */
  create: (
    catalog: BodyOf<EndpointOf<"catalogs.create">>,
    call?: CallOptions,
  ) => Promise<DataOf<EndpointOf<"catalogs.create">>>;
  /** Updates the catalog with this id and returns it. */
  upsert: (
    catalogId: string,
    catalog: BodyOf<EndpointOf<"catalogs.upsert">>,
    call?: CallOptions,
  ) => Promise<DataOf<EndpointOf<"catalogs.upsert">>>;
  /** Duplicates the catalog with this id and returns the copy. */
  duplicate: (
    catalogId: string,
    body?: BodyOf<EndpointOf<"catalogs.duplicate">>,
    call?: CallOptions,
  ) => Promise<DataOf<EndpointOf<"catalogs.duplicate">>>;
  /** Deletes the catalog with this id. */
  delete: DeleteMethod<Id>;
}

/** Products of an App catalog: their uuids, their raw data, one product. */
export interface CatalogProductsResource
  extends CatalogListMethods<EndpointOf<"catalogProducts.listPerPage">, Id> {
  /** Returns one product of the catalog. */
  get: (catalogId: string, uuid: string, call?: CallOptions) => Promise<UndocumentedJson>;
  /** The uuids of the catalog's products. */
  uuids: CatalogListMethods<EndpointOf<"catalogProducts.uuids.listPerPage">, Id>;
}

/** Products, models and variants of an App catalog, shaped by the catalog's mapping. */
export interface CatalogMappedResource {
  /** Mapped products of the catalog. */
  products: CatalogListMethods<EndpointOf<"catalogMapped.products.listPerPage">, Id>;
  /** Mapped product models of the catalog. */
  models: CatalogListMethods<EndpointOf<"catalogMapped.models.listPerPage">, Id>;
  /** Mapped variants of one product model of the catalog. */
  variants: CatalogListMethods<EndpointOf<"catalogMapped.variants.listPerPage">, Model>;
}

/** The product mapping schema of an App catalog. */
export interface CatalogMappingSchemasResource {
  /** Returns the catalog's product mapping schema. */
  get: GetMethod<EndpointOf<"catalogMappingSchemas.get">, Id>;
  /** Replaces the catalog's product mapping schema. */
  replace: (
    catalogId: string,
    schema: BodyOf<EndpointOf<"catalogMappingSchemas.replace">>,
    call?: CallOptions,
  ) => Promise<void>;
  /** Deletes the catalog's product mapping schema. */
  delete: DeleteMethod<Id>;
}

/** Creates the facade of App catalogs. */
export function createCatalogsResource(context: ResourceContext): CatalogsResource {
  return {
    get: buildGet(context, endpointOf("catalogs.get"), pathParametersOf("catalogs.get")),
    ...buildListMethods(
      context,
      endpointOf("catalogs.listPerPage"),
      pathOf("catalogs.listPerPage"),
      pathParametersOf("catalogs.listPerPage"),
      pagingOf("catalogs.listPerPage"),
    ),
    create: buildAction(
      context,
      endpointOf("catalogs.create"),
      pathParametersOf("catalogs.create"),
      true,
    ),
    upsert: buildAction(
      context,
      endpointOf("catalogs.upsert"),
      pathParametersOf("catalogs.upsert"),
      true,
    ),
    duplicate: buildAction(
      context,
      endpointOf("catalogs.duplicate"),
      pathParametersOf("catalogs.duplicate"),
      false,
    ),
    delete: buildDelete(
      context,
      endpointOf("catalogs.delete"),
      pathParametersOf("catalogs.delete"),
    ),
  };
}

/** Creates the facade of App catalog products. */
export function createCatalogProductsResource(context: ResourceContext): CatalogProductsResource {
  const list = (
    endpoint: Parameters<typeof buildListMethods>[1],
    method: "catalogProducts.listPerPage" | "catalogProducts.uuids.listPerPage",
  ) =>
    buildListMethods(context, endpoint, pathOf(method), pathParametersOf(method), pagingOf(method));
  return {
    ...(list(
      endpointOf("catalogProducts.listPerPage"),
      "catalogProducts.listPerPage",
    ) as CatalogListMethods<EndpointOf<"catalogProducts.listPerPage">, Id>),
    // The description documents no body for this answer; the server sends the product's JSON.
    get: buildGet(
      context,
      endpointOf("catalogProducts.get"),
      pathParametersOf("catalogProducts.get"),
    ),
    uuids: list(
      endpointOf("catalogProducts.uuids.listPerPage"),
      "catalogProducts.uuids.listPerPage",
    ) as CatalogListMethods<EndpointOf<"catalogProducts.uuids.listPerPage">, Id>,
  };
}

/** Creates the facade of App catalog mapped products, models and variants. */
export function createCatalogMappedResource(context: ResourceContext): CatalogMappedResource {
  return {
    products: buildListMethods(
      context,
      endpointOf("catalogMapped.products.listPerPage"),
      pathOf("catalogMapped.products.listPerPage"),
      pathParametersOf("catalogMapped.products.listPerPage"),
      pagingOf("catalogMapped.products.listPerPage"),
    ),
    models: buildListMethods(
      context,
      endpointOf("catalogMapped.models.listPerPage"),
      pathOf("catalogMapped.models.listPerPage"),
      pathParametersOf("catalogMapped.models.listPerPage"),
      pagingOf("catalogMapped.models.listPerPage"),
    ),
    variants: buildListMethods(
      context,
      endpointOf("catalogMapped.variants.listPerPage"),
      pathOf("catalogMapped.variants.listPerPage"),
      pathParametersOf("catalogMapped.variants.listPerPage"),
      pagingOf("catalogMapped.variants.listPerPage"),
    ),
  };
}

/** Creates the facade of App catalog mapping schemas. */
export function createCatalogMappingSchemasResource(
  context: ResourceContext,
): CatalogMappingSchemasResource {
  return {
    get: buildGet(
      context,
      endpointOf("catalogMappingSchemas.get"),
      pathParametersOf("catalogMappingSchemas.get"),
    ),
    replace: buildAction(
      context,
      endpointOf("catalogMappingSchemas.replace"),
      pathParametersOf("catalogMappingSchemas.replace"),
      true,
    ),
    delete: buildDelete(
      context,
      endpointOf("catalogMappingSchemas.delete"),
      pathParametersOf("catalogMappingSchemas.delete"),
    ),
  };
}
