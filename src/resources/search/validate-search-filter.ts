import { InvalidArgumentError } from "../../core/errors/index.js";
import { describeType, isPlainRecord } from "../../core/values/index.js";
import type { SearchFilter } from "./search-filter.js";
import { OPERATOR_VALUE_SHAPES, type SearchOperator, type ValueShape } from "./search-operators.js";

const CONDITION_KEYS: ReadonlySet<string> = new Set([
  "operator",
  "value",
  "scope",
  "locale",
  "locales",
]);

/**
 * Checks a search filter given at run time (from JavaScript or parsed JSON) against the operator
 * table: known operators, values shaped per operator, string scope and locales.
 *
 * @throws InvalidArgumentError naming the property and condition at fault.
 */
export function validateSearchFilter(filter: unknown): asserts filter is SearchFilter {
  if (!isPlainRecord(filter)) {
    throw new InvalidArgumentError(`search must be a filter object, received ${describe(filter)}`);
  }
  for (const [property, conditions] of Object.entries(filter)) {
    if (!Array.isArray(conditions) || conditions.length === 0) {
      throw new InvalidArgumentError(`search.${property} must be a non-empty list of conditions`);
    }
    conditions.forEach((condition, position) => {
      checkCondition(condition, `search.${property}[${position}]`);
    });
  }
}

function checkCondition(condition: unknown, where: string): void {
  if (!isPlainRecord(condition)) throw new InvalidArgumentError(`${where} must be an object`);
  const unknownKey = Object.keys(condition).find((key) => !CONDITION_KEYS.has(key));
  if (unknownKey !== undefined) {
    throw new InvalidArgumentError(`${where} has an unknown field "${unknownKey}"`);
  }
  const { operator, value, scope, locale, locales } = condition;
  if (typeof operator !== "string" || !Object.hasOwn(OPERATOR_VALUE_SHAPES, operator)) {
    throw new InvalidArgumentError(
      `${where}.operator ${JSON.stringify(operator)} is not an Akeneo operator`,
    );
  }
  const shape = OPERATOR_VALUE_SHAPES[operator as SearchOperator];
  if (!hasShape(value, shape)) {
    throw new InvalidArgumentError(
      `${where}: ${operator} expects ${describeShape(shape)}, received ${describe(value)}`,
    );
  }
  if (scope !== undefined && scope !== null && typeof scope !== "string") {
    throw new InvalidArgumentError(`${where}.scope must be a channel code`);
  }
  if (locale !== undefined && locale !== null && typeof locale !== "string") {
    throw new InvalidArgumentError(`${where}.locale must be a locale code`);
  }
  if (locales !== undefined && !isStringList(locales)) {
    throw new InvalidArgumentError(`${where}.locales must be a list of locale codes`);
  }
}

function hasShape(value: unknown, shape: ValueShape): boolean {
  switch (shape) {
    case "none":
      return value === undefined;
    case "list":
      return isStringList(value) && value.length > 0;
    case "pair":
      return Array.isArray(value) && value.length === 2 && value.every(isComparable);
    case "number":
      return typeof value === "number" && Number.isFinite(value);
    case "text":
      return typeof value === "string";
    case "comparable":
      return isComparable(value);
    case "equality":
      return typeof value === "boolean" || isComparable(value);
  }
}

function isComparable(value: unknown): boolean {
  if (typeof value === "string") return true;
  if (typeof value === "number") return Number.isFinite(value);
  if (!isPlainRecord(value)) return false;
  const amountOk = typeof value.amount === "number" || typeof value.amount === "string";
  return amountOk && (typeof value.unit === "string" || typeof value.currency === "string");
}

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((entry) => typeof entry === "string");
}

function describeShape(shape: ValueShape): string {
  const descriptions: Record<ValueShape, string> = {
    none: "no value",
    list: "a non-empty list of codes",
    pair: "a pair [from, to]",
    number: "a number",
    text: "a string",
    comparable: "a number, a string, a metric or a price",
    equality: "a boolean, a number, a string, a metric or a price",
  };
  return descriptions[shape];
}

function describe(value: unknown): string {
  return Array.isArray(value) ? `a list of ${value.length}` : describeType(value);
}
