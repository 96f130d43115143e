import { type AttributeType, isAttributeType, type ValueOf } from "./attribute-types.js";
import { describeValueDataProblem } from "./check-value-data.js";
import { InvalidValueError } from "./invalid-value-error.js";
import type { ValueLine } from "./value-line.js";

/** Where a value line applies, and which attribute it is for (named in errors). */
export interface ValueLineOptions<
  Scope extends string | null = null,
  Locale extends string | null = null,
> {
  /** Channel code for scopable attributes. @default null */
  scope?: Scope;
  /** Locale code for localizable attributes. @default null */
  locale?: Locale;
  /** The attribute code, named in the error when the data is refused. */
  attribute?: string;
}

/**
 * Builds one value line for a write after checking that the data fits the attribute type.
 *
 * @throws {InvalidValueError} when the data has the wrong shape (nothing is sent).
 * @example
 * const values = { weight: [createValueLine("pim_catalog_metric", { amount: 2, unit: "KILOGRAM" })] };
 */
export function createValueLine<
  T extends AttributeType,
  Scope extends string | null = null,
  Locale extends string | null = null,
>(
  type: T,
  data: ValueOf<T> | null,
  options: ValueLineOptions<Scope, Locale> = {},
): ValueLine<ValueOf<T>, Scope, Locale> {
  const attribute = options.attribute;
  if (!isAttributeType(type)) {
    throw new InvalidValueError({
      attribute,
      attributeType: String(type),
      reason: "is not a known attribute type",
    });
  }
  const reason = describeValueDataProblem(type, data);
  if (reason !== undefined) throw new InvalidValueError({ attribute, attributeType: type, reason });
  for (const field of ["scope", "locale"] as const) {
    const code = options[field];
    if (code !== undefined && code !== null && (typeof code !== "string" || code === "")) {
      throw new InvalidValueError({
        attribute,
        attributeType: type,
        reason: `${field} expects a non-empty code or null`,
      });
    }
  }
  return {
    scope: (options.scope ?? null) as Scope,
    locale: (options.locale ?? null) as Locale,
    data,
  };
}
