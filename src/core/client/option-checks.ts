import { InvalidOptionError } from "../errors/index.js";
import { describeType } from "../values/index.js";

/** Throws `InvalidOptionError` for `field`. */
export function rejectOption(field: string, value: unknown, accepted: string): never {
  throw new InvalidOptionError({ field, received: describeType(value), accepted });
}

/** Returns the value if it is a non-empty string. */
export function requireString(field: string, value: unknown): string {
  if (typeof value !== "string" || value === "") rejectOption(field, value, "a non-empty string");
  return value;
}

/** Returns the value if it is an integer within [min, max]. */
export function requireInteger(field: string, value: unknown, min: number, max: number): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < min || value > max) {
    rejectOption(field, value, `an integer from ${min} to ${max}`);
  }
  return value;
}

/** Returns the value if it is a finite number within [min, max]. */
export function requireNumber(field: string, value: unknown, min: number, max: number): number {
  if (typeof value !== "number" || !Number.isFinite(value) || value < min || value > max) {
    rejectOption(field, value, `a number from ${min} to ${max}`);
  }
  return value;
}

/** Returns the value if it is a function. */
export function requireFunction<T>(field: string, value: unknown): T {
  if (typeof value !== "function") rejectOption(field, value, "a function");
  return value as T;
}

/** Throws for the first key of `value` that is not in `known` (catches typos such as `maxRetry`). */
export function rejectUnknownKeys(
  field: string,
  value: Record<string, unknown>,
  known: readonly string[],
): void {
  for (const key of Object.keys(value)) {
    if (!known.includes(key)) {
      const path = field === "" ? key : `${field}.${key}`;
      rejectOption(path, value[key], `no such option (known: ${known.join(", ")})`);
    }
  }
}
