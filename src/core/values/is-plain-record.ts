/** Tells whether a value is a record of named entries: an object that is neither null nor an array. */
export function isPlainRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
