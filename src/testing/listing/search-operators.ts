import type { JsonObject, JsonValue } from "../json-types.js";
import type { SearchContext } from "./search-filter.js";

/** How a filterable property is read and which operators it accepts. */
export interface SearchField {
  readonly kind: "scalar" | "number" | "boolean" | "date" | "list" | "category";
  readonly read: (record: JsonObject) => JsonValue;
}

/** Tests one stored value. */
type ValueTest = (stored: JsonValue) => boolean;

const DAY_MS = 86_400_000;
const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}([ T]\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * Builds the test for one operator and value; undefined when the operator does not
 * apply to this kind of field, a message fragment when the value has the wrong shape.
 */
export function compareValues(
  field: SearchField,
  operator: string,
  value: JsonValue,
  context: SearchContext,
): ValueTest | string | undefined {
  if (operator === "EMPTY") return (stored) => isEmptyValue(stored);
  if (operator === "NOT EMPTY") return (stored) => !isEmptyValue(stored);
  switch (field.kind) {
    case "date":
      return compareDates(operator, value, context.nowMs);
    case "boolean":
      if (typeof value !== "boolean")
        return `expects a boolean as data, "${typeName(value)}" given.`;
      if (operator === "=") return (stored) => stored === value;
      return operator === "!=" ? (stored) => stored !== value : undefined;
    case "number":
      return compareNumbers(operator, value);
    case "list":
    case "category":
      return compareLists(field.kind, operator, value, context);
    default:
      return compareScalars(operator, value);
  }
}

function compareScalars(operator: string, value: JsonValue): ValueTest | string | undefined {
  if (operator === "IN" || operator === "NOT IN") {
    if (!Array.isArray(value)) return `expects an array as data, "${typeName(value)}" given.`;
    const wanted = new Set(value);
    return operator === "IN" ? (stored) => wanted.has(stored) : (stored) => !wanted.has(stored);
  }
  const text = String(value);
  const read = (stored: JsonValue): string => (stored === null ? "" : String(stored));
  switch (operator) {
    case "=":
      return (stored) => stored === value;
    case "!=":
      return (stored) => stored !== value;
    case "STARTS WITH":
      return (stored) => read(stored).startsWith(text);
    case "ENDS WITH":
      return (stored) => read(stored).endsWith(text);
    case "CONTAINS":
      return (stored) => read(stored).includes(text);
    case "DOES NOT CONTAIN":
      return (stored) => !read(stored).includes(text);
    default:
      return undefined;
  }
}

function compareNumbers(operator: string, value: JsonValue): ValueTest | string | undefined {
  const wanted = Number(value);
  if (value === null || Number.isNaN(wanted))
    return `expects a numeric as data, "${typeName(value)}" given.`;
  const tests: Record<string, (a: number) => boolean> = {
    "=": (a) => a === wanted,
    "!=": (a) => a !== wanted,
    "<": (a) => a < wanted,
    "<=": (a) => a <= wanted,
    ">": (a) => a > wanted,
    ">=": (a) => a >= wanted,
  };
  const test = tests[operator];
  if (test === undefined) return undefined;
  return (stored) => stored !== null && stored !== "" && test(Number(stored));
}

function compareLists(
  kind: "list" | "category",
  operator: string,
  value: JsonValue,
  context: SearchContext,
): ValueTest | string | undefined {
  const items = (stored: JsonValue): JsonValue[] => (Array.isArray(stored) ? stored : []);
  if (kind === "category" && operator === "UNCLASSIFIED")
    return (stored) => items(stored).length === 0;
  if (!Array.isArray(value)) return `expects an array as data, "${typeName(value)}" given.`;
  const codes = value.map(String);
  const wanted = operator.endsWith("CHILDREN") ? context.expandCategories(codes) : new Set(codes);
  const hasAny = (stored: JsonValue): boolean => items(stored).some((c) => wanted.has(String(c)));
  switch (operator) {
    case "IN":
    case "IN CHILDREN":
      return hasAny;
    case "NOT IN":
    case "NOT IN CHILDREN":
      return (stored) => !hasAny(stored);
    case "IN OR UNCLASSIFIED":
      return kind === "category"
        ? (stored) => items(stored).length === 0 || hasAny(stored)
        : undefined;
    default:
      return undefined;
  }
}

function compareDates(
  operator: string,
  value: JsonValue,
  nowMs: number,
): ValueTest | string | undefined {
  const at = (stored: JsonValue): number =>
    typeof stored === "string" ? Date.parse(stored) : Number.NaN;
  if (operator === "SINCE LAST N DAYS") {
    if (typeof value !== "number" || !Number.isInteger(value) || value < 0) {
      return `expects an integer as data, "${typeName(value)}" given.`;
    }
    return (stored) => at(stored) >= nowMs - value * DAY_MS;
  }
  if (operator === "BETWEEN" || operator === "NOT BETWEEN") {
    const bounds = Array.isArray(value) && value.length === 2 ? value.map(parseDate) : [];
    const [from, to] = bounds;
    if (from === undefined || to === undefined || Number.isNaN(from) || Number.isNaN(to)) {
      return `expects an array with valid data, should contain 2 strings with the format "yyyy-mm-dd H:i:s".`;
    }
    const inside = (stored: JsonValue): boolean => at(stored) >= from && at(stored) <= to;
    return operator === "BETWEEN"
      ? inside
      : (stored) => !Number.isNaN(at(stored)) && !inside(stored);
  }
  const wanted = parseDate(value);
  if (Number.isNaN(wanted)) {
    return `expects a string with the format "yyyy-mm-dd H:i:s" as data, "${String(value)}" given.`;
  }
  const second = (ms: number): number => Math.floor(ms / 1000);
  const tests: Record<string, (a: number) => boolean> = {
    "=": (a) => second(a) === second(wanted),
    "!=": (a) => second(a) !== second(wanted),
    "<": (a) => a < wanted,
    ">": (a) => a > wanted,
  };
  const test = tests[operator];
  return test === undefined ? undefined : (stored) => test(at(stored));
}

/** Reads a filter date; values without a zone are UTC, as the PIM reads them. */
function parseDate(value: JsonValue): number {
  if (typeof value !== "string" || !DATE_PATTERN.test(value)) return Number.NaN;
  const iso = value.replace(" ", "T");
  return Date.parse(
    /Z|[+-]\d{2}:?\d{2}$/.test(iso.slice(10)) ? iso : `${iso}${iso.length === 10 ? "" : "Z"}`,
  );
}

function isEmptyValue(stored: JsonValue): boolean {
  return stored === null || stored === "" || (Array.isArray(stored) && stored.length === 0);
}

function typeName(value: JsonValue): string {
  if (value === null) return "NULL";
  return Array.isArray(value) ? "array" : typeof value;
}
