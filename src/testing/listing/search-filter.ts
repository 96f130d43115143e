import { isJsonObject, type JsonObject, type JsonValue } from "../json-types.js";
import { compareValues, type SearchField } from "./search-operators.js";

/** A predicate over stored records, built from the `search` query parameter. */
export type RecordPredicate = (record: JsonObject) => boolean;

/** The filters a resource supports. */
export interface SearchSchema {
  /** Filterable properties by name. */
  readonly fields: Readonly<Record<string, SearchField>>;
  /** Product-like resources also filter on attribute values; returns the attribute type, if any. */
  readonly attributeType?: (code: string) => string | undefined;
}

/** A search that cannot be applied, with the status Akeneo answers for it. */
export interface SearchError {
  readonly status: 400 | 422;
  readonly message: string;
}

/** What the search filter needs to know about the world. */
export interface SearchContext {
  readonly nowMs: number;
  readonly expandCategories: (codes: readonly string[]) => Set<string>;
}

/** Parses the `search` parameter into a predicate, or the error Akeneo would answer. */
export function parseSearch(
  raw: string | null,
  schema: SearchSchema,
  context: SearchContext,
): RecordPredicate | undefined | SearchError {
  if (raw === null || raw === "") return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { status: 400, message: "Search query parameter should be valid JSON." };
  }
  if (!isJsonObject(parsed)) {
    return { status: 422, message: "Search query parameter has to be an object." };
  }
  const predicates: RecordPredicate[] = [];
  for (const [property, conditions] of Object.entries(parsed)) {
    if (!Array.isArray(conditions) || conditions.length === 0 || !conditions.every(isCondition)) {
      return {
        status: 422,
        message: `Structure of filter "${property}" should respect this structure: {"${property}":[{"operator": "my_operator", "value": "my_value"}]}`,
      };
    }
    for (const condition of conditions) {
      const predicate = buildPredicate(property, condition, schema, context);
      if (typeof predicate !== "function") return predicate;
      predicates.push(predicate);
    }
  }
  return (record) => predicates.every((predicate) => predicate(record));
}

/** Tells whether `parseSearch` produced an error rather than a predicate. */
export function isSearchError(
  value: RecordPredicate | undefined | SearchError,
): value is SearchError {
  return typeof value === "object";
}

function isCondition(value: JsonValue): value is JsonObject & { operator: string } {
  return isJsonObject(value) && typeof value.operator === "string";
}

function buildPredicate(
  property: string,
  condition: JsonObject & { operator: string },
  schema: SearchSchema,
  context: SearchContext,
): RecordPredicate | SearchError {
  const field = schema.fields[property] ?? attributeField(property, condition, schema);
  const unsupported: SearchError = {
    status: 422,
    message: `Filter on property "${property}" is not supported or does not support operator "${condition.operator}"`,
  };
  if (field === undefined) return unsupported;
  const compare = compareValues(field, condition.operator, condition.value ?? null, context);
  if (compare === undefined) return unsupported;
  if (typeof compare === "string") {
    return { status: 422, message: `Property "${property}" ${compare}` };
  }
  return (record) => compare(field.read(record));
}

function attributeField(
  code: string,
  condition: JsonObject,
  schema: SearchSchema,
): SearchField | undefined {
  const type = schema.attributeType?.(code);
  if (type === undefined) return undefined;
  const locale = typeof condition.locale === "string" ? condition.locale : null;
  const scope = typeof condition.scope === "string" ? condition.scope : null;
  const kind = /number|metric|price/.test(type)
    ? "number"
    : type.includes("multiselect")
      ? "list"
      : "scalar";
  return {
    kind: type.endsWith("_date") ? "date" : kind,
    read: (record) => readAttributeData(record, code, locale, scope),
  };
}

function readAttributeData(
  record: JsonObject,
  code: string,
  locale: string | null,
  scope: string | null,
): JsonValue {
  const values = isJsonObject(record.values) ? record.values[code] : undefined;
  if (!Array.isArray(values)) return null;
  const value = values.find(
    (v) => isJsonObject(v) && (v.locale ?? null) === locale && (v.scope ?? null) === scope,
  );
  if (!isJsonObject(value)) return null;
  const data = value.data ?? null;
  // Metrics filter on their amount; price collections on their first amount.
  if (isJsonObject(data) && "amount" in data) return data.amount ?? null;
  if (Array.isArray(data) && isJsonObject(data[0]) && "amount" in data[0])
    return data[0].amount ?? null;
  return data;
}
