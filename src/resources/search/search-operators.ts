/** An amount with its unit, for metric attributes (`{"amount": 12, "unit": "KILOGRAM"}`). */
export interface MetricValue {
  amount: number | string;
  unit: string;
}

/** An amount with its currency, for price attributes (`{"amount": 9.99, "currency": "EUR"}`). */
export interface PriceValue {
  amount: number | string;
  currency: string;
}

/** A value that can be compared: a number, a date or text, a metric or a price. */
export type ComparableValue = string | number | MetricValue | PriceValue;

/** A value that can be tested for equality. */
export type EqualityValue = ComparableValue | boolean;

/** The shape of `value` for each operator that takes one. */
export interface OperatorValues {
  "=": EqualityValue;
  "!=": EqualityValue;
  "<": ComparableValue;
  "<=": ComparableValue;
  ">": ComparableValue;
  ">=": ComparableValue;
  IN: readonly string[];
  "NOT IN": readonly string[];
  "IN OR UNCLASSIFIED": readonly string[];
  "IN CHILDREN": readonly string[];
  "NOT IN CHILDREN": readonly string[];
  "GREATER THAN ON ALL LOCALES": number;
  "GREATER OR EQUALS THAN ON ALL LOCALES": number;
  "LOWER THAN ON ALL LOCALES": number;
  "LOWER OR EQUALS THAN ON ALL LOCALES": number;
  BETWEEN: readonly [ComparableValue, ComparableValue];
  "NOT BETWEEN": readonly [ComparableValue, ComparableValue];
  "SINCE LAST N DAYS": number;
  "STARTS WITH": string;
  "ENDS WITH": string;
  CONTAINS: string;
  "DOES NOT CONTAIN": string;
}

/** Operators that take a `value`. */
export type ValuedOperator = keyof OperatorValues;

/** Operators that take no `value`. */
export type ValuelessOperator =
  | "UNCLASSIFIED"
  | "EMPTY"
  | "NOT EMPTY"
  | "AT LEAST COMPLETE"
  | "AT LEAST INCOMPLETE"
  | "ALL COMPLETE"
  | "ALL INCOMPLETE";

/** The 29 operators of Akeneo's search filters. */
export type SearchOperator = ValuedOperator | ValuelessOperator;

/** How each operator's value is checked at run time. */
export type ValueShape = "none" | "list" | "pair" | "number" | "text" | "comparable" | "equality";

/** The value shape of every operator, as data (also the list of known operators). */
export const OPERATOR_VALUE_SHAPES: Readonly<Record<SearchOperator, ValueShape>> =
  /* @__PURE__ */ Object.freeze({
    "=": "equality",
    "!=": "equality",
    "<": "comparable",
    "<=": "comparable",
    ">": "comparable",
    ">=": "comparable",
    IN: "list",
    "NOT IN": "list",
    "IN OR UNCLASSIFIED": "list",
    "IN CHILDREN": "list",
    "NOT IN CHILDREN": "list",
    UNCLASSIFIED: "none",
    "GREATER THAN ON ALL LOCALES": "number",
    "GREATER OR EQUALS THAN ON ALL LOCALES": "number",
    "LOWER THAN ON ALL LOCALES": "number",
    "LOWER OR EQUALS THAN ON ALL LOCALES": "number",
    EMPTY: "none",
    "NOT EMPTY": "none",
    BETWEEN: "pair",
    "NOT BETWEEN": "pair",
    "SINCE LAST N DAYS": "number",
    "STARTS WITH": "text",
    "ENDS WITH": "text",
    CONTAINS: "text",
    "DOES NOT CONTAIN": "text",
    "AT LEAST COMPLETE": "none",
    "AT LEAST INCOMPLETE": "none",
    "ALL COMPLETE": "none",
    "ALL INCOMPLETE": "none",
  });
