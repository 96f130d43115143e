import { forEachExampleValue } from "../example-walk.js";
import type { JsonObject } from "../json-value.js";

/**
 * Makes a property nullable wherever Akeneo's own answer examples show it as null: the
 * examples are recorded from the server, the schemas were written by hand without null.
 */
export function repairNullableFromExamples(document: JsonObject): JsonObject {
  forEachExampleValue(document, (schema, value) => {
    if (value !== null) return;
    const type = schema.type;
    if (typeof type === "string" && type !== "null") schema.type = [type, "null"];
    else if (Array.isArray(type) && !type.includes("null")) schema.type = [...type, "null"];
  });
  return document;
}
