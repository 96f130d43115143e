/** One read of the sample catalog and the status the emulator must answer. */
export interface SampleRead {
  readonly name: string;
  readonly path: string;
  readonly status: number;
}

const API = "/api/rest/v1";
const familyIsShoes = encodeURIComponent(
  JSON.stringify({ family: [{ operator: "IN", value: ["shoes"] }] }),
);
const enabledAndUpdated = encodeURIComponent(
  JSON.stringify({
    enabled: [{ operator: "=", value: true }],
    updated: [{ operator: ">", value: "2000-01-01 00:00:00" }],
  }),
);

/** Gets and lists of the main resources, with and without `with_count`, search and paging. */
export const SAMPLE_READS: readonly SampleRead[] = [
  { name: "endpoint list", path: API, status: 200 },
  { name: "system information", path: `${API}/system-information`, status: 200 },
  { name: "products, first page", path: `${API}/products`, status: 200 },
  {
    name: "products, page 2 with count",
    path: `${API}/products?page=2&limit=5&with_count=true`,
    status: 200,
  },
  {
    name: "products, search with count",
    path: `${API}/products?search=${familyIsShoes}&with_count=true`,
    status: 200,
  },
  {
    name: "products, search on enabled and updated",
    path: `${API}/products?search=${enabledAndUpdated}&limit=3`,
    status: 200,
  },
  { name: "product", path: `${API}/products/acc-cap`, status: 200 },
  { name: "products by uuid", path: `${API}/products-uuid?limit=3&with_count=true`, status: 200 },
  { name: "product models", path: `${API}/product-models?with_count=true`, status: 200 },
  { name: "product model", path: `${API}/product-models/tshirt-classic`, status: 200 },
  { name: "published products", path: `${API}/published-products`, status: 200 },
  { name: "families", path: `${API}/families?with_count=true`, status: 200 },
  { name: "family", path: `${API}/families/shoes`, status: 200 },
  { name: "family variants", path: `${API}/families/tshirts/variants`, status: 200 },
  { name: "family variant", path: `${API}/families/tshirts/variants/tshirts_by_size`, status: 200 },
  { name: "attributes", path: `${API}/attributes?limit=100&with_count=true`, status: 200 },
  { name: "attribute", path: `${API}/attributes/weight`, status: 200 },
  { name: "attribute options", path: `${API}/attributes/color/options`, status: 200 },
  { name: "attribute option", path: `${API}/attributes/size/options/m`, status: 200 },
  { name: "attribute groups", path: `${API}/attribute-groups`, status: 200 },
  { name: "attribute group", path: `${API}/attribute-groups/marketing`, status: 200 },
  { name: "association types", path: `${API}/association-types`, status: 200 },
  { name: "association type", path: `${API}/association-types/PACK`, status: 200 },
  { name: "channels", path: `${API}/channels`, status: 200 },
  { name: "channel", path: `${API}/channels/ecommerce`, status: 200 },
  { name: "locales", path: `${API}/locales?with_count=true`, status: 200 },
  { name: "locale", path: `${API}/locales/fr_FR`, status: 200 },
  { name: "categories", path: `${API}/categories?with_count=true`, status: 200 },
  { name: "category", path: `${API}/categories/tshirts`, status: 200 },
  { name: "currencies", path: `${API}/currencies`, status: 200 },
  { name: "currency", path: `${API}/currencies/EUR`, status: 200 },
  { name: "measurement families", path: `${API}/measurement-families`, status: 200 },
  { name: "reference entities", path: `${API}/reference-entities`, status: 200 },
  { name: "reference entity", path: `${API}/reference-entities/brand`, status: 200 },
  {
    name: "reference entity attributes",
    path: `${API}/reference-entities/brand/attributes`,
    status: 200,
  },
  {
    name: "reference entity attribute",
    path: `${API}/reference-entities/brand/attributes/country`,
    status: 200,
  },
  { name: "asset families", path: `${API}/asset-families`, status: 200 },
  { name: "asset family", path: `${API}/asset-families/packshots`, status: 200 },
  { name: "asset attributes", path: `${API}/asset-families/packshots/attributes`, status: 200 },
  {
    name: "asset attribute",
    path: `${API}/asset-families/packshots/attributes/media`,
    status: 200,
  },
  { name: "asset", path: `${API}/asset-families/packshots/assets/cap_front`, status: 200 },
];

/** Lists walked page by page along their `next` links (search_after cursors). */
export const SEARCH_AFTER_WALKS: readonly SampleRead[] = [
  {
    name: "products",
    path: `${API}/products?pagination_type=search_after&limit=7`,
    status: 200,
  },
  {
    name: "products by uuid",
    path: `${API}/products-uuid?pagination_type=search_after&limit=3&search=${familyIsShoes}`,
    status: 200,
  },
  {
    name: "product models",
    path: `${API}/product-models?pagination_type=search_after&limit=1`,
    status: 200,
  },
  {
    name: "reference entity records",
    path: `${API}/reference-entities/brand/records`,
    status: 200,
  },
  { name: "assets", path: `${API}/asset-families/packshots/assets`, status: 200 },
];
