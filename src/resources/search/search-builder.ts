import { InvalidArgumentError } from "../../core/errors/index.js";
import type { ConditionOptions, SearchCondition, SearchFilter } from "./search-filter.js";
import {
  OPERATOR_VALUE_SHAPES,
  type OperatorValues,
  type SearchOperator,
  type ValuedOperator,
  type ValuelessOperator,
} from "./search-operators.js";
import { validateSearchFilter } from "./validate-search-filter.js";

/**
 * Builds an Akeneo search filter one condition at a time, with values typed per operator.
 *
 * `where` is immutable: it returns a new builder, so a base filter can be shared and extended.
 * `addFilter` is the PHP client's call: it adds to this builder and returns it, so
 * `new SearchBuilder()` then `addFilter(...)` lines port as they are.
 */
export class SearchBuilder {
  private filter: SearchFilter = {};

  /** Returns an empty builder. */
  static create(): SearchBuilder {
    return new SearchBuilder();
  }

  /**
   * Returns a builder with one more condition on `property`.
   *
   * @throws InvalidArgumentError when the value does not fit the operator (checked at run time
   *   too, for callers without types).
   */
  where<Op extends ValuedOperator>(
    property: string,
    operator: Op,
    value: OperatorValues[Op],
    options?: ConditionOptions,
  ): SearchBuilder;
  where<Op extends ValuelessOperator>(
    property: string,
    operator: Op,
    options?: ConditionOptions,
  ): SearchBuilder;
  where(
    property: string,
    operator: string,
    valueOrOptions?: unknown,
    maybeOptions?: ConditionOptions,
  ): SearchBuilder {
    const next = new SearchBuilder();
    next.filter = this.withCondition(property, toCondition(operator, valueOrOptions, maybeOptions));
    return next;
  }

  /**
   * Adds a condition on `property` to this builder and returns it, as the PHP client's
   * `addFilter(property, operator, value = null, options = [])` does; repeating a property adds
   * conditions that must all hold. A valueless operator takes `null` (or nothing) as value.
   *
   * @throws InvalidArgumentError when the value does not fit the operator.
   */
  addFilter<Op extends ValuedOperator>(
    property: string,
    operator: Op,
    value: OperatorValues[Op],
    options?: ConditionOptions,
  ): this;
  addFilter<Op extends ValuelessOperator>(
    property: string,
    operator: Op,
    value?: null,
    options?: ConditionOptions,
  ): this;
  addFilter(property: string, operator: string, value?: unknown, options?: ConditionOptions): this {
    const valueless = OPERATOR_VALUE_SHAPES[operator as SearchOperator] === "none";
    if (valueless && value !== undefined && value !== null) {
      throw new InvalidArgumentError(`${operator} takes no value (pass null)`);
    }
    const condition = valueless
      ? toCondition(operator, options, undefined)
      : toCondition(operator, value, options);
    this.filter = this.withCondition(property, condition);
    return this;
  }

  /** Returns the plain filter object, to pass as `search` (the PHP client's `getFilters()`). */
  getFilters(): SearchFilter {
    return this.filter;
  }

  private withCondition(property: string, condition: SearchCondition): SearchFilter {
    validateSearchFilter({ [property]: [condition] });
    const existing = this.filter[property] ?? [];
    return { ...this.filter, [property]: [...existing, condition] };
  }

  /** Returns the plain filter object. */
  build(): SearchFilter {
    return this.filter;
  }

  /** Lets `JSON.stringify` see the plain filter. */
  toJSON(): SearchFilter {
    return this.filter;
  }
}

/**
 * Returns an empty search builder.
 *
 * @example
 * const search = createSearch()
 *   .where("family", "IN", ["shoes", "boots"])
 *   .where("updated", "SINCE LAST N DAYS", 7)
 *   .where("description", "EMPTY", { scope: "ecommerce", locale: "en_US" });
 * for await (const product of client.products.all({ search })) …
 */
export function createSearch(): SearchBuilder {
  return SearchBuilder.create();
}

// A valueless operator's options come in the third position; they are told apart by the
// operator, never guessed from the argument's shape.
function toCondition(
  operator: string,
  valueOrOptions: unknown,
  maybeOptions: ConditionOptions | undefined,
): SearchCondition {
  const valueless = OPERATOR_VALUE_SHAPES[operator as SearchOperator] === "none";
  const options = (valueless ? valueOrOptions : maybeOptions) as ConditionOptions | undefined;
  if (
    options !== undefined &&
    (options === null || typeof options !== "object" || Array.isArray(options))
  ) {
    const hint = valueless ? ` (${operator} takes no value)` : "";
    throw new InvalidArgumentError(`Condition options must be an object${hint}`);
  }
  const condition: Record<string, unknown> = { operator };
  if (!valueless) condition.value = valueOrOptions;
  if (options?.scope !== undefined) condition.scope = options.scope;
  if (options?.locale !== undefined) condition.locale = options.locale;
  if (options?.locales !== undefined) condition.locales = options.locales;
  // Checked by validateSearchFilter right after.
  return condition as unknown as SearchCondition;
}
