import type { JsonObject } from "./json-types.js";
import { type FakePimMediaKind, mediaStoreOf } from "./seeder.js";
import type { Catalog } from "./store/catalog.js";
import { type FakePimResource, findResourceStore } from "./store/catalog-resources.js";
import type { StoredMedia } from "./store/media-store.js";

/** Read access to the emulator's data, for assertions. */
export interface FakePimData {
  /** Returns the stored product with this identifier or uuid (identifier as a property). */
  product(identifierOrUuid: string): JsonObject | undefined;
  /** Returns every stored product in insertion order. */
  products(): JsonObject[];
  /** Number of stored products. */
  productCount(): number;
  /** Returns one record of a resource; `parent` names the family, attribute, entity or asset family. */
  record(resource: FakePimResource, key: string, parent?: string): JsonObject | undefined;
  /** Returns every record of a resource in insertion order. */
  records(resource: FakePimResource, parent?: string): JsonObject[];
  /** Returns a stored file: metadata and bytes. */
  mediaFile(code: string, kind?: FakePimMediaKind): StoredMedia | undefined;
}

/** Creates the read access of a catalog. */
export function createFakePimData(catalog: Catalog): FakePimData {
  return {
    product: (key) => catalog.products.getByIdentifier(key) ?? catalog.products.byUuid.get(key),
    products: () => [...catalog.products.byUuid.values()],
    productCount: () => catalog.products.size,
    record: (resource, key, parent) => findResourceStore(catalog, resource, parent).get(key),
    records: (resource, parent) => [...findResourceStore(catalog, resource, parent).values()],
    mediaFile: (code, kind = "product") => mediaStoreOf(catalog, kind).get(code),
  };
}
