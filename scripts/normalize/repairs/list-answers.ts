import { ensureObject, isJsonObject, type JsonObject, type JsonValue } from "../json-value.js";
import { forEachOperation } from "../operations.js";
import { forEachSchema } from "../schema-walk.js";

const LINK_SCHEMAS: JsonObject = {
  Link: { type: "object", required: ["href"], properties: { href: { type: "string" } } },
  ListLinks: {
    type: "object",
    properties: {
      self: { $ref: "#/components/schemas/Link" },
      first: { $ref: "#/components/schemas/Link" },
      previous: { $ref: "#/components/schemas/Link" },
      next: { $ref: "#/components/schemas/Link" },
    },
  },
  ItemLinks: {
    type: "object",
    properties: {
      _links: {
        type: "object",
        properties: { self: { $ref: "#/components/schemas/Link" } },
        additionalProperties: { $ref: "#/components/schemas/Link" },
      },
    },
  },
};

function collectProperties(schema: JsonObject, into: JsonObject = {}): JsonObject {
  if (isJsonObject(schema.properties)) Object.assign(into, schema.properties);
  for (const part of Array.isArray(schema.allOf) ? schema.allOf : []) {
    if (isJsonObject(part)) collectProperties(part, into);
  }
  return into;
}

function listItemSchema(properties: JsonObject): JsonValue | undefined {
  const embedded = properties._embedded;
  if (!isJsonObject(embedded)) return undefined;
  const embeddedProperties = collectProperties(embedded);
  // Akeneo's description names the asset list's items `_items`; the server sends `items`.
  const items = embeddedProperties.items ?? embeddedProperties._items;
  return isJsonObject(items) && items.type === "array" ? (items.items ?? {}) : undefined;
}

function withItemLinks(item: JsonValue): JsonValue {
  if (!isJsonObject(item) || !Array.isArray(item.allOf)) return item;
  const parts = item.allOf.filter((part) => {
    const props = isJsonObject(part) ? collectProperties(part) : {};
    return !(Object.keys(props).length === 1 && "_links" in props);
  });
  if (parts.length === item.allOf.length) return item;
  return { allOf: [{ $ref: "#/components/schemas/ItemLinks" }, ...parts] };
}

/** Rewrites a list answer into one canonical shape with links, page, count and items. */
function canonicalListAnswer(schema: JsonObject): JsonObject | undefined {
  const properties = collectProperties(schema);
  const item = listItemSchema(properties);
  if (item === undefined || !("_links" in properties)) return undefined;
  const out: JsonObject = {
    type: "object",
    required: ["_links", "_embedded"],
    properties: {
      _links: { $ref: "#/components/schemas/ListLinks" },
      ...("current_page" in properties ? { current_page: { type: "integer" } } : {}),
      items_count: { type: "integer" },
      _embedded: {
        type: "object",
        required: ["items"],
        properties: { items: { type: "array", items: withItemLinks(item) } },
      },
    },
  };
  return out;
}

function renameExampleItems(example: JsonValue | undefined): void {
  const embedded = isJsonObject(example) ? example._embedded : undefined;
  if (isJsonObject(embedded) && "_items" in embedded && !("items" in embedded)) {
    embedded.items = embedded._items ?? [];
    delete embedded._items;
  }
}

/**
 * Repairs list answers and list parameters: one canonical page shape with `items` and
 * `items_count` (sent with `with_count=true`, missing from Akeneo's description), no invented
 * default for `search_after`, and the `with_quality_scores` name that the server actually reads.
 */
export function repairListAnswers(document: JsonObject): JsonObject {
  Object.assign(
    ensureObject(ensureObject(document, "components"), "schemas"),
    structuredClone(LINK_SCHEMAS),
  );
  forEachOperation(document, ({ operation }) => {
    for (const parameter of Array.isArray(operation.parameters) ? operation.parameters : []) {
      if (
        isJsonObject(parameter) &&
        parameter.name === "search_after" &&
        isJsonObject(parameter.schema)
      ) {
        delete parameter.schema.default;
      }
    }
    const ok = isJsonObject(operation.responses) ? operation.responses["200"] : undefined;
    const media =
      isJsonObject(ok) && isJsonObject(ok.content) ? ok.content["application/json"] : undefined;
    const canonical =
      isJsonObject(media) && isJsonObject(media.schema)
        ? canonicalListAnswer(media.schema)
        : undefined;
    if (isJsonObject(media) && canonical !== undefined) {
      media.schema = canonical;
      renameExampleItems(media.example);
    }
  });
  forEachSchema(document, (schema) => {
    const properties = schema.properties;
    if (isJsonObject(properties) && "with_quality_scores__products" in properties) {
      properties.with_quality_scores = properties.with_quality_scores__products ?? true;
      delete properties.with_quality_scores__products;
    }
  });
  return document;
}
