import { reasonPhrase } from "../http-status.js";
import { isJsonObject, type JsonObject, visitObjects } from "../json-value.js";

/** The vendor extensions that carry facts the generator needs; every other one is dropped. */
const FACT_EXTENSIONS = new Set([
  "x-versions",
  "x-ee",
  "x-deprecated",
  "x-body-by-line",
  "x-app-token",
  "x-no-token",
  "x-content-type",
  "x-form-data",
  "x-read-only",
  "x-nullable",
  "x-body-by-line-schema",
]);
/** What a media type entry keeps: its schema, its recorded example, and the NDJSON line schema. */
const MEDIA_TYPE_KEYS = new Set(["schema", "example", "x-body-by-line-schema"]);
const PROSE_KEYS = ["description", "summary", "title", "example", "examples"];

function isMediaTypeEntry(path: readonly (string | number)[], at: number): boolean {
  return (
    path[at - 1] === "content" && (path[at - 2] === "requestBody" || path[at - 3] === "responses")
  );
}

/** Tells whether a node lies inside an example kept under a media type: recorded data, not prose. */
function isInsideKeptExample(path: readonly (string | number)[]): boolean {
  return path.some((key, i) => key === "example" && i > 0 && isMediaTypeEntry(path, i - 1));
}

function stripNode(node: JsonObject): void {
  for (const key of Object.keys(node)) {
    if ((key.startsWith("x-") && !FACT_EXTENSIONS.has(key)) || PROSE_KEYS.includes(key)) {
      delete node[key];
    }
  }
}

/**
 * Removes Akeneo's prose (summaries, descriptions, titles, schema-level examples and the vendor
 * extensions that hold text), keeping response examples under a media type and the fact-bearing
 * extensions. Response descriptions, which OpenAPI requires (in operations and in
 * `components.responses` alike), become standard reason phrases.
 */
export function stripProse(document: JsonObject): JsonObject {
  visitObjects(document, (node, path) => {
    const parentKey = path[path.length - 1];
    const isPropertyMap = parentKey === "properties" || parentKey === "patternProperties";
    if (isPropertyMap || isInsideKeptExample(path)) return;
    if (isMediaTypeEntry(path, path.length - 1)) {
      for (const key of Object.keys(node)) if (!MEDIA_TYPE_KEYS.has(key)) delete node[key];
      return;
    }
    stripNode(node);
  });
  for (const item of Object.values(isJsonObject(document.paths) ? document.paths : {})) {
    if (!isJsonObject(item)) continue;
    for (const operation of Object.values(item)) {
      if (!isJsonObject(operation) || !isJsonObject(operation.responses)) continue;
      for (const [status, response] of Object.entries(operation.responses)) {
        if (isJsonObject(response)) response.description = reasonPhrase(status);
      }
    }
  }
  const components = isJsonObject(document.components) ? document.components : {};
  for (const [name, response] of Object.entries(
    isJsonObject(components.responses) ? components.responses : {},
  )) {
    // Akeneo names shared answers after their meaning (`Created`, `NotFound`): the name will do.
    if (isJsonObject(response)) {
      response.description = /^(\d{3}|default)$/.test(name) ? reasonPhrase(name) : name;
    }
  }
  return document;
}
