import { isJsonObject, type JsonObject } from "./json-value.js";

/** The HTTP methods an OpenAPI path item can hold, in a fixed order. */
export const HTTP_METHODS = ["get", "put", "post", "patch", "delete", "head", "options"] as const;

/** One operation of a description, with where it lives. */
export interface OperationEntry {
  path: string;
  method: (typeof HTTP_METHODS)[number];
  operation: JsonObject;
}

/** Lists every operation of an OpenAPI document, in document order. */
export function listOperations(document: JsonObject): OperationEntry[] {
  const entries: OperationEntry[] = [];
  for (const [path, item] of Object.entries(isJsonObject(document.paths) ? document.paths : {})) {
    if (!isJsonObject(item)) continue;
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (isJsonObject(operation)) entries.push({ path, method, operation });
    }
  }
  return entries;
}

/** Calls `visit` for every operation of an OpenAPI document. */
export function forEachOperation(
  document: JsonObject,
  visit: (entry: OperationEntry) => void,
): void {
  for (const entry of listOperations(document)) visit(entry);
}
