import type { JsonObject } from "../json-types.js";
import { DraftStore } from "./draft-store.js";
import { MediaStore } from "./media-store.js";
import { ProductStore } from "./product-store.js";
import { RecordStore } from "./record-store.js";
import { ScopedStores } from "./scoped-stores.js";

/** Every resource the emulated PIM holds, in memory. */
export class Catalog {
  readonly products = new ProductStore();
  readonly publishedProducts = new RecordStore();
  readonly productModels = new RecordStore();
  readonly families = new RecordStore();
  /** Per family code. */
  readonly familyVariants = new ScopedStores();
  readonly attributes = new RecordStore();
  /** Per attribute code. */
  readonly attributeOptions = new ScopedStores();
  readonly attributeGroups = new RecordStore();
  readonly associationTypes = new RecordStore();
  readonly categories = new RecordStore();
  readonly channels = new RecordStore();
  readonly locales = new RecordStore();
  readonly currencies = new RecordStore();
  readonly measurementFamilies = new RecordStore();
  /** The legacy measure families (read only). */
  readonly measureFamilies = new RecordStore();
  readonly mediaFiles = new MediaStore();
  readonly categoryMediaFiles = new MediaStore();
  readonly referenceEntities = new RecordStore();
  /** Per reference entity code. */
  readonly referenceEntityAttributes = new ScopedStores();
  /** Per `<reference entity>/<attribute>`. */
  readonly referenceEntityAttributeOptions = new ScopedStores();
  /** Per reference entity code. */
  readonly referenceEntityRecords = new ScopedStores();
  readonly referenceEntityMediaFiles = new MediaStore();
  readonly assetFamilies = new RecordStore();
  /** Per asset family code. */
  readonly assetAttributes = new ScopedStores();
  /** Per `<asset family>/<attribute>`. */
  readonly assetAttributeOptions = new ScopedStores();
  /** Per asset family code. */
  readonly assets = new ScopedStores();
  readonly assetMediaFiles = new MediaStore();
  readonly pamAssets = new RecordStore();
  readonly pamAssetCategories = new RecordStore();
  readonly pamAssetTags = new RecordStore();
  /** Reference and variation files of the PAM assets. */
  readonly pamAssetFiles = new MediaStore();
  /** Media code of the PAM file at each path (`/assets/<asset>/reference-files/<locale>`…). */
  readonly pamAssetFileSlots = new Map<string, string>();
  /** Catalogs for Apps, keyed by id. */
  readonly appCatalogs = new RecordStore();
  /** The current user's drafts of products and product models (Enterprise Edition). */
  readonly drafts = new DraftStore();

  /** Returns the code of the identifier attribute (`sku` unless the catalog says otherwise). */
  identifierAttribute(): string {
    for (const attribute of this.attributes.values()) {
      if (attribute.type === "pim_catalog_identifier" && attribute.is_main_identifier !== false) {
        return String(attribute.code);
      }
    }
    return "sku";
  }

  /** Finds a family variant by code, whatever its family. */
  findFamilyVariant(code: string): { family: string; variant: JsonObject } | undefined {
    for (const [family, store] of this.familyVariants.entries()) {
      const variant = store.get(code);
      if (variant !== undefined) return { family, variant };
    }
    return undefined;
  }

  /** Returns these category codes plus all their descendants. */
  expandCategories(codes: readonly string[]): Set<string> {
    const found = new Set(codes);
    let grew = true;
    while (grew) {
      grew = false;
      for (const category of this.categories.values()) {
        const code = String(category.code);
        if (!found.has(code) && typeof category.parent === "string" && found.has(category.parent)) {
          found.add(code);
          grew = true;
        }
      }
    }
    return found;
  }
}
