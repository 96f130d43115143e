/**
 * Describes a value's type for error messages, the same way everywhere: `null`, `an array`,
 * `NaN`, or its `typeof` (`string`, `number`, `object`, `undefined`…).
 */
export function describeType(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "number" && Number.isNaN(value)) return "NaN";
  return typeof value;
}
