/** A JSON value as the emulator stores and answers it. */
export type JsonValue = string | number | boolean | null | JsonValue[] | JsonObject;

/** A JSON object: the shape of every Akeneo resource the emulator stores. */
export interface JsonObject {
  [key: string]: JsonValue;
}

/** Tells whether a JSON value is a plain object (not an array, not null). */
export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
