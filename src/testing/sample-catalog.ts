import type { JsonObject } from "./json-types.js";
import {
  SAMPLE_COLORS,
  SAMPLE_SIZES,
  seedSampleSettings,
  seedSampleStructure,
} from "./sample-catalog-structure.js";
import type { FakePimSeeder } from "./seeder.js";

const labels = (en: string, fr: string): JsonObject => ({ en_US: en, fr_FR: fr });

/**
 * Loads a small, realistic catalog: 3 locales enabled, 2 channels, a category tree,
 * 3 families, 12 attributes, 2 product models and 20 products, a brand reference entity
 * and a packshot asset family.
 */
export function loadSampleCatalog(seed: FakePimSeeder): void {
  seedSampleSettings(seed);
  seedSampleStructure(seed);
  seedProducts(seed);
  seedEntities(seed);
}

function seedProducts(seed: FakePimSeeder): void {
  const value = (
    data: string | number | boolean | JsonObject | JsonObject[],
    locale: string | null = null,
  ) => [{ locale, scope: null, data }];
  const products: JsonObject[] = [];
  SAMPLE_SIZES.forEach((size, i) => {
    for (const model of ["tshirt-classic", "tshirt-vintage"]) {
      products.push({
        identifier: `${model}-${size}`,
        family: "tshirts",
        parent: model,
        categories: ["tshirts"],
        values: { size: value(size), stock: value(10 * (i + 1)) },
      });
    }
  });
  ["trail-runner", "city-sneaker", "rain-boot", "sandal"].forEach((name, i) => {
    products.push({
      identifier: `shoe-${name}`,
      family: "shoes",
      categories: i === 3 ? ["shoes", "sale"] : ["shoes"],
      values: {
        name: value(name.replace("-", " "), "en_US"),
        color: value(SAMPLE_COLORS[i] as string),
        size: value("m"),
        weight: value({ amount: 0.6 + i / 10, unit: "KILOGRAM" }),
        waterproof: value(name === "rain-boot"),
        price: value([
          { amount: `${59 + i * 20}.00`, currency: "USD" },
          { amount: `${55 + i * 18}.00`, currency: "EUR" },
        ]),
      },
    });
  });
  ["cap", "scarf", "belt", "backpack", "watch", "sunglasses", "wallet", "umbrella"].forEach(
    (name, i) => {
      products.push({
        identifier: `acc-${name}`,
        family: "accessories",
        enabled: i !== 6,
        categories: i % 3 === 0 ? ["accessories", "sale"] : ["accessories"],
        values: {
          name: value(name, "en_US"),
          color: value(SAMPLE_COLORS[i % SAMPLE_COLORS.length] as string),
          stock: value(i * 7),
          release_date: value(`2023-0${1 + (i % 9)}-15T00:00:00+00:00`),
        },
      });
    },
  );
  seed.products(products);
}

function seedEntities(seed: FakePimSeeder): void {
  seed.records("reference-entities", [
    { code: "brand", labels: labels("Brand", "Marque"), image: null },
  ]);
  seed.records(
    "reference-entity-attributes",
    [
      {
        code: "label",
        type: "text",
        labels: labels("Label", "Libellé"),
        value_per_locale: true,
        value_per_channel: false,
      },
      {
        code: "country",
        type: "text",
        labels: labels("Country", "Pays"),
        value_per_locale: false,
        value_per_channel: false,
      },
    ],
    "brand",
  );
  seed.records(
    "reference-entity-records",
    ["acme", "globex", "initech"].map((code) => ({
      code,
      values: {
        label: [{ locale: "en_US", channel: null, data: code.toUpperCase() }],
        country: [{ locale: null, channel: null, data: "US" }],
      },
    })),
    "brand",
  );
  seed.records("asset-families", [
    {
      code: "packshots",
      labels: labels("Packshots", "Packshots"),
      attribute_as_main_media: "media",
    },
  ]);
  seed.records(
    "asset-family-attributes",
    [
      {
        code: "media",
        type: "media_file",
        labels: labels("Media", "Média"),
        value_per_locale: false,
        value_per_channel: false,
        media_type: "image",
      },
    ],
    "packshots",
  );
  seed.records(
    "assets",
    [
      { code: "cap_front", values: {} },
      { code: "scarf_front", values: {} },
    ],
    "packshots",
  );
}
