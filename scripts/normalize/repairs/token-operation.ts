import { ensureObject, type JsonObject } from "../json-value.js";
import { forEachOperation } from "../operations.js";
import { TOKEN_PATH } from "./security.js";

const GRANT_SCHEMAS: JsonObject = {
  PasswordGrantRequest: {
    type: "object",
    required: ["grant_type", "username", "password"],
    properties: {
      grant_type: { type: "string", const: "password" },
      username: { type: "string" },
      password: { type: "string" },
    },
  },
  RefreshTokenGrantRequest: {
    type: "object",
    required: ["grant_type", "refresh_token"],
    properties: {
      grant_type: { type: "string", const: "refresh_token" },
      refresh_token: { type: "string" },
    },
  },
  TokenAnswer: {
    type: "object",
    required: ["access_token", "expires_in", "token_type", "refresh_token"],
    properties: {
      access_token: { type: "string" },
      expires_in: { type: "integer" },
      token_type: { type: "string" },
      scope: { type: ["string", "null"] },
      refresh_token: { type: "string" },
    },
  },
};

/**
 * Describes both grants of the token operation (password and refresh_token), as JSON and as
 * form-urlencoded bodies, since Akeneo's description models only the password grant.
 */
export function repairTokenOperation(document: JsonObject): JsonObject {
  const schemas = ensureObject(ensureObject(document, "components"), "schemas");
  Object.assign(schemas, structuredClone(GRANT_SCHEMAS));
  const grant = {
    oneOf: [
      { $ref: "#/components/schemas/PasswordGrantRequest" },
      { $ref: "#/components/schemas/RefreshTokenGrantRequest" },
    ],
  };
  forEachOperation(document, ({ path, method, operation }) => {
    if (path !== TOKEN_PATH || method !== "post") return;
    operation.requestBody = {
      required: true,
      content: {
        "application/json": { schema: structuredClone(grant) },
        "application/x-www-form-urlencoded": { schema: structuredClone(grant) },
      },
    };
    const ok = ensureObject(ensureObject(operation, "responses"), "200");
    ok.content = {
      "application/json": { schema: { $ref: "#/components/schemas/TokenAnswer" } },
    };
  });
  return document;
}
