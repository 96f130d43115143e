import {
  createCatalog,
  deleteCatalog,
  deleteCatalogProductMappingSchema,
  duplicateCatalog,
  getCatalog,
  getCatalogProduct,
  getCatalogProductMappingSchema,
  listCatalogMappedModels,
  listCatalogMappedProducts,
  listCatalogMappedVariants,
  listCatalogProducts,
  listCatalogProductUuids,
  listCatalogs,
  replaceCatalogProductMappingSchema,
  updateCatalog,
} from "../../generated/endpoints.js";
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
import { pagingOf, pathOf, pathParametersOf } from "./operation-table.js";

type Id = [catalogId: string];
type Model = [catalogId: string, modelCode: string];
const ID = ["id"];

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
  get: GetMethod<typeof getCatalog, Id>;
  /** Returns one page of the App's catalogs. */
  listPerPage: ListPerPageMethod<typeof listCatalogs>;
  /** Iterates every catalog of the App. */
  all: AllMethod<typeof listCatalogs>;
  /** Iterates the pages of the App's catalogs. */
  pages: PagesMethod<typeof listCatalogs>;
  /** Creates a catalog and returns it (with its id). */
  create: (
    catalog: BodyOf<typeof createCatalog>,
    call?: CallOptions,
  ) => Promise<DataOf<typeof createCatalog>>;
  /** Updates the catalog with this id and returns it. */
  upsert: (
    catalogId: string,
    catalog: BodyOf<typeof updateCatalog>,
    call?: CallOptions,
  ) => Promise<DataOf<typeof updateCatalog>>;
  /** Duplicates the catalog with this id and returns the copy. */
  duplicate: (
    catalogId: string,
    body?: BodyOf<typeof duplicateCatalog>,
    call?: CallOptions,
  ) => Promise<DataOf<typeof duplicateCatalog>>;
  /** Deletes the catalog with this id. */
  delete: DeleteMethod<Id>;
}

/** Products of an App catalog: their uuids, their raw data, one product. */
export interface CatalogProductsResource
  extends CatalogListMethods<typeof listCatalogProducts, Id> {
  /** Returns one product of the catalog. */
  get: (catalogId: string, uuid: string, call?: CallOptions) => Promise<UndocumentedJson>;
  /** The uuids of the catalog's products. */
  uuids: CatalogListMethods<typeof listCatalogProductUuids, Id>;
}

/** Products, models and variants of an App catalog, shaped by the catalog's mapping. */
export interface CatalogMappedResource {
  /** Mapped products of the catalog. */
  products: CatalogListMethods<typeof listCatalogMappedProducts, Id>;
  /** Mapped product models of the catalog. */
  models: CatalogListMethods<typeof listCatalogMappedModels, Id>;
  /** Mapped variants of one product model of the catalog. */
  variants: CatalogListMethods<typeof listCatalogMappedVariants, Model>;
}

/** The product mapping schema of an App catalog. */
export interface CatalogMappingSchemasResource {
  /** Returns the catalog's product mapping schema. */
  get: GetMethod<typeof getCatalogProductMappingSchema, Id>;
  /** Replaces the catalog's product mapping schema. */
  replace: (
    catalogId: string,
    schema: BodyOf<typeof replaceCatalogProductMappingSchema>,
    call?: CallOptions,
  ) => Promise<void>;
  /** Deletes the catalog's product mapping schema. */
  delete: DeleteMethod<Id>;
}

/** Creates the facade of App catalogs. */
export function createCatalogsResource(context: ResourceContext): CatalogsResource {
  return {
    get: buildGet(context, getCatalog, ID),
    ...buildListMethods(
      context,
      listCatalogs,
      pathOf("catalogs.listPerPage"),
      [],
      pagingOf("catalogs.listPerPage"),
    ),
    create: buildAction(context, createCatalog, [], true),
    upsert: buildAction(context, updateCatalog, ID, true),
    duplicate: buildAction(context, duplicateCatalog, ID, false),
    delete: buildDelete(context, deleteCatalog, ID),
  };
}

/** Creates the facade of App catalog products. */
export function createCatalogProductsResource(context: ResourceContext): CatalogProductsResource {
  const list = (
    endpoint: Parameters<typeof buildListMethods>[1],
    method: "catalogProducts.listPerPage" | "catalogProducts.uuids.listPerPage",
  ) => buildListMethods(context, endpoint, pathOf(method), ID, pagingOf(method));
  return {
    ...(list(listCatalogProducts, "catalogProducts.listPerPage") as CatalogListMethods<
      typeof listCatalogProducts,
      Id
    >),
    // The description documents no body for this answer; the server sends the product's JSON.
    get: buildGet(context, getCatalogProduct, pathParametersOf("catalogProducts.get")),
    uuids: list(listCatalogProductUuids, "catalogProducts.uuids.listPerPage") as CatalogListMethods<
      typeof listCatalogProductUuids,
      Id
    >,
  };
}

/** Creates the facade of App catalog mapped products, models and variants. */
export function createCatalogMappedResource(context: ResourceContext): CatalogMappedResource {
  return {
    products: buildListMethods(
      context,
      listCatalogMappedProducts,
      pathOf("catalogMapped.products.listPerPage"),
      ID,
      pagingOf("catalogMapped.products.listPerPage"),
    ),
    models: buildListMethods(
      context,
      listCatalogMappedModels,
      pathOf("catalogMapped.models.listPerPage"),
      ID,
      pagingOf("catalogMapped.models.listPerPage"),
    ),
    variants: buildListMethods(
      context,
      listCatalogMappedVariants,
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
    get: buildGet(context, getCatalogProductMappingSchema, ID),
    replace: buildAction(context, replaceCatalogProductMappingSchema, ID, true),
    delete: buildDelete(context, deleteCatalogProductMappingSchema, ID),
  };
}
