import type { JsonObject } from "../json-types.js";
import { RecordStore } from "./record-store.js";

/**
 * Holds products once, keyed by uuid, with an index by identifier so that the
 * identifier view (`/products`) and the uuid view (`/products-uuid`) see the same products.
 */
export class ProductStore {
  /** Products in insertion order, keyed by uuid. */
  readonly byUuid = new RecordStore();
  private readonly uuidByIdentifier = new Map<string, string>();

  /** Returns the product with this identifier. */
  getByIdentifier(identifier: string): JsonObject | undefined {
    const uuid = this.uuidByIdentifier.get(identifier);
    return uuid === undefined ? undefined : this.byUuid.get(uuid);
  }

  /** Returns the uuid of the product with this identifier. */
  uuidOf(identifier: string): string | undefined {
    return this.uuidByIdentifier.get(identifier);
  }

  /** Stores a product (its `uuid` and `identifier` fields are the keys). */
  put(product: JsonObject): "created" | "updated" {
    const uuid = String(product.uuid);
    const previous = this.byUuid.get(uuid);
    if (typeof previous?.identifier === "string") this.uuidByIdentifier.delete(previous.identifier);
    if (typeof product.identifier === "string") this.uuidByIdentifier.set(product.identifier, uuid);
    return this.byUuid.put(uuid, product);
  }

  /** Removes the product with this uuid; answers whether one was there. */
  deleteByUuid(uuid: string): boolean {
    const previous = this.byUuid.get(uuid);
    if (typeof previous?.identifier === "string") this.uuidByIdentifier.delete(previous.identifier);
    return this.byUuid.delete(uuid);
  }

  /** Number of stored products. */
  get size(): number {
    return this.byUuid.size;
  }
}
