import { ensureObject, isJsonObject, type JsonObject, type JsonValue } from "../json-value.js";
import { forEachSchema } from "../schema-walk.js";

/** Repair data kept in openapi/repairs.json: names whose meaning the code cannot guess. */
export interface SchemaRepairRules {
  /** Property names Akeneo uses as placeholders for map keys (`localeCode`, …). */
  placeholderKeys: string[];
  /** Property names whose value the server sends as null (scope, locale, parent, family). */
  nullableProperties: string[];
  /** Property names never required, though the description requires them. */
  optionalProperties?: string[];
  /** Default values that are documentation placeholders, not values the server applies. */
  placeholderDefaults?: string[];
  /** Schemas of properties whose description is wrong, replacing a free-form object. */
  propertySchemas?: Record<string, JsonObject>;
}

const PRODUCT_VALUE_DATA: JsonObject = {
  anyOf: [
    { type: "string" },
    { type: "number" },
    { type: "boolean" },
    { type: "null" },
    { type: "array", items: { type: "string" } },
    { type: "array", items: { $ref: "#/components/schemas/PriceValue" } },
    { $ref: "#/components/schemas/MeasurementValue" },
    { type: "array", items: { type: "object", additionalProperties: true } },
    { type: "object", additionalProperties: true },
  ],
};
const VALUE_SCHEMAS: JsonObject = {
  ProductValueData: PRODUCT_VALUE_DATA,
  PriceValue: {
    type: "object",
    required: ["currency"],
    properties: { amount: { type: ["string", "number", "null"] }, currency: { type: "string" } },
  },
  MeasurementValue: {
    type: "object",
    required: ["unit"],
    properties: { amount: { type: ["string", "number", "null"] }, unit: { type: "string" } },
  },
};

function addNull(schema: JsonObject): void {
  const type = schema.type;
  if (typeof type === "string" && type !== "null") schema.type = [type, "null"];
  else if (Array.isArray(type) && !type.includes("null")) schema.type = [...type, "null"];
}

function isNullDefault(value: JsonValue | undefined): boolean {
  return value === null || (typeof value === "string" && /^null\b/.test(value));
}

function matchesType(value: JsonValue, type: JsonValue | undefined): boolean {
  const types = Array.isArray(type) ? type : [type];
  return types.some((t) => {
    if (t === "array") return Array.isArray(value);
    if (t === "object") return isJsonObject(value);
    if (t === "integer") return Number.isInteger(value);
    if (t === "null") return value === null;
    return typeof value === t;
  });
}

function repairKeywords(schema: JsonObject, rules: SchemaRepairRules): void {
  if (schema.format === "dateTime") schema.format = "date-time";
  if (schema["x-read-only"] === true) schema.readOnly = true;
  if (schema["x-nullable"] === true) addNull(schema);
  if (schema["x-deprecated"] === true) schema.deprecated = true;
  delete schema["x-read-only"];
  delete schema["x-nullable"];
  delete schema["x-deprecated"];
  if (typeof schema.default === "string" && rules.placeholderDefaults?.includes(schema.default)) {
    delete schema.default;
  }
  if (Array.isArray(schema.required) && rules.optionalProperties !== undefined) {
    const optional = rules.optionalProperties;
    schema.required = schema.required.filter((name) => !optional.includes(String(name)));
    if (schema.required.length === 0) delete schema.required;
  }
  if ("default" in schema) {
    if (isNullDefault(schema.default)) addNull(schema);
    if (isNullDefault(schema.default) || !matchesType(schema.default ?? null, schema.type)) {
      delete schema.default;
    }
  }
}

function repairProperties(schema: JsonObject, rules: SchemaRepairRules): void {
  const properties = schema.properties;
  if (!isJsonObject(properties)) return;
  const keys = Object.keys(properties);
  const placeholder = keys.find((k) => rules.placeholderKeys.includes(k));
  if (placeholder !== undefined && keys.length === 1) {
    schema.additionalProperties = properties[placeholder] ?? true;
    delete schema.properties;
    delete schema.required;
    return;
  }
  for (const [name, replacement] of Object.entries(rules.propertySchemas ?? {})) {
    const property = properties[name];
    if (isJsonObject(property) && property.type === "object" && property.properties === undefined) {
      properties[name] = {
        ...structuredClone(replacement),
        ...(property.readOnly === true || property["x-read-only"] === true
          ? { readOnly: true }
          : {}),
      };
    }
  }
  for (const name of rules.nullableProperties) {
    const property = properties[name];
    if (isJsonObject(property) && property.type === "string") addNull(property);
  }
  const data = properties.data;
  const isBareData = isJsonObject(data) && data.properties === undefined && data.type === "object";
  const isValueItem = "locale" in properties && ("scope" in properties || "channel" in properties);
  if (isValueItem && isBareData) {
    properties.data = { $ref: "#/components/schemas/ProductValueData" };
  }
}

/**
 * Turns `patternProperties` (OpenAPI 3.1 label maps, product values, associations) into the
 * `additionalProperties` map the Swagger 2.0 description gives the same data: a key pattern
 * cannot be expressed in a TypeScript type, and `additionalProperties: false` beside the
 * patterns only meant "no other keys".
 */
function repairPatternMap(schema: JsonObject): void {
  const patterns = schema.patternProperties;
  if (!isJsonObject(patterns)) return;
  const values = Object.values(patterns);
  delete schema.patternProperties;
  if (values.length === 0) return;
  schema.additionalProperties = values.length === 1 ? (values[0] ?? true) : { anyOf: values };
}

function isObjectType(type: JsonValue | undefined): boolean {
  return type === "object" || (Array.isArray(type) && type.includes("object"));
}

function repairBareObject(schema: JsonObject): void {
  const structural = ["properties", "additionalProperties", "allOf", "oneOf", "anyOf", "$ref"];
  if (isObjectType(schema.type) && structural.every((k) => !(k in schema))) {
    schema.additionalProperties = true;
  }
}

/**
 * Repairs schema keywords: `dateTime` formats, read-only and deprecated marks, nullability
 * where the server sends null, placeholder property names turned into maps, bare objects
 * turned into free-form maps, key patterns turned into maps, and product value `data` typed as
 * the union of its real shapes.
 */
export function repairSchemaTypes(document: JsonObject, rules: SchemaRepairRules): JsonObject {
  Object.assign(
    ensureObject(ensureObject(document, "components"), "schemas"),
    structuredClone(VALUE_SCHEMAS),
  );
  forEachSchema(document, (schema) => {
    repairKeywords(schema, rules);
    repairPatternMap(schema);
    repairProperties(schema, rules);
    repairBareObject(schema);
  });
  return document;
}
