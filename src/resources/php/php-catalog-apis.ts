import type { CatalogProductsResource, CatalogsResource } from "../catalogs.js";
import type { MeasureFamiliesResource, MeasurementFamiliesResource } from "../measure-families.js";
import type { SystemResource } from "../system.js";
import { type PhpQueryParameters, toIterateOptions } from "./php-arguments.js";
import { buildPhpApi } from "./php-code-api.js";
import type {
  FacadeItem,
  PhpAllMethod,
  PhpDeleteMethod,
  PhpGetMethod,
  PhpJsonUpsertListMethods,
  PhpListPerPageMethod,
  PhpReadableApi,
} from "./php-code-api-types.js";

/** The PHP client's App catalog API: `create` and `upsert` answer the catalog, as in PHP. */
export type PhpAppCatalogApi = PhpGetMethod<CatalogsResource, []> &
  PhpListPerPageMethod<CatalogsResource, []> &
  PhpAllMethod<CatalogsResource, []> &
  PhpDeleteMethod<[]> & {
    /** Creates a catalog; answers the new catalog. */
    create: CatalogsResource["create"];
    /** Updates the catalog with this id; answers the catalog. */
    upsert: CatalogsResource["upsert"];
    /** The same as `upsert` (every call is asynchronous here). */
    upsertAsync: CatalogsResource["upsert"];
  };

/** The PHP client's App catalog product API: the uuids of a catalog's products. */
export interface PhpAppCatalogProductApi {
  /** Iterates the uuids of the catalog's products, `limit` per page. */
  all(
    catalogId: string,
    limit?: number,
    queryParameters?: PhpQueryParameters,
  ): AsyncIterable<FacadeItem<CatalogProductsResource["uuids"]>>;
}

/** The PHP client's system information API. */
export interface PhpSystemInformationApi {
  /** Returns the PIM's version and edition. */
  get: SystemResource["getInformation"];
}

/** The PHP client's measurement family API: the whole list at once, and its list upsert. */
export type PhpMeasurementFamilyApi = PhpJsonUpsertListMethods<MeasurementFamiliesResource, []> & {
  /** Returns every measurement family, in one array. */
  all(): Promise<FacadeItem<MeasurementFamiliesResource>[]>;
};

/** The PHP client's (legacy) measure family API: `get`, `listPerPage` and `all`. */
export type PhpMeasureFamilyApi = PhpReadableApi<MeasureFamiliesResource>;

/** Creates the PHP App catalog API over the facade. */
export function createPhpAppCatalogApi(facade: CatalogsResource): PhpAppCatalogApi {
  const read = buildPhpApi<PhpAppCatalogApi>(facade, {}, ["get", "listPerPage", "all", "delete"]);
  return Object.freeze({
    ...read,
    create: facade.create,
    upsert: facade.upsert,
    upsertAsync: facade.upsert,
  });
}

/** Creates the PHP App catalog product API over the facade of catalog products. */
export function createPhpAppCatalogProductApi(
  facade: CatalogProductsResource,
): PhpAppCatalogProductApi {
  return Object.freeze({
    all: (catalogId: string, limit = 100, queryParameters?: PhpQueryParameters) =>
      facade.uuids.all(catalogId, toIterateOptions(limit, queryParameters) as never),
  });
}

/** Creates the PHP system information API over the facade. */
export function createPhpSystemInformationApi(facade: SystemResource): PhpSystemInformationApi {
  return Object.freeze({ get: facade.getInformation });
}

/** Creates the PHP measurement family API over the facade. */
export function createPhpMeasurementFamilyApi(
  facade: MeasurementFamiliesResource,
): PhpMeasurementFamilyApi {
  const upsertLists = buildPhpApi<PhpMeasurementFamilyApi>(facade, {}, ["jsonUpsertList"]);
  return Object.freeze({ ...upsertLists, all: () => facade.list() });
}

/** Creates the PHP measure family API over the facade. */
export function createPhpMeasureFamilyApi(facade: MeasureFamiliesResource): PhpMeasureFamilyApi {
  return buildPhpApi(facade, {}, ["get", "listPerPage", "all"]);
}
