import { isJsonObject, type JsonObject, type JsonValue } from "../normalize/json-value.js";
import { listOperations } from "../normalize/operations.js";

/** One operation of a normalized description, as spec:diff compares it. */
export interface IndexedOperation {
  /** `METHOD path`, the key operations are matched by. */
  key: string;
  method: string;
  path: string;
  operationId: string;
  operation: JsonObject;
}

/** Names an operation the way the report prints it: `GET /path (operationId)`. */
export function describeOperation(entry: IndexedOperation): string {
  return `${entry.key} (${entry.operationId})`;
}

/** Lists a normalized description's operations by `METHOD path`, in document order. */
export function indexOperations(document: JsonObject): Map<string, IndexedOperation> {
  const index = new Map<string, IndexedOperation>();
  for (const { path, method, operation } of listOperations(document)) {
    const key = `${method.toUpperCase()} ${path}`;
    const operationId = typeof operation.operationId === "string" ? operation.operationId : "";
    index.set(key, { key, method: method.toUpperCase(), path, operationId, operation });
  }
  return index;
}

/**
 * Follows `#/components/…` references to the schema they name; `seen` holds the references
 * already followed on this branch, so a recursive schema ends instead of looping.
 */
export function resolveSchema(
  document: JsonObject,
  schema: JsonValue | undefined,
  seen: ReadonlySet<string> = new Set(),
): { schema: JsonObject | undefined; seen: ReadonlySet<string> } {
  let current = schema;
  const followed = new Set(seen);
  while (isJsonObject(current) && typeof current.$ref === "string") {
    const ref = current.$ref;
    if (followed.has(ref) || !ref.startsWith("#/")) return { schema: undefined, seen: followed };
    followed.add(ref);
    let target: JsonValue | undefined = document;
    for (const key of ref.slice(2).split("/")) {
      target = isJsonObject(target)
        ? target[key.replaceAll("~1", "/").replaceAll("~0", "~")]
        : undefined;
    }
    current = target;
  }
  return { schema: isJsonObject(current) ? current : undefined, seen: followed };
}

/** Returns the media types of a `content` object, sorted. */
export function mediaTypesOf(content: JsonValue | undefined): string[] {
  return isJsonObject(content) ? Object.keys(content).sort() : [];
}
