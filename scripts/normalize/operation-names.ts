import type { JsonObject } from "./json-value.js";
import { forEachOperation } from "./operations.js";

/** What openapi/naming.json records about one operation. */
export interface OperationName {
  /** The operationId the SDK knows the operation by (the rules of repairs.json use it). */
  operationId: string;
  /** The SDK's function name. */
  name: string;
  /** The SDK's kind of operation (get, list, create, …). */
  kind: string;
  /** The facade method that calls it, a dotted path from the client (`products.get`). */
  facade?: string;
}

/** The naming map's operations, keyed by `METHOD /path`: what stays when an operationId changes. */
export type OperationNames = Readonly<Record<string, OperationName>>;

/** Where the normalizer keeps the operationId a description gave, when it is not the SDK's. */
export const SOURCE_OPERATION_ID = "x-akeneo-source-operation-id";

/** The key of an operation in the naming map: its method in capitals and its path template. */
export function operationKey(method: string, path: string): string {
  return `${method.toUpperCase()} ${path}`;
}

// Two descriptions may name the same path parameter differently ({code} and {identifier}).
function shapeOf(key: string): string {
  return key.replace(/\{[^}]*\}/g, "{}");
}

/** Finds an operation's naming entry by method and path, then by path shape. */
export function findOperationName(
  names: OperationNames,
  method: string,
  path: string,
): OperationName | undefined {
  const key = operationKey(method, path);
  const exact = names[key];
  if (exact !== undefined) return exact;
  const shape = shapeOf(key);
  const match = Object.keys(names).find((k) => shapeOf(k) === shape);
  return match === undefined ? undefined : names[match];
}

/** Re-keys the naming map by the SDK's operationIds, for steps that run after renaming. */
export function namesByOperationId(names: OperationNames): Record<string, OperationName> {
  const byId: Record<string, OperationName> = {};
  for (const entry of Object.values(names)) byId[entry.operationId] = entry;
  return byId;
}

/** Derives an operationId for an operation that has none: its method and path in snake case. */
export function deriveOperationId(method: string, path: string): string {
  const words = path
    .replace(/^\/api\/(rest|oauth)\/v1/, "")
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean);
  return [method.toLowerCase(), ...words].join("_").toLowerCase();
}

/**
 * Gives every operation the operationId the naming map records for its method and path, so that
 * an operation Akeneo renamed keeps its SDK name and its repair rules. The description's own
 * operationId is kept under `x-akeneo-source-operation-id` (Akeneo's reference anchors by it).
 */
export function adoptOperationIds(document: JsonObject, names: OperationNames): JsonObject {
  forEachOperation(document, ({ method, path, operation }) => {
    const given = typeof operation.operationId === "string" ? operation.operationId : undefined;
    const known = findOperationName(names, method, path)?.operationId;
    const id = known ?? given ?? deriveOperationId(method, path);
    if (given !== undefined && given !== id) operation[SOURCE_OPERATION_ID] = given;
    operation.operationId = id;
  });
  return document;
}
