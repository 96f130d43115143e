import { randomUUID } from "node:crypto";
import { isJsonObject, type JsonObject } from "../json-types.js";
import {
  failUnknownReference,
  failValidation,
  type ResourceWriter,
  type WriteContext,
  type WriteFailure,
} from "./resource-writer.js";
import { checkProductValues } from "./value-checks.js";

const PRODUCT_PROPERTIES = new Set([
  "enabled",
  "family",
  "categories",
  "groups",
  "parent",
  "values",
  "associations",
  "quantified_associations",
]);
const SERVER_PROPERTIES = new Set([
  "created",
  "updated",
  "metadata",
  "quality_scores",
  "completenesses",
  "workflow_execution_statuses",
  "root_parent",
]);
const MODEL_SERVER_PROPERTIES = new Set([
  "created",
  "updated",
  "metadata",
  "quality_scores",
  "workflow_execution_statuses",
]);
const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Rules for products written through `/products` (keyed by identifier). */
export function createProductWriter(): ResourceWriter {
  return {
    keyField: "identifier",
    allowedProperties: new Set([...PRODUCT_PROPERTIES, "uuid"]),
    serverProperties: SERVER_PROPERTIES,
    timestamps: "created+updated",
    duplicateMessage: "The same identifier is already set on another product",
    defaults: () => ({ uuid: "", ...emptyProduct() }),
    normalizeInput: (input, context) => withoutIdentifierValue(input, context),
    validate: (candidate, context) => checkProduct(candidate, context),
    complete: (candidate, existing) => ({
      ...candidate,
      uuid:
        existing?.uuid ??
        (typeof candidate.uuid === "string" && candidate.uuid !== ""
          ? candidate.uuid
          : randomUUID()),
    }),
  };
}

/** Rules for products written through `/products-uuid` (identifier kept in the values). */
export function createProductUuidWriter(): ResourceWriter {
  return {
    keyField: "uuid",
    allowedProperties: PRODUCT_PROPERTIES,
    serverProperties: SERVER_PROPERTIES,
    timestamps: "created+updated",
    duplicateMessage: "The same uuid is already set on another product",
    generateKey: () => randomUUID(),
    defaults: () => ({ identifier: null, ...emptyProduct() }),
    normalizeInput: (input, context) => liftIdentifierValue(input, context),
    validate: (candidate, context, key) =>
      UUID_PATTERN.test(key)
        ? checkProduct(candidate, context)
        : { status: 422, message: `The uuid "${key}" is not valid.` },
  };
}

/** Rules for product models: an existing family variant, an existing parent, valid values. */
export function createProductModelWriter(): ResourceWriter {
  return {
    keyField: "code",
    allowedProperties: new Set([
      "family",
      "family_variant",
      "parent",
      "categories",
      "values",
      "associations",
      "quantified_associations",
    ]),
    serverProperties: MODEL_SERVER_PROPERTIES,
    timestamps: "created+updated",
    defaults: () => ({
      family: null,
      family_variant: null,
      parent: null,
      categories: [],
      values: {},
      associations: {},
      quantified_associations: {},
    }),
    validate: (candidate, { catalog }) => {
      if (typeof candidate.family_variant !== "string" || candidate.family_variant === "") {
        return failValidation(
          "family_variant",
          "The product model family variant must not be empty.",
        );
      }
      if (catalog.findFamilyVariant(candidate.family_variant) === undefined) {
        return failUnknownReference("family_variant", "family variant", candidate.family_variant);
      }
      if (candidate.parent !== null && !catalog.productModels.has(String(candidate.parent))) {
        return failUnknownReference("parent", "product model", String(candidate.parent));
      }
      const categories = Array.isArray(candidate.categories) ? candidate.categories : [];
      const unknown = categories.find((code) => !catalog.categories.has(String(code)));
      if (unknown !== undefined)
        return failUnknownReference("categories", "category", String(unknown));
      return checkProductValues(candidate.values ?? {}, catalog);
    },
    complete: (candidate, _existing, { catalog }) => ({
      ...candidate,
      family: catalog.findFamilyVariant(String(candidate.family_variant))?.family ?? null,
    }),
  };
}

function emptyProduct(): JsonObject {
  return {
    enabled: true,
    family: null,
    categories: [],
    groups: [],
    parent: null,
    values: {},
    associations: {},
    quantified_associations: {},
  };
}

function checkProduct(candidate: JsonObject, context: WriteContext): WriteFailure | undefined {
  const { catalog } = context;
  if (typeof candidate.enabled !== "boolean") {
    return {
      status: 422,
      message: `Property "enabled" expects a boolean as data, "${typeof candidate.enabled}" given.`,
    };
  }
  const identifier = candidate.identifier;
  if (typeof identifier === "string") {
    const owner = catalog.products.uuidOf(identifier);
    if (owner !== undefined && candidate.uuid !== "" && owner !== candidate.uuid) {
      return failValidation("identifier", "The same identifier is already set on another product");
    }
  }
  if (candidate.family !== null && !catalog.families.has(String(candidate.family))) {
    return failUnknownReference("family", "family", String(candidate.family));
  }
  if (candidate.parent !== null && !catalog.productModels.has(String(candidate.parent))) {
    return failUnknownReference("parent", "product model", String(candidate.parent));
  }
  const categories = Array.isArray(candidate.categories) ? candidate.categories : [];
  const unknownCategory = categories.find((code) => !catalog.categories.has(String(code)));
  if (unknownCategory !== undefined) {
    return failUnknownReference("categories", "category", String(unknownCategory));
  }
  return checkProductValues(candidate.values ?? {}, catalog);
}

/** In the identifier view the identifier is a top-level property, never a value. */
function withoutIdentifierValue(input: JsonObject, context: WriteContext): JsonObject {
  const code = context.catalog.identifierAttribute();
  if (!isJsonObject(input.values) || !(code in input.values)) return input;
  const { [code]: _dropped, ...values } = input.values;
  return { ...input, values };
}

/** In the uuid view the identifier travels as a value of the identifier attribute. */
function liftIdentifierValue(input: JsonObject, context: WriteContext): JsonObject {
  const code = context.catalog.identifierAttribute();
  if (!isJsonObject(input.values) || !(code in input.values)) return input;
  const { [code]: entries, ...values } = input.values;
  const first = Array.isArray(entries) ? entries[0] : undefined;
  const data = isJsonObject(first) ? first.data : null;
  return { ...input, values, identifier: typeof data === "string" && data !== "" ? data : null };
}
