import { reasonPhrase } from "../http-status.js";
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

function hasParameter(operation: JsonObject, test: (p: JsonObject) => boolean): boolean {
  const parameters = Array.isArray(operation.parameters) ? operation.parameters : [];
  return parameters.some((p) => isJsonObject(p) && test(p));
}

/** The error statuses the server can answer to an operation, whether or not Akeneo lists them. */
function possibleErrors(operation: JsonObject): string[] {
  const takesInput =
    isJsonObject(operation.requestBody) || hasParameter(operation, (p) => p.name === "search");
  const needsToken = !(Array.isArray(operation.security) && operation.security.length === 0);
  return [
    ...(takesInput ? ["400", "422"] : []),
    ...(needsToken ? ["401"] : []),
    ...(hasParameter(operation, (p) => p.in === "path") ? ["404"] : []),
    "429",
  ];
}

/**
 * Types every 4xx and 5xx answer as Akeneo's one error body (`code`, `message`, optional
 * validation `errors` and documentation link), keeping the example when there is one. Adds the
 * errors Akeneo's description omits but the server answers: 400 and 422 to what takes a body or a
 * search filter, 401 to what needs a token, 404 under an unknown path parameter, 429 everywhere.
 */
export function repairErrorAnswers(document: JsonObject): JsonObject {
  ensureObject(ensureObject(document, "components"), "schemas").ErrorBody =
    structuredClone(ERROR_BODY);
  forEachOperation(document, ({ operation }) => {
    const responses = ensureObject(operation, "responses");
    for (const status of possibleErrors(operation)) {
      responses[status] ??= { description: reasonPhrase(status) };
    }
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
