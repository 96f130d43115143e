import { ensureObject, type JsonObject } from "../json-value.js";
import { forEachOperation } from "../operations.js";

/** The path of the token operation, which authenticates with the API client's id and secret. */
export const TOKEN_PATH = "/api/oauth/v1/token";

/**
 * Declares how Akeneo authenticates: a bearer token on every operation, HTTP Basic (client id
 * and secret) on the token operation, and nothing on operations marked `x-no-token`.
 */
export function addSecuritySchemes(document: JsonObject): JsonObject {
  const schemes = ensureObject(ensureObject(document, "components"), "securitySchemes");
  schemes.bearerAuth = { type: "http", scheme: "bearer" };
  schemes.basicAuth = { type: "http", scheme: "basic" };
  document.security = [{ bearerAuth: [] }];
  forEachOperation(document, ({ path, operation }) => {
    if (path === TOKEN_PATH) operation.security = [{ basicAuth: [] }];
    else if (operation["x-no-token"] === true) operation.security = [];
    if (Array.isArray(operation.parameters)) {
      operation.parameters = operation.parameters.filter(
        (p) =>
          !(
            typeof p === "object" &&
            p !== null &&
            !Array.isArray(p) &&
            p.in === "header" &&
            typeof p.name === "string" &&
            ["content-type", "authorization"].includes(p.name.toLowerCase())
          ),
      );
      if (operation.parameters.length === 0) delete operation.parameters;
    }
  });
  return document;
}
