import { isJsonObject, type JsonObject } from "../json-types.js";
import { failUnknownReference, failValidation, type ResourceWriter } from "./resource-writer.js";

/** Rules for families: the attributes they name exist. */
export function createFamilyWriter(): ResourceWriter {
  return {
    keyField: "code",
    allowedProperties: new Set([
      "attribute_as_label",
      "attribute_as_image",
      "attributes",
      "attribute_requirements",
      "labels",
      "parent",
    ]),
    defaults: () => ({
      attribute_as_label: null,
      attribute_as_image: null,
      attributes: [],
      attribute_requirements: {},
      labels: {},
    }),
    validate: (candidate, { catalog }) => {
      const named = [
        ...(Array.isArray(candidate.attributes) ? candidate.attributes : []),
        candidate.attribute_as_label ?? null,
        candidate.attribute_as_image ?? null,
      ];
      const unknown = named.find((code) => code !== null && !catalog.attributes.has(String(code)));
      return unknown === undefined
        ? undefined
        : failUnknownReference("attributes", "attribute", String(unknown));
    },
  };
}

/** Rules for family variants: the family comes from the URL and must exist. */
export function createFamilyVariantWriter(): ResourceWriter {
  return {
    keyField: "code",
    allowedProperties: new Set(["variant_attribute_sets", "labels", "family"]),
    defaults: () => ({ variant_attribute_sets: [], labels: {} }),
    validate: (candidate) => {
      const sets = candidate.variant_attribute_sets;
      if (
        !Array.isArray(sets) ||
        !sets.every((set) => isJsonObject(set) && Array.isArray(set.axes))
      ) {
        return failValidation(
          "variant_attribute_sets",
          "Each variant attribute set needs a level and axes.",
        );
      }
      return undefined;
    },
  };
}

/** Rules for attributes: a known type, an existing group. */
export function createAttributeWriter(): ResourceWriter {
  return {
    keyField: "code",
    defaults: () => ({
      type: null,
      group: "other",
      labels: {},
      localizable: false,
      scopable: false,
    }),
    validate: (candidate, { catalog }) => {
      if (typeof candidate.type !== "string" || !candidate.type.startsWith("pim_")) {
        return failValidation("type", "This value should not be blank.");
      }
      if (!catalog.attributeGroups.has(String(candidate.group))) {
        return failUnknownReference("group", "attribute group", String(candidate.group));
      }
      return undefined;
    },
  };
}

/** Rules for categories: an existing parent that is not the category itself. */
export function createCategoryWriter(): ResourceWriter {
  return {
    keyField: "code",
    allowedProperties: new Set(["parent", "labels", "values", "channel_requirements"]),
    serverProperties: new Set(["position", "updated"]),
    timestamps: "updated",
    defaults: () => ({ parent: null, labels: {} }),
    validate: (candidate, { catalog }, key) => {
      const parent = candidate.parent ?? null;
      if (parent === null) return undefined;
      if (parent === key)
        return failValidation("parent", "You cannot move a category under itself.");
      return catalog.categories.has(String(parent))
        ? undefined
        : failUnknownReference("parent", "category", String(parent));
    },
  };
}

/** Rules for channels: the tree, locales and currencies they name exist. */
export function createChannelWriter(): ResourceWriter {
  return {
    keyField: "code",
    allowedProperties: new Set([
      "locales",
      "currencies",
      "category_tree",
      "conversion_units",
      "labels",
    ]),
    defaults: () => ({
      locales: [],
      currencies: [],
      category_tree: null,
      conversion_units: {},
      labels: {},
    }),
    validate: (candidate, { catalog }) => {
      if (!catalog.categories.has(String(candidate.category_tree))) {
        return failUnknownReference("category_tree", "category", String(candidate.category_tree));
      }
      for (const code of Array.isArray(candidate.locales) ? candidate.locales : []) {
        if (!catalog.locales.has(String(code)))
          return failUnknownReference("locales", "locale", String(code));
      }
      for (const code of Array.isArray(candidate.currencies) ? candidate.currencies : []) {
        if (!catalog.currencies.has(String(code)))
          return failUnknownReference("currencies", "currency", String(code));
      }
      return undefined;
    },
  };
}

/** Rules for measurement families: the standard unit is one of the units. */
export function createMeasurementFamilyWriter(): ResourceWriter {
  return {
    keyField: "code",
    allowedProperties: new Set(["labels", "standard_unit_code", "units"]),
    defaults: () => ({ labels: {}, standard_unit_code: null, units: {} }),
    validate: (candidate) =>
      isJsonObject(candidate.units) && String(candidate.standard_unit_code) in candidate.units
        ? undefined
        : failValidation("standard_unit_code", "The standard unit code must be one of the units."),
  };
}

/** Rules for resources that only need a code (groups, association types, options, …). */
export function createCodeWriter(
  options: { timestamped?: boolean; defaults?: JsonObject } = {},
): ResourceWriter {
  return {
    keyField: "code",
    serverProperties: options.timestamped ? new Set(["created", "updated"]) : undefined,
    timestamps: options.timestamped ? "created+updated" : undefined,
    defaults: () => ({ ...(options.defaults ?? {}) }),
  };
}
