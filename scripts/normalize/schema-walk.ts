import { isJsonObject, type JsonObject, type JsonValue } from "./json-value.js";
import { listOperations } from "./operations.js";

const SUBSCHEMA_LISTS = ["allOf", "oneOf", "anyOf", "prefixItems"] as const;
const SUBSCHEMA_SINGLES = ["items", "additionalProperties", "not", "contains"] as const;

function visitSchema(schema: JsonValue | undefined, visit: (schema: JsonObject) => void): void {
  if (!isJsonObject(schema)) return;
  visit(schema);
  for (const key of ["properties", "patternProperties"]) {
    const map = schema[key];
    if (isJsonObject(map)) for (const child of Object.values(map)) visitSchema(child, visit);
  }
  for (const key of SUBSCHEMA_LISTS) {
    const list = schema[key];
    if (Array.isArray(list)) for (const child of list) visitSchema(child, visit);
  }
  for (const key of SUBSCHEMA_SINGLES) visitSchema(schema[key], visit);
}

function visitContent(content: JsonValue | undefined, visit: (schema: JsonObject) => void): void {
  if (!isJsonObject(content)) return;
  for (const media of Object.values(content)) {
    if (isJsonObject(media)) visitSchema(media.schema, visit);
  }
}

/**
 * Visits every schema of an OpenAPI 3 document (parameters, bodies, answers, headers and
 * components), each subschema after its parent. Keys of `properties` are never mistaken for
 * schema keywords.
 */
export function forEachSchema(document: JsonObject, visit: (schema: JsonObject) => void): void {
  const components = isJsonObject(document.components) ? document.components : {};
  const named = isJsonObject(components.schemas) ? components.schemas : {};
  for (const schema of Object.values(named)) visitSchema(schema, visit);
  for (const { operation } of listOperations(document)) {
    for (const parameter of Array.isArray(operation.parameters) ? operation.parameters : []) {
      if (isJsonObject(parameter)) visitSchema(parameter.schema, visit);
    }
    if (isJsonObject(operation.requestBody)) visitContent(operation.requestBody.content, visit);
    for (const response of Object.values(
      isJsonObject(operation.responses) ? operation.responses : {},
    )) {
      if (!isJsonObject(response)) continue;
      visitContent(response.content, visit);
      for (const header of Object.values(isJsonObject(response.headers) ? response.headers : {})) {
        if (isJsonObject(header)) visitSchema(header.schema, visit);
      }
    }
  }
}
