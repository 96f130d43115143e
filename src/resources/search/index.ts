export { createSearch, SearchBuilder } from "./search-builder.js";
export type {
  ConditionOptions,
  SearchCondition,
  SearchFilter,
  ValuelessCondition,
} from "./search-filter.js";
export {
  type ComparableValue,
  type EqualityValue,
  type MetricValue,
  OPERATOR_VALUE_SHAPES,
  type OperatorValues,
  type PriceValue,
  type SearchOperator,
  type ValuedOperator,
  type ValuelessOperator,
  type ValueShape,
} from "./search-operators.js";
export { type SearchInput, serializeSearch } from "./serialize-search.js";
export { validateSearchFilter } from "./validate-search-filter.js";
