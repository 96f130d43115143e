import { randomUUID } from "node:crypto";
import { type FakeClock, formatAkeneoDate } from "./clock.js";
import type { JsonObject } from "./json-types.js";
import type { Catalog } from "./store/catalog.js";
import {
  type FakePimResource,
  findResourceStore,
  keyFieldOf,
  TIMESTAMPED_RESOURCES,
} from "./store/catalog-resources.js";
import type { DraftOwnerKind } from "./store/draft-store.js";
import type { MediaInput } from "./store/media-store.js";

/** Which media store a file goes to. */
export type FakePimMediaKind = "product" | "asset" | "reference-entity" | "category";

/** A file to seed; `bytes` may be a string (UTF-8). */
export interface SeedMediaInput extends Omit<MediaInput, "bytes"> {
  readonly bytes: Uint8Array | string;
}

/** Puts data straight into the emulator, without validation and without HTTP. */
export interface FakePimSeeder {
  /**
   * Stores products given in the `/products` shape (`identifier` as a property); missing
   * `uuid`, `created`, `updated` and empty collections are filled in.
   */
  products(products: Iterable<JsonObject>): void;
  /** Stores records of a resource; `parent` names the family, attribute, entity or asset family. */
  records(resource: FakePimResource, records: Iterable<JsonObject>, parent?: string): void;
  /** Stores a file and returns its code. */
  mediaFile(input: SeedMediaInput, kind?: FakePimMediaKind): string;
  /**
   * Stores the current user's draft (Enterprise Edition) of an existing product, named by
   * identifier or uuid, or product model: the resource as the draft would make it.
   *
   * @throws TypeError when the product or model does not exist.
   */
  draft(kind: DraftOwnerKind, code: string, draft: JsonObject): void;
}

/** Creates the seeder of a catalog. */
export function createSeeder(catalog: Catalog, clock: FakeClock): FakePimSeeder {
  return {
    products(products) {
      const now = formatAkeneoDate(clock.now());
      for (const product of products) catalog.products.put(completeProduct(product, now));
    },
    records(resource, records, parent) {
      const store = findResourceStore(catalog, resource, parent);
      const key = keyFieldOf(resource);
      const now = formatAkeneoDate(clock.now());
      for (const record of records) {
        const complete: JsonObject = TIMESTAMPED_RESOURCES.has(resource)
          ? { created: now, updated: now, ...record }
          : resource === "categories"
            ? { updated: now, ...record }
            : { ...record };
        if (resource === "attribute-options" && complete.attribute === undefined)
          complete.attribute = parent ?? null;
        store.put(String(complete[key]), complete);
      }
    },
    draft(kind, code, draft) {
      const key =
        kind === "product-model"
          ? catalog.productModels.get(code) === undefined
            ? undefined
            : code
          : (catalog.products.uuidOf(code) ??
            (catalog.products.byUuid.get(code) === undefined ? undefined : code));
      if (key === undefined) throw new TypeError(`No ${kind} "${code}" to draft`);
      catalog.drafts.put(kind, key, draft);
    },
    mediaFile(input, kind = "product") {
      const bytes =
        typeof input.bytes === "string" ? Buffer.from(input.bytes) : Buffer.from(input.bytes);
      return mediaStoreOf(catalog, kind).add({ ...input, bytes });
    },
  };
}

/** Returns the media store of a kind of file. */
export function mediaStoreOf(catalog: Catalog, kind: FakePimMediaKind): Catalog["mediaFiles"] {
  if (kind === "asset") return catalog.assetMediaFiles;
  if (kind === "reference-entity") return catalog.referenceEntityMediaFiles;
  return kind === "category" ? catalog.categoryMediaFiles : catalog.mediaFiles;
}

function completeProduct(product: JsonObject, now: string): JsonObject {
  return {
    uuid: randomUUID(),
    identifier: null,
    enabled: true,
    family: null,
    categories: [],
    groups: [],
    parent: null,
    values: {},
    associations: {},
    quantified_associations: {},
    created: now,
    updated: now,
    ...product,
  };
}
