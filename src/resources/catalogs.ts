import {
  CATALOG_MAPPED_MODELS_LIST_PER_PAGE,
  CATALOG_MAPPED_PRODUCTS_LIST_PER_PAGE,
  CATALOG_MAPPED_VARIANTS_LIST_PER_PAGE,
  CATALOG_MAPPING_SCHEMAS_DELETE,
  CATALOG_MAPPING_SCHEMAS_GET,
  CATALOG_MAPPING_SCHEMAS_REPLACE,
  CATALOG_PRODUCTS_GET,
  CATALOG_PRODUCTS_LIST_PER_PAGE,
  CATALOG_PRODUCTS_UUIDS_LIST_PER_PAGE,
  CATALOGS_CREATE,
  CATALOGS_DELETE,
  CATALOGS_DUPLICATE,
  CATALOGS_GET,
  CATALOGS_LIST_PER_PAGE,
  CATALOGS_UPSERT,
} from "../../generated/facade-operations.js";
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
import type { EndpointOf } from "./operation-table.js";

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
  get: GetMethod<EndpointOf<typeof CATALOGS_GET>, Id>;
  /** Returns one page of the App's catalogs. */
  listPerPage: ListPerPageMethod<EndpointOf<typeof CATALOGS_LIST_PER_PAGE>>;
  /** Iterates every catalog of the App. */
  all: AllMethod<EndpointOf<typeof CATALOGS_LIST_PER_PAGE>>;
  /** Iterates the pages of the App's catalogs. */
  pages: PagesMethod<EndpointOf<typeof CATALOGS_LIST_PER_PAGE>>;
  /** Creates a catalog and returns it (with its id). */
  create: (
    catalog: BodyOf<EndpointOf<typeof CATALOGS_CREATE>>,
    call?: CallOptions,
  ) => Promise<DataOf<EndpointOf<typeof CATALOGS_CREATE>>>;
  /** Updates the catalog with this id and returns it. */
  upsert: (
    catalogId: string,
    catalog: BodyOf<EndpointOf<typeof CATALOGS_UPSERT>>,
    call?: CallOptions,
  ) => Promise<DataOf<EndpointOf<typeof CATALOGS_UPSERT>>>;
  /** Duplicates the catalog with this id and returns the copy. */
  duplicate: (
    catalogId: string,
    body?: BodyOf<EndpointOf<typeof CATALOGS_DUPLICATE>>,
    call?: CallOptions,
  ) => Promise<DataOf<EndpointOf<typeof CATALOGS_DUPLICATE>>>;
  /** Deletes the catalog with this id. */
  delete: DeleteMethod<Id>;
}

/** Products of an App catalog: their uuids, their raw data, one product. */
export interface CatalogProductsResource
  extends CatalogListMethods<EndpointOf<typeof CATALOG_PRODUCTS_LIST_PER_PAGE>, Id> {
  /** Returns one product of the catalog. */
  get: (catalogId: string, uuid: string, call?: CallOptions) => Promise<UndocumentedJson>;
  /** The uuids of the catalog's products. */
  uuids: CatalogListMethods<EndpointOf<typeof CATALOG_PRODUCTS_UUIDS_LIST_PER_PAGE>, Id>;
}

/** Products, models and variants of an App catalog, shaped by the catalog's mapping. */
export interface CatalogMappedResource {
  /** Mapped products of the catalog. */
  products: CatalogListMethods<EndpointOf<typeof CATALOG_MAPPED_PRODUCTS_LIST_PER_PAGE>, Id>;
  /** Mapped product models of the catalog. */
  models: CatalogListMethods<EndpointOf<typeof CATALOG_MAPPED_MODELS_LIST_PER_PAGE>, Id>;
  /** Mapped variants of one product model of the catalog. */
  variants: CatalogListMethods<EndpointOf<typeof CATALOG_MAPPED_VARIANTS_LIST_PER_PAGE>, Model>;
}

/** The product mapping schema of an App catalog. */
export interface CatalogMappingSchemasResource {
  /** Returns the catalog's product mapping schema. */
  get: GetMethod<EndpointOf<typeof CATALOG_MAPPING_SCHEMAS_GET>, Id>;
  /** Replaces the catalog's product mapping schema. */
  replace: (
    catalogId: string,
    schema: BodyOf<EndpointOf<typeof CATALOG_MAPPING_SCHEMAS_REPLACE>>,
    call?: CallOptions,
  ) => Promise<void>;
  /** Deletes the catalog's product mapping schema. */
  delete: DeleteMethod<Id>;
}

/** Creates the facade of App catalogs. */
export function createCatalogsResource(context: ResourceContext): CatalogsResource {
  return {
    get: buildGet(context, CATALOGS_GET),
    ...buildListMethods(context, CATALOGS_LIST_PER_PAGE),
    create: buildAction(context, CATALOGS_CREATE, true),
    upsert: buildAction(context, CATALOGS_UPSERT, true),
    duplicate: buildAction(context, CATALOGS_DUPLICATE, false),
    delete: buildDelete(context, CATALOGS_DELETE),
  };
}

/** Creates the facade of App catalog products. */
export function createCatalogProductsResource(context: ResourceContext): CatalogProductsResource {
  return {
    ...(buildListMethods(context, CATALOG_PRODUCTS_LIST_PER_PAGE) as CatalogListMethods<
      EndpointOf<typeof CATALOG_PRODUCTS_LIST_PER_PAGE>,
      Id
    >),
    // The description documents no body for this answer; the server sends the product's JSON.
    get: buildGet(context, CATALOG_PRODUCTS_GET),
    uuids: buildListMethods(context, CATALOG_PRODUCTS_UUIDS_LIST_PER_PAGE) as CatalogListMethods<
      EndpointOf<typeof CATALOG_PRODUCTS_UUIDS_LIST_PER_PAGE>,
      Id
    >,
  };
}

/** Creates the facade of App catalog mapped products, models and variants. */
export function createCatalogMappedResource(context: ResourceContext): CatalogMappedResource {
  return {
    products: buildListMethods(context, CATALOG_MAPPED_PRODUCTS_LIST_PER_PAGE),
    models: buildListMethods(context, CATALOG_MAPPED_MODELS_LIST_PER_PAGE),
    variants: buildListMethods(context, CATALOG_MAPPED_VARIANTS_LIST_PER_PAGE),
  };
}

/** Creates the facade of App catalog mapping schemas. */
export function createCatalogMappingSchemasResource(
  context: ResourceContext,
): CatalogMappingSchemasResource {
  return {
    get: buildGet(context, CATALOG_MAPPING_SCHEMAS_GET),
    replace: buildAction(context, CATALOG_MAPPING_SCHEMAS_REPLACE, true),
    delete: buildDelete(context, CATALOG_MAPPING_SCHEMAS_DELETE),
  };
}
