import { isJsonObject, type JsonObject, type JsonValue } from "./json-value.js";
import { forEachOperation } from "./operations.js";

function walk(
  schema: JsonValue | undefined,
  example: JsonValue | undefined,
  visit: (schema: JsonObject, value: JsonValue) => void,
): void {
  if (!isJsonObject(schema) || example === undefined) return;
  visit(schema, example);
  for (const part of Array.isArray(schema.allOf) ? schema.allOf : []) walk(part, example, visit);
  if (Array.isArray(example)) {
    for (const item of example) walk(schema.items, item, visit);
    return;
  }
  if (!isJsonObject(example)) return;
  const properties = isJsonObject(schema.properties) ? schema.properties : {};
  const others = isJsonObject(schema.additionalProperties)
    ? schema.additionalProperties
    : undefined;
  for (const [key, value] of Object.entries(example)) walk(properties[key] ?? others, value, visit);
}

/**
 * Walks every answer example of a document alongside its schema, calling `visit` with each
 * schema and the example value it describes. Akeneo's answer examples are recorded from the
 * server, so they are evidence of what the hand-written schemas leave out.
 */
export function forEachExampleValue(
  document: JsonObject,
  visit: (schema: JsonObject, value: JsonValue) => void,
): void {
  forEachOperation(document, ({ operation }) => {
    const responses = isJsonObject(operation.responses) ? operation.responses : {};
    for (const response of Object.values(responses)) {
      const content =
        isJsonObject(response) && isJsonObject(response.content) ? response.content : {};
      for (const media of Object.values(content)) {
        if (isJsonObject(media)) walk(media.schema, media.example, visit);
      }
    }
  });
}
