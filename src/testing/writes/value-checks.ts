import { isJsonObject, type JsonObject, type JsonValue } from "../json-types.js";
import type { Catalog } from "../store/catalog.js";
import { failValidation, type WriteFailure } from "./resource-writer.js";

const NUMERIC_TYPES = new Set(["pim_catalog_number"]);
const SELECT_TYPES = new Set(["pim_catalog_simpleselect", "pim_catalog_multiselect"]);

/**
 * Checks product and product model values: the attribute exists, each value has
 * `locale`, `scope` and `data`, locale and scope match the attribute, options exist,
 * numbers are numbers.
 */
export function checkProductValues(values: JsonValue, catalog: Catalog): WriteFailure | undefined {
  if (!isJsonObject(values)) {
    return {
      status: 422,
      message: `Property "values" expects an array as data, "${typeof values}" given.`,
    };
  }
  for (const [code, entries] of Object.entries(values)) {
    const attribute = catalog.attributes.get(code);
    if (attribute === undefined)
      return { status: 422, message: `Attribute "${code}" does not exist.` };
    if (!Array.isArray(entries) || !entries.every(isValueShape)) {
      return {
        status: 422,
        message: `Property "${code}" expects an array of objects with "locale", "scope" and "data" keys.`,
      };
    }
    for (const entry of entries) {
      const failure = checkOneValue(code, attribute, entry, catalog);
      if (failure !== undefined) return failure;
    }
  }
  return undefined;
}

function isValueShape(entry: JsonValue): entry is JsonObject {
  return isJsonObject(entry) && "data" in entry;
}

function checkOneValue(
  code: string,
  attribute: JsonObject,
  entry: JsonObject,
  catalog: Catalog,
): WriteFailure | undefined {
  const locale = typeof entry.locale === "string" ? entry.locale : null;
  const scope = typeof entry.scope === "string" ? entry.scope : null;
  const where = { attribute: code, locale, scope };
  if (attribute.localizable === true && locale === null) {
    return failValidation("values", `The ${code} attribute requires a locale.`, where);
  }
  if (attribute.localizable !== true && locale !== null) {
    return failValidation(
      "values",
      `The ${code} attribute does not require a locale, "${locale}" was detected.`,
      where,
    );
  }
  if (attribute.scopable === true && scope === null) {
    return failValidation("values", `The ${code} attribute requires a channel.`, where);
  }
  if (attribute.scopable !== true && scope !== null) {
    return failValidation(
      "values",
      `The ${code} attribute does not require a channel, "${scope}" was detected.`,
      where,
    );
  }
  const data = entry.data ?? null;
  if (data === null) return undefined;
  const type = String(attribute.type);
  if (NUMERIC_TYPES.has(type) && (typeof data === "boolean" || Number.isNaN(Number(data)))) {
    return failValidation("values", "This value should be a valid number.", where);
  }
  if (SELECT_TYPES.has(type)) {
    const options = catalog.attributeOptions.existing(code);
    const missing = (Array.isArray(data) ? data : [data]).find(
      (option) => !options?.has(String(option)),
    );
    if (missing !== undefined) {
      return failValidation(
        "values",
        `The ${String(missing)} value is not in the ${code} attribute option list.`,
        where,
      );
    }
  }
  return undefined;
}
