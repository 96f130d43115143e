import { isJsonObject, type JsonObject, visitObjects } from "../normalize/json-value.js";

/**
 * Returns a copy without answer examples: they are Akeneo's recorded data, useful to Prism but
 * not ours to publish in generated code (openapi-typescript would copy them into comments).
 */
export function withoutExamples(document: JsonObject): JsonObject {
  const copy = structuredClone(document);
  visitObjects(copy, (node, path) => {
    if (path[path.length - 2] === "content" && isJsonObject(node)) {
      delete node.example;
      delete node.examples;
    }
  });
  return copy;
}
