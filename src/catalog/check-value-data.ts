import type { AttributeType } from "./attribute-types.js";

type Check = (data: unknown) => string | undefined;

// Decimal strings as the PIM writes them: optional sign, digits, optional fraction.
const DECIMAL = /^-?\d+(\.\d+)?$/;
// Akeneo takes dates as YYYY-MM-DD or a full ISO 8601 date-time.
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

const isRecord = (data: unknown): data is Record<string, unknown> =>
  typeof data === "object" && data !== null && !Array.isArray(data);
const isAmount = (data: unknown): boolean =>
  (typeof data === "number" && Number.isFinite(data)) ||
  (typeof data === "string" && DECIMAL.test(data));
const isCode = (data: unknown): boolean => typeof data === "string" && data !== "";

const text: Check = (data) => (typeof data === "string" ? undefined : "expects a string");
const code: Check = (data) => (isCode(data) ? undefined : "expects a non-empty code");
const codes: Check = (data) =>
  Array.isArray(data) && data.every(isCode) ? undefined : "expects an array of non-empty codes";

const number: Check = (data) =>
  isAmount(data) ? undefined : "expects a finite number or a decimal string";

const boolean: Check = (data) => (typeof data === "boolean" ? undefined : "expects a boolean");

const date: Check = (data) =>
  typeof data === "string" && ISO_DATE.test(data) && !Number.isNaN(Date.parse(data))
    ? undefined
    : "expects an ISO 8601 date (YYYY-MM-DD or a date-time)";

const metric: Check = (data) =>
  isRecord(data) && isAmount(data.amount) && isCode(data.unit)
    ? undefined
    : "expects { amount, unit } with a numeric amount and a unit code";

const prices: Check = (data) =>
  Array.isArray(data) &&
  data.every(
    (price) =>
      isRecord(price) &&
      (price.amount === null || isAmount(price.amount)) &&
      isCode(price.currency),
  )
    ? undefined
    : "expects an array of { amount, currency } with numeric amounts and currency codes";

const table: Check = (data) =>
  Array.isArray(data) &&
  data.every(
    (row) =>
      isRecord(row) &&
      Object.values(row).every((cell) => cell === null || typeof cell !== "object"),
  )
    ? undefined
    : "expects an array of rows, each an object of plain cells keyed by column code";

const productLink: Check = (data) =>
  isRecord(data) && (data.type === "product" || data.type === "product_model") && isCode(data.id)
    ? undefined
    : 'expects { type: "product" | "product_model", id }';

const CHECKS: Record<AttributeType, Check> = {
  pim_catalog_identifier: code,
  pim_catalog_text: text,
  pim_catalog_textarea: text,
  pim_catalog_number: number,
  pim_catalog_boolean: boolean,
  pim_catalog_date: date,
  pim_catalog_metric: metric,
  pim_catalog_price_collection: prices,
  pim_catalog_simpleselect: code,
  pim_catalog_multiselect: codes,
  pim_catalog_file: code,
  pim_catalog_image: code,
  pim_catalog_reference_data_simpleselect: code,
  pim_catalog_reference_data_multiselect: codes,
  akeneo_reference_entity: code,
  akeneo_reference_entity_collection: codes,
  pim_catalog_asset_collection: codes,
  pim_catalog_table: table,
  pim_catalog_product_link: productLink,
};

/**
 * Says what is wrong with data for an attribute of this type, or `undefined` when it fits;
 * `null` always fits (it erases the value).
 */
export function describeValueDataProblem(type: AttributeType, data: unknown): string | undefined {
  if (data === null) return undefined;
  return CHECKS[type](data);
}
