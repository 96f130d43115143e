import type { JsonObject, JsonValue } from "../json-types.js";
import type { Catalog } from "../store/catalog.js";
import type { SearchSchema } from "./search-filter.js";
import type { SearchField } from "./search-operators.js";

const read =
  (property: string) =>
  (record: JsonObject): JsonValue =>
    record[property] ?? null;

const field = (kind: SearchField["kind"], property: string): SearchField => ({
  kind,
  read: read(property),
});

/** Filters of products and published products: properties plus attribute values. */
export function createProductSearchSchema(catalog: Catalog): SearchSchema {
  return {
    fields: {
      identifier: field("scalar", "identifier"),
      uuid: field("scalar", "uuid"),
      family: field("scalar", "family"),
      parent: field("scalar", "parent"),
      enabled: field("boolean", "enabled"),
      categories: field("category", "categories"),
      groups: field("list", "groups"),
      created: field("date", "created"),
      updated: field("date", "updated"),
    },
    attributeType: (code) => attributeTypeOf(catalog, code),
  };
}

/** Filters of product models; `identifier` filters on the model code, as in Akeneo. */
export function createProductModelSearchSchema(catalog: Catalog): SearchSchema {
  return {
    fields: {
      identifier: field("scalar", "code"),
      code: field("scalar", "code"),
      family: field("scalar", "family"),
      family_variant: field("scalar", "family_variant"),
      parent: field("scalar", "parent"),
      categories: field("category", "categories"),
      created: field("date", "created"),
      updated: field("date", "updated"),
    },
    attributeType: (code) => attributeTypeOf(catalog, code),
  };
}

/** Filters of resources searchable by code and, optionally, a few more properties. */
export function createCodeSearchSchema(
  extra: Readonly<Record<string, SearchField>> = {},
): SearchSchema {
  return { fields: { code: field("scalar", "code"), ...extra } };
}

/** Filters of categories: code, parent, root-ness and update date. */
export function createCategorySearchSchema(): SearchSchema {
  return createCodeSearchSchema({
    parent: field("scalar", "parent"),
    is_root: { kind: "boolean", read: (record) => (record.parent ?? null) === null },
    updated: field("date", "updated"),
  });
}

/** Builds one search field reading a top-level property. */
export function createSearchField(kind: SearchField["kind"], property: string): SearchField {
  return field(kind, property);
}

function attributeTypeOf(catalog: Catalog, code: string): string | undefined {
  const type = catalog.attributes.get(code)?.type;
  return typeof type === "string" ? type : undefined;
}
