import { isJsonObject, type JsonObject } from "../json-value.js";
import { forEachOperation } from "../operations.js";

/**
 * Marks request bodies required, as the server rejects a missing body everywhere except on the
 * operations listed as taking an optional one.
 */
export function repairRequestBodies(
  document: JsonObject,
  optionalBodies: readonly string[],
): JsonObject {
  forEachOperation(document, ({ operation }) => {
    if (!isJsonObject(operation.requestBody)) return;
    const id = typeof operation.operationId === "string" ? operation.operationId : "";
    operation.requestBody.required = !optionalBodies.includes(id);
  });
  return document;
}
