import type {
  OperatorValues,
  SearchOperator,
  ValuedOperator,
  ValuelessOperator,
} from "./search-operators.js";

/** Channel and locale of a condition, for localizable, scopable or completeness filters. */
export interface ConditionOptions {
  /** Channel code (`scope` in Akeneo's filters). */
  scope?: string;
  /** Locale code. */
  locale?: string;
  /** Locale codes, for completeness filters on several locales. */
  locales?: readonly string[];
}

type ConditionFor<Op extends SearchOperator> = ConditionOptions & {
  operator: Op;
} & (Op extends ValuedOperator ? { value: OperatorValues[Op] } : { value?: never });

/** One condition on a property, its `value` shaped by its operator. */
export type SearchCondition = { [Op in SearchOperator]: ConditionFor<Op> }[SearchOperator];

/** A condition whose operator takes no value. */
export type ValuelessCondition = ConditionFor<ValuelessOperator>;

/**
 * Akeneo's search filter: conditions per property, all of which must hold.
 *
 * @example
 * const filter: SearchFilter = {
 *   family: [{ operator: "IN", value: ["shoes"] }],
 *   completeness: [{ operator: "GREATER THAN ON ALL LOCALES", value: 100, scope: "ecommerce", locales: ["en_US"] }],
 * };
 */
export type SearchFilter = { readonly [property: string]: readonly SearchCondition[] };
