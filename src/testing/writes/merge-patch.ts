import { isJsonObject, type JsonObject, type JsonValue } from "../json-types.js";

/**
 * Applies an Akeneo PATCH body to a stored resource: objects merge key by key,
 * arrays and scalars replace, and `values` merge per attribute, locale and channel.
 */
export function mergeResource(existing: JsonObject, patch: JsonObject): JsonObject {
  const merged: JsonObject = { ...existing };
  for (const [key, value] of Object.entries(patch)) {
    const previous = existing[key];
    if (key === "values" && isJsonObject(value) && isJsonObject(previous)) {
      merged.values = mergeValues(previous, value);
    } else if (isJsonObject(value) && isJsonObject(previous)) {
      merged[key] = mergeResource(previous, value);
    } else {
      merged[key] = value;
    }
  }
  return merged;
}

function mergeValues(existing: JsonObject, patch: JsonObject): JsonObject {
  const merged: JsonObject = { ...existing };
  for (const [attribute, incoming] of Object.entries(patch)) {
    const previous = existing[attribute];
    if (!Array.isArray(incoming) || !Array.isArray(previous)) {
      merged[attribute] = incoming;
      continue;
    }
    const kept = previous.filter((old) => !incoming.some((value) => isSameSlot(old, value)));
    merged[attribute] = [...kept, ...incoming];
  }
  return merged;
}

/** Two values fill the same slot when locale and channel (`scope` or `channel`) match. */
function isSameSlot(a: JsonValue, b: JsonValue): boolean {
  if (!isJsonObject(a) || !isJsonObject(b)) return false;
  return (
    (a.locale ?? null) === (b.locale ?? null) &&
    (a.scope ?? a.channel ?? null) === (b.scope ?? b.channel ?? null)
  );
}
