import type { JsonObject } from "../../../../scripts/normalize/json-value.js";
import { repairSchemaTypes } from "../../../../scripts/normalize/repairs/schema-types.js";
import {
  answerSchema,
  convertedPaths,
  operationAt,
  TINY_RULES,
  valueAt,
} from "../tiny-description.js";

/** Runs the repair on one answer schema and returns it. */
function schemaOf(schema: JsonObject): unknown {
  const document = repairSchemaTypes(
    convertedPaths({ "/widgets": { get: { responses: { "200": { schema } } } } }),
    TINY_RULES,
  );
  return answerSchema(operationAt(document, "/widgets", "get"), "200");
}

describe("repairSchemaTypes", () => {
  it("writes dateTime formats as date-time", () => {
    expect(schemaOf({ type: "string", format: "dateTime" })).toEqual({
      type: "string",
      format: "date-time",
    });
  });

  it("turns x-read-only and x-deprecated into readOnly and deprecated", () => {
    const schema = schemaOf({
      type: "object",
      properties: {
        created: { type: "string", "x-read-only": true },
        old: { type: "string", "x-deprecated": true },
      },
    });
    expect(valueAt(schema, "properties")).toEqual({
      created: { type: "string", readOnly: true },
      old: { type: "string", deprecated: true },
    });
  });

  it("turns a null default into nullability without a default", () => {
    const schema = schemaOf({
      type: "object",
      properties: {
        unit: { type: "string", default: null },
        label: { type: "string", default: "null if empty" },
        count: { type: "integer", default: 10 },
        size: { type: "integer", default: "big" },
      },
    });
    expect(valueAt(schema, "properties")).toEqual({
      unit: { type: ["string", "null"] },
      label: { type: ["string", "null"] },
      count: { type: "integer", default: 10 },
      size: { type: "integer" },
    });
  });

  it("makes the properties the server sends as null nullable", () => {
    const schema = schemaOf({
      type: "object",
      properties: {
        scope: { type: "string" },
        family: { type: "string" },
        code: { type: "string" },
      },
    });
    expect(valueAt(schema, "properties")).toEqual({
      scope: { type: ["string", "null"] },
      family: { type: ["string", "null"] },
      code: { type: "string" },
    });
  });

  it("turns a placeholder property into a map of its value", () => {
    const schema = schemaOf({
      type: "object",
      properties: {
        labels: {
          type: "object",
          required: ["localeCode"],
          properties: { localeCode: { type: "string" } },
        },
      },
    });
    expect(valueAt(schema, "properties/labels")).toEqual({
      type: "object",
      additionalProperties: { type: "string" },
    });
  });

  it("keeps a property with a placeholder's name when it has siblings", () => {
    const schema = schemaOf({
      type: "object",
      properties: { localeCode: { type: "string" }, code: { type: "string" } },
    });
    expect(Object.keys(valueAt(schema, "properties") as object)).toEqual(["localeCode", "code"]);
  });

  it("makes a bare object a free-form map", () => {
    expect(schemaOf({ type: "object", properties: { extra: { type: "object" } } })).toEqual({
      type: "object",
      properties: { extra: { type: "object", additionalProperties: true } },
    });
  });

  it("types the data of a product value as the ProductValueData union", () => {
    const schema = schemaOf({
      type: "object",
      properties: {
        values: {
          type: "object",
          properties: {
            attributeCode: {
              type: "array",
              items: {
                type: "object",
                properties: {
                  scope: { type: "string" },
                  locale: { type: "string" },
                  data: { type: "object" },
                },
              },
            },
          },
        },
      },
    });
    expect(
      valueAt(schema, "properties/values/properties/attributeCode/items/properties/data"),
    ).toEqual({
      $ref: "#/components/schemas/ProductValueData",
    });
  });

  it("declares the ProductValueData union with prices and measurements", () => {
    const document = repairSchemaTypes(convertedPaths({}), TINY_RULES);
    const union = valueAt(document, "components/schemas/ProductValueData/anyOf") as unknown[];
    expect(union).toContainEqual({ type: "null" });
    expect(union).toContainEqual({ $ref: "#/components/schemas/MeasurementValue" });
    expect(union).toContainEqual({
      type: "array",
      items: { $ref: "#/components/schemas/PriceValue" },
    });
  });
});

describe("repairSchemaTypes with the optional repair data", () => {
  const rules = {
    ...TINY_RULES,
    optionalProperties: ["media_kind"],
    placeholderDefaults: ["no value"],
    propertySchemas: { scores: { type: "array", items: { type: "string" } } },
  };
  const repaired = (schema: JsonObject): unknown =>
    answerSchema(
      operationAt(
        repairSchemaTypes(
          convertedPaths({ "/widgets": { get: { responses: { "200": { schema } } } } }),
          rules,
        ),
        "/widgets",
        "get",
      ),
      "200",
    );

  it("stops requiring the properties listed as optional", () => {
    const schema = repaired({
      type: "object",
      required: ["code", "media_kind"],
      properties: { code: { type: "string" }, media_kind: { type: "string" } },
    });
    expect(valueAt(schema, "required")).toEqual(["code"]);
  });

  it("drops a default that is documentation text", () => {
    expect(repaired({ type: "string", default: "no value" })).toEqual({ type: "string" });
  });

  it("replaces a free-form property whose real shape is known, keeping readOnly", () => {
    const schema = repaired({
      type: "object",
      properties: { scores: { type: "object", "x-read-only": true } },
    });
    expect(valueAt(schema, "properties/scores")).toEqual({
      type: "array",
      items: { type: "string" },
      readOnly: true,
    });
  });
});

describe("repairSchemaTypes on OpenAPI 3.1 traits", () => {
  const LABEL = { type: ["null", "string"] };

  it("turns a label map written as patternProperties into a map of its value", () => {
    const schema = schemaOf({
      type: "object",
      properties: {
        labels: {
          type: "object",
          patternProperties: { "^[a-zA-Z]{2,}_[a-zA-Z0-9_]{2,}$": LABEL },
        },
      },
    });
    expect(valueAt(schema, "properties/labels")).toEqual({
      type: "object",
      additionalProperties: LABEL,
    });
  });

  it("turns an association map with additionalProperties false into a map of its pattern's value", () => {
    const association = { type: "object", properties: { products: { type: "array" } } };
    const schema = schemaOf({
      type: "object",
      patternProperties: { "^\\w+$": association },
      additionalProperties: false,
    });
    expect(schema).toEqual({ type: "object", additionalProperties: association });
  });

  it("joins several key patterns into one map of their union", () => {
    const schema = schemaOf({
      type: "object",
      patternProperties: { "^a": { type: "string" }, "^b": { type: "integer" } },
    });
    expect(schema).toEqual({
      type: "object",
      additionalProperties: { anyOf: [{ type: "string" }, { type: "integer" }] },
    });
  });

  it("repairs the schemas inside a pattern map (dateTime, nullable objects with no shape)", () => {
    const schema = schemaOf({
      type: "object",
      patternProperties: {
        "^\\w+$": {
          type: "object",
          properties: {
            at: { type: "string", format: "dateTime" },
            extra: { type: ["object", "null"] },
          },
        },
      },
    });
    expect(valueAt(schema, "additionalProperties/properties")).toEqual({
      at: { type: "string", format: "date-time" },
      extra: { type: ["object", "null"], additionalProperties: true },
    });
  });
});
