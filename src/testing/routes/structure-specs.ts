import {
  createCategorySearchSchema,
  createCodeSearchSchema,
  createSearchField,
} from "../listing/search-schemas.js";
import { accessRecordStore } from "../store/collection-access.js";
import type { ResourceWriter } from "../writes/resource-writer.js";
import {
  createAttributeWriter,
  createCategoryWriter,
  createChannelWriter,
  createCodeWriter,
  createFamilyVariantWriter,
  createFamilyWriter,
  createMeasurementFamilyWriter,
} from "../writes/structure-writers.js";
import type { CollectionSpec } from "./collection-spec.js";

const API = "/api/rest/v1";

const byCode = (record: { code?: unknown }): string => String(record.code);

/** Specs of the catalog structure: families, attributes, categories, channels, … */
export function createStructureSpecs(): CollectionSpec[] {
  const editable = (writer: ResourceWriter) => ({
    writer,
    create: true,
    upsert: true,
    bulk: "ndjson" as const,
  });
  return [
    {
      stem: "family",
      path: `${API}/families`,
      itemParam: "code",
      access: (catalog) => accessRecordStore(catalog.families),
      notFound: (key) => `Family "${key}" does not exist.`,
      keyOf: byCode,
      list: "page",
      search: () => createCodeSearchSchema(),
      ...editable(createFamilyWriter()),
      remove: true,
    },
    {
      stem: "family_variant",
      path: `${API}/families/{family_code}/variants`,
      itemParam: "code",
      access: (catalog, params) =>
        catalog.families.has(params.family_code ?? "")
          ? accessRecordStore(catalog.familyVariants.of(params.family_code ?? ""))
          : undefined,
      parentMissing: (params) => `Family "${params.family_code}" does not exist.`,
      notFound: (key) => `Family variant "${key}" does not exist.`,
      keyOf: byCode,
      list: "page",
      ...editable(createFamilyVariantWriter()),
    },
    {
      stem: "attribute",
      path: `${API}/attributes`,
      itemParam: "code",
      access: (catalog) => accessRecordStore(catalog.attributes),
      notFound: (key) => `Attribute "${key}" does not exist.`,
      keyOf: byCode,
      list: "page",
      search: () => createCodeSearchSchema({ type: createSearchField("scalar", "type") }),
      ...editable(createAttributeWriter()),
    },
    {
      stem: "attribute_option",
      path: `${API}/attributes/{attribute_code}/options`,
      itemParam: "code",
      access: (catalog, params) =>
        catalog.attributes.has(params.attribute_code ?? "")
          ? accessRecordStore(catalog.attributeOptions.of(params.attribute_code ?? ""))
          : undefined,
      parentMissing: (params) => `Attribute "${params.attribute_code}" does not exist.`,
      notFound: (key) => `Attribute option "${key}" does not exist.`,
      keyOf: byCode,
      list: "page",
      ...editable({
        ...createCodeWriter({ defaults: { sort_order: 1, labels: {} } }),
        complete: (candidate, _existing, context) => ({
          ...candidate,
          attribute: context.params.attribute_code ?? null,
        }),
      }),
    },
    {
      stem: "attribute_group",
      path: `${API}/attribute-groups`,
      itemParam: "code",
      access: (catalog) => accessRecordStore(catalog.attributeGroups),
      notFound: (key) => `Attribute group "${key}" does not exist.`,
      keyOf: byCode,
      list: "page",
      search: () => createCodeSearchSchema(),
      ...editable(createCodeWriter({ defaults: { sort_order: 0, attributes: [], labels: {} } })),
    },
    {
      stem: "association_type",
      path: `${API}/association-types`,
      itemParam: "code",
      access: (catalog) => accessRecordStore(catalog.associationTypes),
      notFound: (key) => `Association type "${key}" does not exist.`,
      keyOf: byCode,
      list: "page",
      ...editable(
        createCodeWriter({ defaults: { labels: {}, is_quantified: false, is_two_way: false } }),
      ),
    },
    {
      stem: "channel",
      path: `${API}/channels`,
      itemParam: "code",
      access: (catalog) => accessRecordStore(catalog.channels),
      notFound: (key) => `Channel "${key}" does not exist.`,
      keyOf: byCode,
      list: "page",
      ...editable(createChannelWriter()),
    },
    {
      stem: "category",
      path: `${API}/categories`,
      itemParam: "code",
      access: (catalog) => accessRecordStore(catalog.categories),
      notFound: (key) => `Category "${key}" does not exist.`,
      keyOf: byCode,
      list: "page",
      search: createCategorySearchSchema,
      ...editable(createCategoryWriter()),
    },
    {
      stem: "locale",
      path: `${API}/locales`,
      itemParam: "code",
      access: (catalog) => accessRecordStore(catalog.locales),
      notFound: (key) => `Locale "${key}" does not exist.`,
      keyOf: byCode,
      list: "page",
      search: () => createCodeSearchSchema({ enabled: createSearchField("boolean", "enabled") }),
    },
    {
      stem: "currency",
      path: `${API}/currencies`,
      itemParam: "code",
      access: (catalog) => accessRecordStore(catalog.currencies),
      notFound: (key) => `Currency "${key}" does not exist.`,
      keyOf: byCode,
      list: "page",
      search: () => createCodeSearchSchema({ enabled: createSearchField("boolean", "enabled") }),
    },
    {
      stem: "measurement_family",
      path: `${API}/measurement-families`,
      itemParam: "code",
      access: (catalog) => accessRecordStore(catalog.measurementFamilies),
      notFound: (key) => `Measurement family "${key}" does not exist.`,
      keyOf: byCode,
      list: "plain-array",
      writer: createMeasurementFamilyWriter(),
      bulk: "json-array",
    },
    {
      stem: "measure_family",
      path: `${API}/measure-families`,
      itemParam: "code",
      access: (catalog) => accessRecordStore(catalog.measureFamilies),
      notFound: (key) => `Measure family "${key}" does not exist.`,
      keyOf: byCode,
      list: "page",
    },
  ];
}
