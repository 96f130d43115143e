/** Every attribute type code whose product value shape the SDK knows. */
export const ATTRIBUTE_TYPES = [
  "pim_catalog_identifier",
  "pim_catalog_text",
  "pim_catalog_textarea",
  "pim_catalog_number",
  "pim_catalog_boolean",
  "pim_catalog_date",
  "pim_catalog_metric",
  "pim_catalog_price_collection",
  "pim_catalog_simpleselect",
  "pim_catalog_multiselect",
  "pim_catalog_file",
  "pim_catalog_image",
  "pim_catalog_reference_data_simpleselect",
  "pim_catalog_reference_data_multiselect",
  "akeneo_reference_entity",
  "akeneo_reference_entity_collection",
  "pim_catalog_asset_collection",
  "pim_catalog_table",
  "pim_catalog_product_link",
] as const;

/** An attribute type code, as an attribute's `type` names it. */
export type AttributeType = (typeof ATTRIBUTE_TYPES)[number];

/** Tells whether a string names an attribute type the SDK knows. */
export function isAttributeType(type: unknown): type is AttributeType {
  return typeof type === "string" && (ATTRIBUTE_TYPES as readonly string[]).includes(type);
}

/**
 * An amount as Akeneo carries it: a number, or a decimal string (the PIM answers decimals as
 * strings such as `"12.5000"` so that no precision is lost).
 */
export type Amount = number | string;

/** The data of a metric value: an amount in one unit of the attribute's measurement family. */
export interface MetricData<Unit extends string = string> {
  amount: Amount;
  unit: Unit;
}

/** One price of a price collection. */
export interface PriceData<Currency extends string = string> {
  amount: Amount | null;
  currency: Currency;
}

/** One cell of a table value: the column's data (text, number, boolean, option or record code). */
export type TableCell = string | number | boolean | null;

/** One row of a table value, keyed by column code. */
export type TableRow = Readonly<Record<string, TableCell>>;

/** The data of a product link value: the linked product (by uuid) or product model (by code). */
export interface ProductLinkData {
  type: "product" | "product_model";
  id: string;
}

/**
 * Codes a catalog may narrow: option codes of select attributes, currencies and units.
 * Each defaults to `string`, which is what a value carries when nothing more is known.
 */
export interface ValueCodes {
  option: string;
  currency: string;
  unit: string;
}

/** The shape of a value's `data` for each attribute type. */
export interface AttributeValueMap<C extends ValueCodes = ValueCodes> {
  pim_catalog_identifier: string;
  pim_catalog_text: string;
  pim_catalog_textarea: string;
  pim_catalog_number: Amount;
  pim_catalog_boolean: boolean;
  /** An ISO 8601 date or date-time. */
  pim_catalog_date: string;
  pim_catalog_metric: MetricData<C["unit"]>;
  pim_catalog_price_collection: PriceData<C["currency"]>[];
  pim_catalog_simpleselect: C["option"];
  pim_catalog_multiselect: C["option"][];
  /** A media file code. */
  pim_catalog_file: string;
  /** A media file code. */
  pim_catalog_image: string;
  pim_catalog_reference_data_simpleselect: string;
  pim_catalog_reference_data_multiselect: string[];
  /** A record code. */
  akeneo_reference_entity: string;
  akeneo_reference_entity_collection: string[];
  /** Asset codes. */
  pim_catalog_asset_collection: string[];
  pim_catalog_table: TableRow[];
  pim_catalog_product_link: ProductLinkData;
}

/**
 * The data a value of an attribute of type `T` carries; select types take the attribute's option
 * codes as `Option` when they are known.
 *
 * @example
 * const weight: ValueOf<"pim_catalog_metric"> = { amount: 1.2, unit: "KILOGRAM" };
 */
export type ValueOf<
  T extends AttributeType,
  Option extends string = string,
  Currency extends string = string,
  Unit extends string = string,
> = AttributeValueMap<{ option: Option; currency: Currency; unit: Unit }>[T];
