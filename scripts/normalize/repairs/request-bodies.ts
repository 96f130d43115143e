import { isJsonObject, type JsonObject, type JsonValue } from "../json-value.js";
import { forEachOperation } from "../operations.js";

function withoutRequired(schema: JsonValue | undefined): JsonValue | undefined {
  if (!isJsonObject(schema)) return schema;
  const { required: _required, ...rest } = schema;
  return schema.type === "array" && rest.items !== undefined
    ? { ...rest, items: withoutRequired(rest.items) ?? {} }
    : rest;
}

/**
 * Marks request bodies required, as the server rejects a missing body everywhere except on the
 * operations listed as taking an optional one. PATCH bodies require no property: the server
 * takes the key from the URL and merges what is sent into what it has.
 */
export function repairRequestBodies(
  document: JsonObject,
  optionalBodies: readonly string[],
): JsonObject {
  forEachOperation(document, ({ method, operation }) => {
    const body = operation.requestBody;
    if (!isJsonObject(body)) return;
    const id = typeof operation.operationId === "string" ? operation.operationId : "";
    body.required = !optionalBodies.includes(id);
    if (method !== "patch" || !isJsonObject(body.content)) return;
    for (const media of Object.values(body.content)) {
      if (isJsonObject(media) && media.schema !== undefined) {
        media.schema = withoutRequired(media.schema) ?? {};
      }
    }
  });
  return document;
}
