import { ensureObject, isJsonObject, type JsonObject } from "../json-value.js";
import { forEachOperation } from "../operations.js";

const ERROR_BODY: JsonObject = {
  type: "object",
  required: ["code", "message"],
  properties: {
    code: { type: "integer" },
    message: { type: "string" },
    errors: { type: "array", items: { $ref: "#/components/schemas/ValidationErrorDetail" } },
    _links: {
      type: "object",
      properties: { documentation: { $ref: "#/components/schemas/Link" } },
    },
  },
};

/**
 * Types every 4xx and 5xx answer as Akeneo's one error body (`code`, `message`, optional
 * validation `errors` and documentation link), keeping the example when there is one.
 */
export function repairErrorAnswers(document: JsonObject): JsonObject {
  ensureObject(ensureObject(document, "components"), "schemas").ErrorBody =
    structuredClone(ERROR_BODY);
  forEachOperation(document, ({ operation }) => {
    for (const [status, response] of Object.entries(
      isJsonObject(operation.responses) ? operation.responses : {},
    )) {
      if (!/^[45]\d\d$/.test(status) || !isJsonObject(response)) continue;
      const content = isJsonObject(response.content) ? response.content : {};
      const media = isJsonObject(content["application/json"]) ? content["application/json"] : {};
      const example = media.example;
      response.content = {
        "application/json": {
          schema: { $ref: "#/components/schemas/ErrorBody" },
          ...(isJsonObject(example) ? { example } : {}),
        },
      };
    }
  });
  return document;
}
