import { forEachExampleValue } from "../example-walk.js";
import type { JsonObject } from "../json-value.js";

/**
 * Adds to an enum the values that Akeneo's own answer examples show for it (an attribute type
 * added to the server but not to the description's list), so that the types do not reject
 * what the server sends.
 */
export function repairEnumsFromExamples(document: JsonObject): JsonObject {
  forEachExampleValue(document, (schema, value) => {
    if (typeof value !== "string" || !Array.isArray(schema.enum)) return;
    if (!schema.enum.includes(value)) schema.enum = [...schema.enum, value];
  });
  return document;
}
