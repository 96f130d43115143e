/** One step of a write scenario and the status the emulator must answer. */
export interface WriteStep {
  readonly method: "POST" | "PATCH" | "DELETE" | "GET";
  readonly path: string;
  readonly body?: unknown;
  readonly status: number;
}

/** A named sequence of writes on one resource. */
export interface WriteScenario {
  readonly name: string;
  readonly steps: readonly WriteStep[];
}

const API = "/api/rest/v1";
const UUID = "0b9f5a5e-3c1e-4b4e-9a43-1f6a2b3c4d5e";
const name = (data: string) => ({ name: [{ locale: "en_US", scope: null, data }] });

// Upsert bodies repeat the key and the properties the description marks as required, which the
// real server does not need on a PATCH (see the report of description problems).

/** Create, upsert (201 then 204) and delete scenarios over the writable resources. */
export const WRITE_SCENARIOS: readonly WriteScenario[] = [
  {
    name: "product",
    steps: [
      { method: "POST", path: `${API}/products`, body: { identifier: "c-1" }, status: 201 },
      {
        method: "PATCH",
        path: `${API}/products/c-1`,
        body: { identifier: "c-1", family: "shoes", values: name("C") },
        status: 204,
      },
      { method: "PATCH", path: `${API}/products/c-2`, body: { identifier: "c-2" }, status: 201 },
      { method: "GET", path: `${API}/products/c-1`, status: 200 },
      { method: "DELETE", path: `${API}/products/c-2`, status: 204 },
    ],
  },
  {
    name: "product by uuid",
    steps: [
      {
        method: "POST",
        path: `${API}/products-uuid`,
        body: { uuid: UUID, values: { sku: [{ locale: null, scope: null, data: "c-uuid" }] } },
        status: 201,
      },
      {
        method: "PATCH",
        path: `${API}/products-uuid/${UUID}`,
        body: { uuid: UUID, enabled: false },
        status: 204,
      },
      { method: "GET", path: `${API}/products-uuid/${UUID}`, status: 200 },
      { method: "DELETE", path: `${API}/products-uuid/${UUID}`, status: 204 },
    ],
  },
  {
    name: "product model",
    steps: [
      {
        method: "POST",
        path: `${API}/product-models`,
        body: { code: "pm-c", family_variant: "tshirts_by_size", values: {} },
        status: 201,
      },
      {
        method: "PATCH",
        path: `${API}/product-models/pm-c`,
        body: { code: "pm-c", family_variant: "tshirts_by_size", categories: ["tshirts"] },
        status: 204,
      },
      { method: "GET", path: `${API}/product-models/pm-c`, status: 200 },
      { method: "DELETE", path: `${API}/product-models/pm-c`, status: 204 },
    ],
  },
  {
    name: "family and family variant",
    steps: [
      {
        method: "POST",
        path: `${API}/families`,
        body: { code: "hats", attributes: ["sku", "name", "size"], attribute_as_label: "name" },
        status: 201,
      },
      {
        method: "PATCH",
        path: `${API}/families/hats`,
        body: { code: "hats", attribute_as_label: "name", labels: { en_US: "Hats" } },
        status: 204,
      },
      {
        method: "POST",
        path: `${API}/families/hats/variants`,
        body: {
          code: "hats_by_size",
          variant_attribute_sets: [{ level: 1, axes: ["size"], attributes: ["size"] }],
        },
        status: 201,
      },
      {
        method: "PATCH",
        path: `${API}/families/hats/variants/hats_by_size`,
        body: {
          code: "hats_by_size",
          variant_attribute_sets: [{ level: 1, axes: ["size"], attributes: ["size"] }],
          labels: { en_US: "Hats by size" },
        },
        status: 204,
      },
      { method: "GET", path: `${API}/families/hats/variants/hats_by_size`, status: 200 },
      { method: "DELETE", path: `${API}/families/hats`, status: 204 },
    ],
  },
  {
    name: "attribute and option",
    steps: [
      {
        method: "POST",
        path: `${API}/attributes`,
        body: { code: "material", type: "pim_catalog_simpleselect", group: "technical" },
        status: 201,
      },
      {
        method: "PATCH",
        path: `${API}/attributes/material`,
        body: { code: "material", type: "pim_catalog_simpleselect", group: "marketing" },
        status: 204,
      },
      {
        method: "POST",
        path: `${API}/attributes/material/options`,
        body: { code: "wool" },
        status: 201,
      },
      {
        method: "PATCH",
        path: `${API}/attributes/material/options/cotton`,
        body: { code: "cotton", labels: { en_US: "Cotton" } },
        status: 201,
      },
      { method: "GET", path: `${API}/attributes/material/options/cotton`, status: 200 },
    ],
  },
  {
    name: "attribute group, association type, channel and category",
    steps: [
      {
        method: "PATCH",
        path: `${API}/attribute-groups/logistics`,
        body: { code: "logistics", labels: { en_US: "Logistics" } },
        status: 201,
      },
      {
        method: "POST",
        path: `${API}/association-types`,
        body: { code: "SUBSTITUTION" },
        status: 201,
      },
      {
        method: "PATCH",
        path: `${API}/association-types/SUBSTITUTION`,
        body: { code: "SUBSTITUTION", labels: { en_US: "Substitution" } },
        status: 204,
      },
      {
        method: "PATCH",
        path: `${API}/channels/print`,
        body: { code: "print", category_tree: "master", currencies: ["EUR"], locales: ["fr_FR"] },
        status: 201,
      },
      { method: "POST", path: `${API}/categories`, body: { code: "hats" }, status: 201 },
      {
        method: "PATCH",
        path: `${API}/categories/hats`,
        body: { code: "hats", parent: "accessories" },
        status: 204,
      },
      { method: "GET", path: `${API}/channels/print`, status: 200 },
    ],
  },
  {
    name: "reference entity and record",
    steps: [
      {
        method: "PATCH",
        path: `${API}/reference-entities/designer`,
        body: { code: "designer", labels: { en_US: "Designer" } },
        status: 201,
      },
      { method: "GET", path: `${API}/reference-entities/designer`, status: 200 },
      {
        method: "PATCH",
        path: `${API}/reference-entities/brand/records/hooli`,
        body: { code: "hooli", values: { country: [{ locale: null, data: "US" }] } },
        status: 201,
      },
    ],
  },
  {
    name: "asset family and asset",
    steps: [
      {
        method: "PATCH",
        path: `${API}/asset-families/videos`,
        body: { code: "videos", labels: { en_US: "Videos" } },
        status: 201,
      },
      { method: "GET", path: `${API}/asset-families/videos`, status: 200 },
      {
        method: "PATCH",
        path: `${API}/asset-families/packshots/assets/belt_front`,
        body: { code: "belt_front", values: { media: [{ locale: null, data: "a/b/c/d/x.png" }] } },
        status: 201,
      },
      { method: "GET", path: `${API}/asset-families/packshots/assets/belt_front`, status: 200 },
      { method: "DELETE", path: `${API}/asset-families/packshots/assets/belt_front`, status: 204 },
    ],
  },
];
