import { isJsonObject, type JsonObject, type JsonValue } from "../json-value.js";
import { forEachOperation } from "../operations.js";

/** The path of the token operation, which authenticates with the API client's id and secret. */
export const TOKEN_PATH = "/api/oauth/v1/token";

function isCredentialHeader(parameter: JsonValue): boolean {
  return (
    isJsonObject(parameter) &&
    parameter.in === "header" &&
    typeof parameter.name === "string" &&
    ["content-type", "authorization"].includes(parameter.name.toLowerCase())
  );
}

/** Tells whether an operation's own requirements name a scheme of the description's, such as appToken. */
function requiresScheme(operation: JsonObject, scheme: string): boolean {
  return (
    Array.isArray(operation.security) &&
    operation.security.some((requirement) => isJsonObject(requirement) && scheme in requirement)
  );
}

/**
 * Declares how Akeneo authenticates: a bearer token on every operation, HTTP Basic (client id
 * and secret) on the token operation, and nothing on operations marked `x-no-token`. Whatever
 * schemes the description declares (OpenAPI 3.1's `basicToken`, `bearerToken`, `appToken`) are
 * replaced: an app token is a bearer token like any other, and an operation Akeneo secures with
 * `appToken` keeps that fact as `x-app-token`.
 */
export function addSecuritySchemes(document: JsonObject): JsonObject {
  const components = isJsonObject(document.components) ? document.components : {};
  components.securitySchemes = {
    bearerAuth: { type: "http", scheme: "bearer" },
    basicAuth: { type: "http", scheme: "basic" },
  };
  document.components = components;
  document.security = [{ bearerAuth: [] }];
  forEachOperation(document, ({ path, operation }) => {
    if (requiresScheme(operation, "appToken")) operation["x-app-token"] = true;
    delete operation.security;
    if (path === TOKEN_PATH) operation.security = [{ basicAuth: [] }];
    else if (operation["x-no-token"] === true) operation.security = [];
    if (Array.isArray(operation.parameters)) {
      operation.parameters = operation.parameters.filter((p) => !isCredentialHeader(p));
      if (operation.parameters.length === 0) delete operation.parameters;
    }
  });
  return document;
}
