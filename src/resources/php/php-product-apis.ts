import type { ProductModelsResource } from "../product-models.js";
import type { ProductsResource } from "../products.js";
import type { PublishedProductsResource } from "../published-products.js";
import type { UuidProductsResource } from "../uuid-products.js";
import { buildPhpApi, type PhpMethodName } from "./php-code-api.js";
import type { PhpCodeApi, PhpDeleteMethod, PhpReadableApi } from "./php-code-api-types.js";

const PRODUCT_METHODS: readonly PhpMethodName[] = [
  "get",
  "listPerPage",
  "all",
  "create",
  "upsert",
  "upsertList",
  "delete",
];

/** The PHP client's product API (products addressed by identifier). */
export type PhpProductApi = PhpCodeApi<ProductsResource, [], "identifier"> & PhpDeleteMethod<[]>;
/** The PHP client's product API by uuid. */
export type PhpProductUuidApi = PhpCodeApi<UuidProductsResource, [], "uuid"> & PhpDeleteMethod<[]>;
/** The PHP client's product model API. */
export type PhpProductModelApi = PhpCodeApi<ProductModelsResource> & PhpDeleteMethod<[]>;
/** The PHP client's published product API (EE, read-only). */
export type PhpPublishedProductApi = PhpReadableApi<PublishedProductsResource>;

/** Creates the PHP product API over the facade; `create` puts the code under `identifier`. */
export function createPhpProductApi(facade: ProductsResource): PhpProductApi {
  return buildPhpApi(facade, { key: "identifier" }, PRODUCT_METHODS);
}

/** Creates the PHP product-by-uuid API over the facade; `create` puts the uuid under `uuid`. */
export function createPhpProductUuidApi(facade: UuidProductsResource): PhpProductUuidApi {
  return buildPhpApi(facade, { key: "uuid" }, PRODUCT_METHODS);
}

/** Creates the PHP product model API; `upsert` puts the code in and refuses `code` and `family`. */
export function createPhpProductModelApi(facade: ProductModelsResource): PhpProductModelApi {
  return buildPhpApi(facade, { upsertInjects: ["code", "family"] }, PRODUCT_METHODS);
}

/** Creates the PHP published product API over the facade. */
export function createPhpPublishedProductApi(
  facade: PublishedProductsResource,
): PhpPublishedProductApi {
  return buildPhpApi(facade, {}, ["get", "listPerPage", "all"]);
}
