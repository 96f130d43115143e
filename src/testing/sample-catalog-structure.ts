import type { JsonObject } from "./json-types.js";
import type { FakePimSeeder } from "./seeder.js";

const labels = (en: string, fr: string): JsonObject => ({ en_US: en, fr_FR: fr });

/** Option codes of the sample `color` attribute. */
export const SAMPLE_COLORS = ["black", "white", "red", "blue", "green"];
/** Option codes of the sample `size` attribute. */
export const SAMPLE_SIZES = ["s", "m", "l", "xl"];

/** Seeds locales, currencies, categories, channels, measure, measurement and association types. */
export function seedSampleSettings(seed: FakePimSeeder): void {
  seed.records("locales", [
    { code: "en_US", enabled: true },
    { code: "fr_FR", enabled: true },
    { code: "de_DE", enabled: true },
    { code: "es_ES", enabled: false },
  ]);
  seed.records("currencies", [
    { code: "USD", enabled: true, label: "US dollar" },
    { code: "EUR", enabled: true, label: "Euro" },
    { code: "GBP", enabled: false, label: "British pound" },
  ]);
  seed.records("categories", [
    { code: "master", parent: null, labels: labels("Master catalog", "Catalogue principal") },
    { code: "clothing", parent: "master", labels: labels("Clothing", "Vêtements") },
    { code: "tshirts", parent: "clothing", labels: labels("T-shirts", "T-shirts") },
    { code: "shoes", parent: "master", labels: labels("Shoes", "Chaussures") },
    { code: "accessories", parent: "master", labels: labels("Accessories", "Accessoires") },
    { code: "sale", parent: "master", labels: labels("Sale", "Soldes") },
  ]);
  seed.records("channels", [
    {
      code: "ecommerce",
      locales: ["en_US", "fr_FR", "de_DE"],
      currencies: ["USD", "EUR"],
      category_tree: "master",
      conversion_units: {},
      labels: labels("E-commerce", "E-commerce"),
    },
    {
      code: "mobile",
      locales: ["en_US"],
      currencies: ["USD"],
      category_tree: "master",
      conversion_units: {},
      labels: labels("Mobile", "Mobile"),
    },
  ]);
  seed.records("measurement-families", [
    {
      code: "Weight",
      labels: labels("Weight", "Poids"),
      standard_unit_code: "KILOGRAM",
      units: {
        KILOGRAM: {
          code: "KILOGRAM",
          labels: labels("Kilogram", "Kilogramme"),
          convert_from_standard: [{ operator: "mul", value: "1" }],
          symbol: "kg",
        },
        GRAM: {
          code: "GRAM",
          labels: labels("Gram", "Gramme"),
          convert_from_standard: [{ operator: "mul", value: "0.001" }],
          symbol: "g",
        },
      },
    },
  ]);
  // The legacy view of measure families, which Akeneo still serves read-only.
  seed.records("measure-families", [
    {
      code: "Length",
      standard: "METER",
      units: [
        { code: "METER", convert: { mul: "1" }, symbol: "m" },
        { code: "CENTIMETER", convert: { mul: "0.01" }, symbol: "cm" },
      ],
    },
    {
      code: "Weight",
      standard: "KILOGRAM",
      units: [
        { code: "KILOGRAM", convert: { mul: "1" }, symbol: "kg" },
        { code: "GRAM", convert: { mul: "0.001" }, symbol: "g" },
      ],
    },
  ]);
  seed.records("association-types", [
    {
      code: "X_SELL",
      labels: labels("Cross sell", "Vente croisée"),
      is_quantified: false,
      is_two_way: false,
    },
    {
      code: "UPSELL",
      labels: labels("Upsell", "Montée en gamme"),
      is_quantified: false,
      is_two_way: false,
    },
    { code: "PACK", labels: labels("Pack", "Lot"), is_quantified: true, is_two_way: false },
  ]);
}

/** Seeds attribute groups, attributes, options, families, variants and product models. */
export function seedSampleStructure(seed: FakePimSeeder): void {
  seed.records("attribute-groups", [
    { code: "other", sort_order: 0, attributes: [], labels: labels("Other", "Autre") },
    { code: "marketing", sort_order: 1, attributes: [], labels: labels("Marketing", "Marketing") },
    { code: "technical", sort_order: 2, attributes: [], labels: labels("Technical", "Technique") },
  ]);
  const attribute = (
    code: string,
    type: string,
    group: string,
    extra: JsonObject = {},
  ): JsonObject => ({
    code,
    type,
    group,
    labels: labels(code, code),
    localizable: false,
    scopable: false,
    ...extra,
  });
  seed.records("attributes", [
    attribute("sku", "pim_catalog_identifier", "other", { unique: true, is_main_identifier: true }),
    attribute("name", "pim_catalog_text", "marketing", { localizable: true }),
    attribute("description", "pim_catalog_textarea", "marketing", {
      localizable: true,
      scopable: true,
    }),
    attribute("price", "pim_catalog_price_collection", "marketing", { decimals_allowed: true }),
    attribute("color", "pim_catalog_simpleselect", "marketing"),
    attribute("size", "pim_catalog_simpleselect", "technical"),
    attribute("weight", "pim_catalog_metric", "technical", {
      metric_family: "Weight",
      default_metric_unit: "KILOGRAM",
    }),
    attribute("stock", "pim_catalog_number", "technical", { decimals_allowed: false }),
    attribute("release_date", "pim_catalog_date", "marketing"),
    attribute("waterproof", "pim_catalog_boolean", "technical"),
    attribute("picture", "pim_catalog_image", "marketing", { allowed_extensions: ["jpg", "png"] }),
    attribute("brand", "akeneo_reference_entity", "marketing", { reference_data_name: "brand" }),
  ]);
  seed.records(
    "attribute-options",
    SAMPLE_COLORS.map((code, i) => ({ code, sort_order: i, labels: labels(code, code) })),
    "color",
  );
  seed.records(
    "attribute-options",
    SAMPLE_SIZES.map((code, i) => ({
      code,
      sort_order: i,
      labels: labels(code.toUpperCase(), code.toUpperCase()),
    })),
    "size",
  );
  const family = (code: string, attributes: string[]): JsonObject => ({
    code,
    attribute_as_label: "name",
    attribute_as_image: "picture",
    attributes: ["sku", ...attributes],
    attribute_requirements: { ecommerce: ["sku", "name"], mobile: ["sku"] },
    labels: labels(code, code),
  });
  seed.records("families", [
    family("tshirts", [
      "name",
      "description",
      "price",
      "color",
      "size",
      "stock",
      "picture",
      "brand",
    ]),
    family("shoes", [
      "name",
      "description",
      "price",
      "color",
      "size",
      "weight",
      "waterproof",
      "stock",
      "picture",
    ]),
    family("accessories", [
      "name",
      "description",
      "price",
      "color",
      "weight",
      "release_date",
      "stock",
    ]),
  ]);
  seed.records(
    "family-variants",
    [
      {
        code: "tshirts_by_size",
        labels: labels("T-shirts by size", "T-shirts par taille"),
        variant_attribute_sets: [
          { level: 1, axes: ["size"], attributes: ["sku", "size", "stock"] },
        ],
      },
    ],
    "tshirts",
  );
  seed.records(
    "product-models",
    ["tshirt-classic", "tshirt-vintage"].map((code, i) => ({
      code,
      family: "tshirts",
      family_variant: "tshirts_by_size",
      parent: null,
      categories: ["tshirts"],
      values: {
        name: [
          { locale: "en_US", scope: null, data: `${i === 0 ? "Classic" : "Vintage"} t-shirt` },
        ],
        color: [{ locale: null, scope: null, data: SAMPLE_COLORS[i] as string }],
      },
      associations: {},
      quantified_associations: {},
    })),
  );
}
