import { isJsonObject, type JsonObject, type JsonValue } from "../json-value.js";
import { forEachOperation } from "../operations.js";

function addNull(schema: JsonObject): void {
  const type = schema.type;
  if (typeof type === "string") schema.type = [type, "null"];
  else if (Array.isArray(type) && !type.includes("null")) schema.type = [...type, "null"];
}

function markNulls(schema: JsonValue | undefined, example: JsonValue | undefined): void {
  if (!isJsonObject(schema) || example === undefined) return;
  if (example === null) {
    if (schema.type !== undefined) addNull(schema);
    return;
  }
  for (const part of Array.isArray(schema.allOf) ? schema.allOf : []) markNulls(part, example);
  if (Array.isArray(example)) {
    for (const item of example) markNulls(schema.items, item);
    return;
  }
  if (!isJsonObject(example)) return;
  const properties = isJsonObject(schema.properties) ? schema.properties : {};
  for (const [key, value] of Object.entries(example)) {
    markNulls(
      properties[key] ??
        (isJsonObject(schema.additionalProperties) ? schema.additionalProperties : undefined),
      value,
    );
  }
}

/**
 * Makes a property nullable wherever Akeneo's own answer examples show it as null: the
 * examples are recorded from the server, the schemas were written by hand without null.
 */
export function repairNullableFromExamples(document: JsonObject): JsonObject {
  forEachOperation(document, ({ operation }) => {
    for (const response of Object.values(
      isJsonObject(operation.responses) ? operation.responses : {},
    )) {
      const content =
        isJsonObject(response) && isJsonObject(response.content) ? response.content : {};
      for (const media of Object.values(content)) {
        if (isJsonObject(media)) markNulls(media.schema, media.example);
      }
    }
  });
  return document;
}
