import type { JsonObject } from "../json-types.js";
import type { ProductStore } from "./product-store.js";
import type { RecordStore } from "./record-store.js";

/** How the generic endpoints reach one collection: by the key its URLs use. */
export interface CollectionAccess {
  /** The ordered store the list walks. */
  readonly records: RecordStore;
  find(key: string): JsonObject | undefined;
  save(key: string, record: JsonObject): "created" | "updated";
  remove(key: string): boolean;
  /** Store key of a record, used as its `search_after` cursor. */
  cursorOf(record: JsonObject): string;
}

/** Accesses a plain store whose records are keyed by `keyField`. */
export function accessRecordStore(records: RecordStore, keyField = "code"): CollectionAccess {
  return {
    records,
    find: (key) => records.get(key),
    save: (key, record) => records.put(key, record),
    remove: (key) => records.delete(key),
    cursorOf: (record) => String(record[keyField]),
  };
}

/** Accesses products by identifier (the `/products` view). */
export function accessProductsByIdentifier(products: ProductStore): CollectionAccess {
  return {
    records: products.byUuid,
    find: (identifier) => products.getByIdentifier(identifier),
    save: (_identifier, record) => products.put(record),
    remove: (identifier) => {
      const uuid = products.uuidOf(identifier);
      return uuid !== undefined && products.deleteByUuid(uuid);
    },
    cursorOf: (record) => String(record.uuid),
  };
}

/** Accesses products by uuid (the `/products-uuid` view). */
export function accessProductsByUuid(products: ProductStore): CollectionAccess {
  return {
    records: products.byUuid,
    find: (uuid) => products.byUuid.get(uuid),
    save: (_uuid, record) => products.put(record),
    remove: (uuid) => products.deleteByUuid(uuid),
    cursorOf: (record) => String(record.uuid),
  };
}
