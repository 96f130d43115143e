import { InvalidArgumentError } from "../../core/errors/index.js";
import { encodePathValue } from "../../core/paths/index.js";
import { describeType } from "../../core/values/index.js";

/**
 * Returns `value` after checking that it is a usable code, identifier or uuid.
 *
 * Checked before any request, with the same rules as the path serializer, so a bad value fails
 * at the call and not later inside a lazy iteration.
 *
 * @throws {InvalidArgumentError} for a non-string, an empty string, a `.`/`..` segment or a
 *   control character.
 */
export function requireCode(name: string, value: unknown): string {
  if (typeof value !== "string" || value.trim() === "") {
    throw new InvalidArgumentError(
      `${name} must be a non-empty string, received ${describe(value)}`,
    );
  }
  encodePathValue(name, value);
  return value;
}

/**
 * Returns `value` after checking that it is a plain object (an item or a request body).
 *
 * @throws {InvalidArgumentError} for anything else (null, an array, a string…).
 */
export function requireObject<T>(name: string, value: T): T {
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    throw new InvalidArgumentError(`${name} must be an object, received ${describe(value)}`);
  }
  return value;
}

/**
 * Returns `value` after checking that it is an array of objects.
 *
 * @throws {InvalidArgumentError} for anything else.
 */
export function requireObjectArray<T>(name: string, value: readonly T[]): readonly T[] {
  if (!Array.isArray(value)) {
    throw new InvalidArgumentError(`${name} must be an array, received ${describe(value)}`);
  }
  for (const [index, entry] of value.entries()) requireObject(`${name}[${index}]`, entry);
  return value;
}

// A string is quoted: an empty or blank one is then visible in the message.
function describe(value: unknown): string {
  return typeof value === "string" ? JSON.stringify(value) : describeType(value);
}
