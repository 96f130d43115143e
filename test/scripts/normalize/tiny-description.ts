import { convertSwagger2 } from "../../../scripts/normalize/convert-swagger2.js";
import { isJsonObject, type JsonObject } from "../../../scripts/normalize/json-value.js";
import type { LoadedDescription } from "../../../scripts/normalize/load-description.js";
import type { NamingMap, RepairRules } from "../../../scripts/normalize/normalize-description.js";

/** Wraps a `paths` object of our own into a loaded Swagger 2.0 description. */
export function swaggerDescription(paths: JsonObject, extra: JsonObject = {}): LoadedDescription {
  return {
    dialect: "swagger-2.0",
    document: { swagger: "2.0", info: { title: "Tiny", version: "1" }, paths, ...extra },
    sha256: "0".repeat(64),
    path: "tiny.json",
  };
}

/** Converts a Swagger 2.0 `paths` object of our own to OpenAPI 3.1, before any repair. */
export function convertedPaths(paths: JsonObject): JsonObject {
  return convertSwagger2(swaggerDescription(paths).document);
}

/** Returns the operation at a path and method, failing loudly when it is not there. */
export function operationAt(document: JsonObject, path: string, method: string): JsonObject {
  const item = isJsonObject(document.paths) ? document.paths[path] : undefined;
  const operation = isJsonObject(item) ? item[method] : undefined;
  if (!isJsonObject(operation)) throw new Error(`no ${method} ${path} in the fixture`);
  return operation;
}

/** Reads a value at a slash-separated path, or undefined. */
export function valueAt(node: unknown, path: string): unknown {
  let current: unknown = node;
  for (const key of path.split("/").filter(Boolean)) {
    if (Array.isArray(current)) current = current[Number(key)];
    else if (isJsonObject(current)) current = current[key];
    else return undefined;
  }
  return current;
}

/** Repair data for fixtures: the same kinds of facts as openapi/repairs.json, on our own names. */
export const TINY_RULES: RepairRules = {
  placeholderKeys: ["localeCode", "channelCode"],
  nullableProperties: ["scope", "locale", "parent", "family"],
  optionalBodies: ["launch_job"],
  jsonArrayBatches: ["patch_widgets_json"],
  arrayAnswers: ["widgets_get_array"],
};

/** A naming map for fixtures. */
export const TINY_NAMING: NamingMap = {
  operations: {
    "GET /widgets/{code}": { operationId: "widgets_get", name: "getWidget", kind: "get" },
    "GET /widgets": { operationId: "widgets_get_list", name: "listWidgets", kind: "list" },
  },
  schemas: { Widget: { operation: "widgets_get", at: "response" } },
};

/** Returns the schema an operation's answer has under a media type, or undefined. */
export function answerSchema(
  operation: JsonObject,
  status: string,
  mediaType = "application/json",
): unknown {
  const content = valueAt(operation, `responses/${status}/content`);
  return valueAt(isJsonObject(content) ? content[mediaType] : undefined, "schema");
}
