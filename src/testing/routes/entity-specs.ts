import { createCodeSearchSchema, createSearchField } from "../listing/search-schemas.js";
import { accessRecordStore, type CollectionAccess } from "../store/collection-access.js";
import type { RecordStore } from "../store/record-store.js";
import type { ScopedStores } from "../store/scoped-stores.js";
import { createAssetFamilyWriter } from "../writes/asset-family-writer.js";
import { createCodeWriter } from "../writes/structure-writers.js";
import type { CollectionSpec } from "./collection-spec.js";

const API = "/api/rest/v1";

const byCode = (record: { code?: unknown }): string => String(record.code);

/** Opens a child store only when its parent exists. */
function childOf(
  parents: RecordStore,
  children: ScopedStores,
  parent: string | undefined,
): CollectionAccess | undefined {
  return parent !== undefined && parents.has(parent)
    ? accessRecordStore(children.of(parent))
    : undefined;
}

/** Specs of reference entities, asset families and their attributes, options, records and assets. */
export function createEntitySpecs(): CollectionSpec[] {
  const recordSearch = () =>
    createCodeSearchSchema({ updated: createSearchField("date", "updated") });
  return [
    {
      stem: "reference_entity",
      path: `${API}/reference-entities`,
      itemParam: "code",
      access: (catalog) => accessRecordStore(catalog.referenceEntities),
      notFound: (key) => `Reference entity "${key}" does not exist.`,
      keyOf: byCode,
      list: "search-after-only",
      writer: createCodeWriter({ defaults: { labels: {}, image: null } }),
      upsert: true,
    },
    {
      stem: "reference_entity_attribute",
      path: `${API}/reference-entities/{reference_entity_code}/attributes`,
      itemParam: "code",
      access: (catalog, p) =>
        childOf(
          catalog.referenceEntities,
          catalog.referenceEntityAttributes,
          p.reference_entity_code,
        ),
      parentMissing: (p) => `Reference entity "${p.reference_entity_code}" does not exist.`,
      notFound: (key) => `Attribute "${key}" does not exist for this reference entity.`,
      keyOf: byCode,
      list: "plain-array",
      writer: createCodeWriter({
        defaults: { labels: {}, value_per_locale: false, value_per_channel: false },
      }),
      upsert: true,
    },
    {
      stem: "reference_entity_attribute_option",
      path: `${API}/reference-entities/{reference_entity_code}/attributes/{attribute_code}/options`,
      itemParam: "code",
      access: (catalog, p) =>
        catalog.referenceEntityAttributes
          .existing(p.reference_entity_code ?? "")
          ?.has(p.attribute_code ?? "")
          ? accessRecordStore(
              catalog.referenceEntityAttributeOptions.of(
                `${p.reference_entity_code}/${p.attribute_code}`,
              ),
            )
          : undefined,
      parentMissing: (p) =>
        `Attribute "${p.attribute_code}" does not exist for this reference entity.`,
      notFound: (key) => `Attribute option "${key}" does not exist.`,
      keyOf: byCode,
      list: "plain-array",
      writer: createCodeWriter({ defaults: { labels: {} } }),
      upsert: true,
    },
    {
      stem: "reference_entity_record",
      path: `${API}/reference-entities/{reference_entity_code}/records`,
      itemParam: "code",
      access: (catalog, p) =>
        childOf(catalog.referenceEntities, catalog.referenceEntityRecords, p.reference_entity_code),
      parentMissing: (p) => `Reference entity "${p.reference_entity_code}" does not exist.`,
      notFound: (key) => `Record "${key}" does not exist.`,
      keyOf: byCode,
      list: "search-after-only",
      search: recordSearch,
      writer: createCodeWriter({ timestamped: true, defaults: { values: {} } }),
      upsert: true,
      bulk: "json-array",
    },
    {
      stem: "asset_family",
      path: `${API}/asset-families`,
      itemParam: "code",
      access: (catalog) => accessRecordStore(catalog.assetFamilies),
      notFound: (key) => `Asset family "${key}" does not exist.`,
      keyOf: byCode,
      list: "search-after-only",
      writer: createAssetFamilyWriter(),
      upsert: true,
    },
    {
      stem: "asset_family_attribute",
      path: `${API}/asset-families/{asset_family_code}/attributes`,
      itemParam: "code",
      access: (catalog, p) =>
        childOf(catalog.assetFamilies, catalog.assetAttributes, p.asset_family_code),
      parentMissing: (p) => `Asset family "${p.asset_family_code}" does not exist.`,
      notFound: (key) => `Attribute "${key}" does not exist for this asset family.`,
      keyOf: byCode,
      list: "plain-array",
      writer: createCodeWriter({
        defaults: { labels: {}, value_per_locale: false, value_per_channel: false },
      }),
      upsert: true,
    },
    {
      stem: "asset_family_attribute_option",
      path: `${API}/asset-families/{asset_family_code}/attributes/{attribute_code}/options`,
      itemParam: "code",
      access: (catalog, p) =>
        catalog.assetAttributes.existing(p.asset_family_code ?? "")?.has(p.attribute_code ?? "")
          ? accessRecordStore(
              catalog.assetAttributeOptions.of(`${p.asset_family_code}/${p.attribute_code}`),
            )
          : undefined,
      parentMissing: (p) => `Attribute "${p.attribute_code}" does not exist for this asset family.`,
      notFound: (key) => `Attribute option "${key}" does not exist.`,
      keyOf: byCode,
      list: "plain-array",
      writer: createCodeWriter({ defaults: { labels: {} } }),
      upsert: true,
    },
    {
      stem: "asset",
      path: `${API}/asset-families/{asset_family_code}/assets`,
      itemParam: "code",
      access: (catalog, p) => childOf(catalog.assetFamilies, catalog.assets, p.asset_family_code),
      parentMissing: (p) => `Asset family "${p.asset_family_code}" does not exist.`,
      notFound: (key) => `Asset "${key}" does not exist.`,
      keyOf: byCode,
      list: "search-after-only",
      search: recordSearch,
      writer: {
        ...createCodeWriter({ timestamped: true, defaults: { values: {} } }),
        complete: (candidate, _existing, context) => ({
          ...candidate,
          asset_family_code: context.params.asset_family_code ?? null,
        }),
      },
      upsert: true,
      bulk: "json-array",
      remove: true,
    },
    {
      stem: "pam_asset",
      path: `${API}/assets`,
      itemParam: "code",
      access: (catalog) => accessRecordStore(catalog.pamAssets),
      notFound: (key) => `Asset "${key}" does not exist.`,
      keyOf: byCode,
      list: "page-or-search-after",
      writer: createCodeWriter({
        defaults: { categories: [], tags: [], localizable: false, description: null },
      }),
      create: true,
      upsert: true,
      bulk: "ndjson",
    },
    {
      stem: "pam_asset_category",
      path: `${API}/asset-categories`,
      itemParam: "code",
      access: (catalog) => accessRecordStore(catalog.pamAssetCategories),
      notFound: (key) => `Asset category "${key}" does not exist.`,
      keyOf: byCode,
      list: "page",
      writer: createCodeWriter({ defaults: { parent: null, labels: {} } }),
      create: true,
      upsert: true,
      bulk: "ndjson",
    },
    {
      stem: "pam_asset_tag",
      path: `${API}/asset-tags`,
      itemParam: "code",
      access: (catalog) => accessRecordStore(catalog.pamAssetTags),
      notFound: (key) => `Tag "${key}" does not exist.`,
      keyOf: byCode,
      list: "page",
      writer: createCodeWriter({ defaults: {} }),
      upsert: true,
    },
  ];
}
