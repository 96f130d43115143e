import { type FakePim, startFakePim } from "../../src/testing/index.js";
import { call, callJson } from "./support/pim-calls.js";

describe("emulator single writes", () => {
  let pim: FakePim;
  beforeEach(async () => {
    pim = await startFakePim({ sampleCatalog: true });
  });
  afterEach(() => pim.close());

  it("creates a product with 201 and an absolute Location, then serves it in both views", async () => {
    const created = await callJson(pim, "POST", "/api/rest/v1/products", {
      identifier: "new/shoe #1",
      family: "shoes",
      values: { name: [{ locale: "en_US", scope: null, data: "New shoe" }] },
    });
    expect(created.status).toBe(201);
    expect(created.text).toBe("");
    expect(created.headers.get("location")).toBe(`${pim.url}/api/rest/v1/products/new/shoe%20%231`);
    const byIdentifier = await call(pim, "/api/rest/v1/products/new%2Fshoe%20%231");
    expect(byIdentifier.status).toBe(200);
    const product = byIdentifier.json as {
      uuid: string;
      identifier: string;
      created: string;
      updated: string;
    };
    expect(product.identifier).toBe("new/shoe #1");
    expect(product.created).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+00:00$/);
    const literalSlash = await call(pim, "/api/rest/v1/products/new/shoe%20%231");
    expect(literalSlash.status).toBe(200);
    const byUuid = await call(pim, `/api/rest/v1/products-uuid/${product.uuid}`);
    const uuidView = byUuid.json as { identifier?: string; values: Record<string, unknown> };
    expect(uuidView.identifier).toBeUndefined();
    expect(uuidView.values.sku).toEqual([{ locale: null, scope: null, data: "new/shoe #1" }]);
  });

  it("refuses to create a product whose identifier exists", async () => {
    const answer = await callJson(pim, "POST", "/api/rest/v1/products", { identifier: "acc-cap" });
    expect(answer.status).toBe(422);
    expect(answer.json).toEqual({
      code: 422,
      message: "Validation failed.",
      errors: [
        {
          property: "identifier",
          message: "The same identifier is already set on another product",
        },
      ],
    });
  });

  it("upserts: 201 when created, 204 when updated, merging values per locale", async () => {
    const first = await callJson(pim, "PATCH", "/api/rest/v1/products/bag", {
      values: { name: [{ locale: "en_US", scope: null, data: "Bag" }] },
    });
    expect(first.status).toBe(201);
    expect(first.headers.get("location")).toBe(`${pim.url}/api/rest/v1/products/bag`);
    const second = await callJson(pim, "PATCH", "/api/rest/v1/products/bag", {
      family: "accessories",
      values: { name: [{ locale: "fr_FR", scope: null, data: "Sac" }] },
    });
    expect(second.status).toBe(204);
    expect(second.headers.get("location")).toBe(`${pim.url}/api/rest/v1/products/bag`);
    const stored = pim.data.product("bag");
    expect(stored?.family).toBe("accessories");
    expect(stored?.values).toEqual({
      name: [
        { locale: "en_US", scope: null, data: "Bag" },
        { locale: "fr_FR", scope: null, data: "Sac" },
      ],
    });
  });

  it("writes through the uuid view and reads through the identifier view", async () => {
    const uuid = "0b9f5a5e-3c1e-4b4e-9a43-1f6a2b3c4d5e";
    const answer = await callJson(pim, "PATCH", `/api/rest/v1/products-uuid/${uuid}`, {
      values: { sku: [{ locale: null, scope: null, data: "via-uuid" }] },
    });
    expect(answer.status).toBe(201);
    expect(answer.headers.get("location")).toBe(`${pim.url}/api/rest/v1/products-uuid/${uuid}`);
    const viaIdentifier = await call(pim, "/api/rest/v1/products/via-uuid");
    expect((viaIdentifier.json as { uuid: string }).uuid).toBe(uuid);
    const created = await callJson(pim, "POST", "/api/rest/v1/products-uuid", { family: "shoes" });
    expect(created.status).toBe(201);
    expect(created.headers.get("location")).toMatch(
      /\/api\/rest\/v1\/products-uuid\/[0-9a-f-]{36}$/,
    );
  });

  it("answers 422 for an unknown family, attribute, category, option and property", async () => {
    const cases: Array<[unknown, string]> = [
      [
        { family: "ghost" },
        'Property "family" expects a valid family code. The family does not exist, "ghost" given.',
      ],
      [
        { values: { ghost: [{ locale: null, scope: null, data: 1 }] } },
        'Attribute "ghost" does not exist.',
      ],
      [
        { categories: ["nowhere"] },
        'Property "categories" expects a valid category code. The category does not exist, "nowhere" given.',
      ],
      [
        { colour: "red" },
        'Property "colour" does not exist. Check the expected format on the API documentation.',
      ],
    ];
    for (const [body, message] of cases) {
      const answer = await callJson(pim, "PATCH", "/api/rest/v1/products/acc-cap", body);
      expect(answer.status).toBe(422);
      expect((answer.json as { message: string }).message).toBe(message);
    }
    const option = await callJson(pim, "PATCH", "/api/rest/v1/products/acc-cap", {
      values: { color: [{ locale: null, scope: null, data: "pink" }] },
    });
    expect(option.json).toEqual({
      code: 422,
      message: "Validation failed.",
      errors: [
        {
          property: "values",
          message: "The pink value is not in the color attribute option list.",
          attribute: "color",
          locale: null,
          scope: null,
        },
      ],
    });
    const missingLocale = await callJson(pim, "PATCH", "/api/rest/v1/products/acc-cap", {
      values: { name: [{ locale: null, scope: null, data: "Cap" }] },
    });
    expect(missingLocale.status).toBe(422);
    expect(pim.data.product("acc-cap")?.family).toBe("accessories");
  });

  it("answers 422 when the body key differs from the URL key, 400 for bad JSON, 415 for a wrong type", async () => {
    const mismatch = await callJson(pim, "PATCH", "/api/rest/v1/families/shoes", { code: "boots" });
    expect(mismatch.status).toBe(422);
    expect((mismatch.json as { message: string }).message).toContain('must match the code "shoes"');
    const badJson = await call(pim, "/api/rest/v1/families/shoes", {
      method: "PATCH",
      body: "{",
      headers: { "content-type": "application/json" },
    });
    expect(badJson.json).toEqual({ code: 400, message: "Invalid json message received" });
    const wrongType = await call(pim, "/api/rest/v1/families/shoes", {
      method: "PATCH",
      body: "{}",
      headers: { "content-type": "text/plain" },
    });
    expect(wrongType.status).toBe(415);
  });

  it("deletes with 204, then answers 404 with an Akeneo-like message", async () => {
    expect((await call(pim, "/api/rest/v1/products/acc-cap", { method: "DELETE" })).status).toBe(
      204,
    );
    const gone = await call(pim, "/api/rest/v1/products/acc-cap");
    expect(gone.json).toEqual({
      code: 404,
      message: 'Product "acc-cap" does not exist or you do not have permission to access it.',
    });
    expect((await call(pim, "/api/rest/v1/products/acc-cap", { method: "DELETE" })).status).toBe(
      404,
    );
    expect(pim.data.productCount()).toBe(19);
  });

  it("writes nested resources under an existing parent and 404s under a missing one", async () => {
    const option = await callJson(pim, "PATCH", "/api/rest/v1/attributes/color/options/pink", {
      labels: { en_US: "Pink" },
    });
    expect(option.status).toBe(201);
    expect(pim.data.record("attribute-options", "pink", "color")).toEqual({
      code: "pink",
      sort_order: 1,
      labels: { en_US: "Pink" },
      attribute: "color",
    });
    const orphan = await callJson(pim, "PATCH", "/api/rest/v1/attributes/ghost/options/pink", {});
    expect(orphan.json).toEqual({ code: 404, message: 'Attribute "ghost" does not exist.' });
    const variant = await callJson(pim, "POST", "/api/rest/v1/families/shoes/variants", {
      code: "shoes_by_size",
      variant_attribute_sets: [{ level: 1, axes: ["size"], attributes: ["size"] }],
    });
    expect(variant.headers.get("location")).toBe(
      `${pim.url}/api/rest/v1/families/shoes/variants/shoes_by_size`,
    );
  });

  it("validates product models, categories and channels against the catalog", async () => {
    const model = await callJson(pim, "POST", "/api/rest/v1/product-models", {
      code: "m1",
      family_variant: "nope",
    });
    expect(model.status).toBe(422);
    const goodModel = await callJson(pim, "POST", "/api/rest/v1/product-models", {
      code: "m1",
      family_variant: "tshirts_by_size",
    });
    expect(goodModel.status).toBe(201);
    expect(pim.data.record("product-models", "m1")?.family).toBe("tshirts");
    const category = await callJson(pim, "PATCH", "/api/rest/v1/categories/boots", {
      parent: "ghost",
    });
    expect(category.status).toBe(422);
    const channel = await callJson(pim, "PATCH", "/api/rest/v1/channels/print", {
      category_tree: "master",
      locales: ["xx_XX"],
    });
    expect(channel.status).toBe(422);
  });

  it("answers 405 for a wrong method, 404 for an unknown route and 406 for a wrong Accept", async () => {
    const wrongMethod = await call(pim, "/api/rest/v1/locales/en_US", { method: "DELETE" });
    expect(wrongMethod.status).toBe(405);
    const unknown = await call(pim, "/api/rest/v1/nowhere");
    expect(unknown.status).toBe(404);
    expect((unknown.json as { message: string }).message).toBe(
      'No route found for "GET /api/rest/v1/nowhere"',
    );
    const xml = await call(pim, "/api/rest/v1/locales", { headers: { accept: "application/xml" } });
    expect(xml.status).toBe(406);
  });
});
