import { type FakePim, startFakePim } from "../../src/testing/index.js";
import type { JsonObject } from "../../src/testing/json-types.js";
import { call } from "./support/pim-calls.js";

type Values = Record<string, Array<{ locale: string | null; scope: string | null; data: unknown }>>;

const VALUES: Values = {
  name: [
    { locale: "en_US", scope: null, data: "Shoe" },
    { locale: "fr_FR", scope: null, data: "Chaussure" },
  ],
  description: [
    { locale: "en_US", scope: "ecommerce", data: "Web text" },
    { locale: "en_US", scope: "mobile", data: "App text" },
  ],
  weight: [{ locale: null, scope: null, data: 3 }],
};

async function listValues(pim: FakePim, path: string): Promise<Values[]> {
  const { status, json } = await call(pim, path);
  expect(status).toBe(200);
  const page = json as { _embedded: { items: Array<{ values: Values }> } };
  return page._embedded.items.map((item) => item.values);
}

describe("emulator lists: attributes, scope and locales filter the values", () => {
  let pim: FakePim;
  beforeAll(async () => {
    pim = await startFakePim();
    const values = VALUES as unknown as JsonObject;
    pim.seed.products([{ identifier: "shoe", values }]);
    pim.seed.records("product-models", [{ code: "model", family_variant: "fv", values }]);
  });
  afterAll(() => pim.close());

  it("answers every value when no filter is asked for", async () => {
    expect(await listValues(pim, "/api/rest/v1/products")).toEqual([VALUES]);
  });

  it("keeps only the listed attributes", async () => {
    const [values] = await listValues(pim, "/api/rest/v1/products?attributes=name,weight");
    expect(values).toEqual({ name: VALUES.name, weight: VALUES.weight });
  });

  it("keeps the values of the channel asked for and those of no channel", async () => {
    const [values] = await listValues(pim, "/api/rest/v1/products?scope=mobile");
    expect(values?.description).toEqual([VALUES.description?.[1]]);
    expect(values?.name).toEqual(VALUES.name);
    expect(values?.weight).toEqual(VALUES.weight);
  });

  it("keeps the values of the locales asked for and those of no locale", async () => {
    const [values] = await listValues(pim, "/api/rest/v1/products?locales=fr_FR");
    expect(values).toEqual({ name: [VALUES.name?.[1]], weight: VALUES.weight });
  });

  it("combines the three filters, on product models too", async () => {
    const query = "attributes=description,name&scope=ecommerce&locales=en_US";
    const [product] = await listValues(pim, `/api/rest/v1/products?${query}`);
    const [model] = await listValues(pim, `/api/rest/v1/product-models?${query}`);
    const expected = { name: [VALUES.name?.[0]], description: [VALUES.description?.[0]] };
    expect(product).toEqual(expected);
    expect(model).toEqual(expected);
  });

  it("filters the uuid view's identifier value like any other value", async () => {
    const [values] = await listValues(pim, "/api/rest/v1/products-uuid?attributes=weight");
    expect(values).toEqual({ weight: VALUES.weight });
  });
});
