/** A parsed JSON value, as the normalizer sees descriptions. */
export type JsonValue = null | boolean | number | string | JsonValue[] | JsonObject;

/** A parsed JSON object. */
export interface JsonObject {
  [key: string]: JsonValue;
}

/** Tells whether a value is a plain JSON object (not an array, not null). */
export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Returns a deep copy, so that a repair never mutates its caller's document. */
export function cloneJson<T extends JsonValue>(value: T): T {
  return structuredClone(value);
}

/** Compares two JSON values structurally; key order does not matter. */
export function isDeepEqual(a: JsonValue | undefined, b: JsonValue | undefined): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) {
    return Array.isArray(b) && a.length === b.length && a.every((v, i) => isDeepEqual(v, b[i]));
  }
  if (isJsonObject(a) && isJsonObject(b)) {
    const keys = Object.keys(a);
    return (
      keys.length === Object.keys(b).length &&
      keys.every((k) => Object.hasOwn(b, k) && isDeepEqual(a[k], b[k]))
    );
  }
  return false;
}

/** Returns the same value with object keys sorted at every depth, for byte-stable output. */
export function sortKeysDeep(value: JsonValue): JsonValue {
  if (Array.isArray(value)) return value.map(sortKeysDeep);
  if (!isJsonObject(value)) return value;
  const sorted: JsonObject = {};
  for (const key of Object.keys(value).sort()) sorted[key] = sortKeysDeep(value[key] as JsonValue);
  return sorted;
}

/** Returns the object stored under `key`, creating an empty one when it is missing. */
export function ensureObject(parent: JsonObject, key: string): JsonObject {
  const existing = parent[key];
  if (isJsonObject(existing)) return existing;
  const created: JsonObject = {};
  parent[key] = created;
  return created;
}

/** Visits every object in a JSON tree, depth first, parents before children. */
export function visitObjects(
  value: JsonValue,
  visit: (node: JsonObject, path: readonly (string | number)[]) => void,
  path: (string | number)[] = [],
): void {
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) visitObjects(item, visit, [...path, i]);
    return;
  }
  if (!isJsonObject(value)) return;
  visit(value, path);
  for (const [key, child] of Object.entries(value)) visitObjects(child, visit, [...path, key]);
}
