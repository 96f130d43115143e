export {
  type Amount,
  ATTRIBUTE_TYPES,
  type AttributeType,
  type AttributeValueMap,
  isAttributeType,
  type MetricData,
  type PriceData,
  type ProductLinkData,
  type TableCell,
  type TableRow,
  type ValueCodes,
  type ValueOf,
} from "./attribute-types.js";
export { describeValueDataProblem } from "./check-value-data.js";
export { createValueLine, type ValueLineOptions } from "./create-value-line.js";
export { type InvalidValueDetails, InvalidValueError } from "./invalid-value-error.js";
export {
  type CatalogProductsResource,
  isProductOfFamily,
  type ProductCatalog,
  type ProductsResourceOf,
  type UntypedCatalog,
} from "./product-catalog.js";
export { readValue, type ValueContext } from "./read-value.js";
export type { DataOfLines, ValueLine } from "./value-line.js";
