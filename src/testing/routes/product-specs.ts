import type { JsonObject } from "../json-types.js";
import {
  createProductModelSearchSchema,
  createProductSearchSchema,
} from "../listing/search-schemas.js";
import type { Catalog } from "../store/catalog.js";
import {
  accessProductsByIdentifier,
  accessProductsByUuid,
  accessRecordStore,
} from "../store/collection-access.js";
import {
  createProductModelWriter,
  createProductUuidWriter,
  createProductWriter,
} from "../writes/product-writers.js";
import type { CollectionSpec } from "./collection-spec.js";

const API = "/api/rest/v1";

/** Specs of products (both views), published products and product models. */
export function createProductSpecs(): CollectionSpec[] {
  return [
    {
      stem: "product",
      path: `${API}/products`,
      itemParam: "code+",
      access: (catalog) => accessProductsByIdentifier(catalog.products),
      notFound: (key) =>
        `Product "${key}" does not exist or you do not have permission to access it.`,
      keyOf: (record) => String(record.identifier ?? ""),
      list: "page-or-search-after",
      search: createProductSearchSchema,
      filtersValues: true,
      capOffsetPages: true,
      writer: createProductWriter(),
      create: true,
      upsert: true,
      bulk: "ndjson",
      remove: true,
      render: renderIdentifierView,
    },
    {
      stem: "product_uuid",
      path: `${API}/products-uuid`,
      itemParam: "uuid",
      access: (catalog) => accessProductsByUuid(catalog.products),
      notFound: (key) =>
        `Product "${key}" does not exist or you do not have permission to access it.`,
      keyOf: (record) => String(record.uuid),
      list: "page-or-search-after",
      search: createProductSearchSchema,
      filtersValues: true,
      capOffsetPages: true,
      writer: createProductUuidWriter(),
      create: true,
      upsert: true,
      bulk: "ndjson",
      remove: true,
      render: renderUuidView,
    },
    {
      stem: "published_product",
      path: `${API}/published-products`,
      itemParam: "code+",
      access: (catalog) => accessRecordStore(catalog.publishedProducts, "identifier"),
      notFound: (key) => `Published product "${key}" does not exist.`,
      keyOf: (record) => String(record.identifier),
      list: "page-or-search-after",
      search: createProductSearchSchema,
      filtersValues: true,
      capOffsetPages: true,
    },
    {
      stem: "product_model",
      path: `${API}/product-models`,
      itemParam: "code+",
      access: (catalog) => accessRecordStore(catalog.productModels),
      notFound: (key) =>
        `Product model "${key}" does not exist or you do not have permission to access it.`,
      keyOf: (record) => String(record.code),
      list: "page-or-search-after",
      search: createProductModelSearchSchema,
      filtersValues: true,
      capOffsetPages: true,
      writer: createProductModelWriter(),
      create: true,
      upsert: true,
      bulk: "ndjson",
      remove: true,
    },
  ];
}

/** `/products` answers the identifier as a property, next to the uuid. */
function renderIdentifierView(record: JsonObject): JsonObject {
  return record;
}

/** `/products-uuid` answers the identifier as a value of the identifier attribute. */
function renderUuidView(record: JsonObject, catalog: Catalog): JsonObject {
  const { identifier, ...rest } = record;
  if (typeof identifier !== "string") return rest;
  const values = {
    ...(rest.values as JsonObject),
    [catalog.identifierAttribute()]: [{ locale: null, scope: null, data: identifier }],
  };
  return { ...rest, values };
}
