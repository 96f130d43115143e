import { isJsonObject, type JsonObject } from "../json-value.js";
import { forEachOperation } from "../operations.js";

/**
 * Wraps in an array the answers that the server sends as a JSON array while Akeneo's
 * description types them as a single object (the operations listed in openapi/repairs.json).
 */
export function repairArrayAnswers(
  document: JsonObject,
  arrayAnswers: readonly string[],
): JsonObject {
  forEachOperation(document, ({ operation }) => {
    if (!arrayAnswers.includes(String(operation.operationId))) return;
    const ok = isJsonObject(operation.responses) ? operation.responses["200"] : undefined;
    const content = isJsonObject(ok) && isJsonObject(ok.content) ? ok.content : {};
    const media = content["application/json"];
    if (isJsonObject(media) && isJsonObject(media.schema) && media.schema.type !== "array") {
      media.schema = { type: "array", items: media.schema };
    }
  });
  return document;
}
