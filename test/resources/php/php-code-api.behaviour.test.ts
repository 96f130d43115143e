import { InvalidArgumentError, NotFoundError } from "../../../src/core/errors/index.js";
import { type EmulatorSetup, startEmulatorClient } from "../emulator-client.js";

const PRODUCTS = "/api/rest/v1/products";

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
}

describe("PHP-shaped code APIs against the emulator", () => {
  let setup: EmulatorSetup;
  beforeEach(async () => {
    setup = await startEmulatorClient({ sampleCatalog: true });
  });
  afterEach(async () => {
    await setup.pim.close();
  });

  it("creates a product from (code, data), the code put under identifier, and answers 201", async () => {
    const status = await setup.client.getProductApi().create("top", { family: "tshirts" });
    expect(status).toBe(201);
    expect(setup.pim.data.product("top")).toMatchObject({ identifier: "top", family: "tshirts" });
  });

  it("refuses a create whose data already holds the key, before any request", async () => {
    setup.pim.requestLog.clear();
    await expect(
      setup.client.getProductApi().create("top", { identifier: "top" } as never),
    ).rejects.toThrow(InvalidArgumentError);
    expect(setup.pim.requestLog.count()).toBe(0);
  });

  it("answers 201 for an upsert that creates, 204 for one that updates, 204 for a delete", async () => {
    const api = setup.client.getProductApi();
    await expect(api.upsert("fresh", { family: "shoes" })).resolves.toBe(201);
    await expect(api.upsertAsync("fresh", { enabled: false })).resolves.toBe(204);
    expect(setup.pim.data.product("fresh")).toMatchObject({ enabled: false });
    await expect(api.delete("fresh")).resolves.toBe(204);
    await expect(api.get("fresh")).rejects.toBeInstanceOf(NotFoundError);
  });

  it("drops _links from the data of an upsert, as the PHP client does", async () => {
    const read = await setup.client.getProductApi().get("shoe-rain-boot");
    await expect(
      setup.client.getProductApi().upsert("shoe-rain-boot", { ...read, enabled: false }),
    ).resolves.toBe(204);
    expect(setup.pim.data.product("shoe-rain-boot")).not.toHaveProperty("_links");
  });

  it("puts the code into a product model upsert and refuses code or family in the data", async () => {
    const api = setup.client.getProductModelApi();
    await expect(
      api.upsert("tshirt-new", { family_variant: "tshirts_by_size" } as never),
    ).resolves.toBe(201);
    expect(setup.pim.data.record("product-models", "tshirt-new")).toMatchObject({
      code: "tshirt-new",
    });
    await expect(api.upsert("tshirt-new", { code: "x" } as never)).rejects.toThrow(/code/);
    await expect(api.upsert("tshirt-new", { family: "tshirts" } as never)).rejects.toThrow(
      /family/,
    );
  });

  it("takes the parent code first in nested resources", async () => {
    const option = await setup.client.getAttributeOptionApi().get("color", "red");
    expect(option).toMatchObject({ code: "red", attribute: "color" });
    const status = await setup.client
      .getAttributeOptionApi()
      .create("color", "teal", { labels: { en_US: "Teal" } });
    expect(status).toBe(201);
    expect(setup.pim.data.record("attribute-options", "teal", "color")).toMatchObject({
      code: "teal",
    });
  });

  it("sends limit and with_count from listPerPage(limit, withCount, query)", async () => {
    setup.pim.requestLog.clear();
    const page = await setup.client
      .getProductApi()
      .listPerPage(2, true, { search: { family: [{ operator: "IN", value: ["shoes"] }] } });
    const [request] = setup.pim.requestLog.entries({ method: "GET", path: PRODUCTS });
    expect(request?.query).toMatchObject({ limit: "2", with_count: "true" });
    expect(JSON.parse(request?.query.search ?? "")).toEqual({
      family: [{ operator: "IN", value: ["shoes"] }],
    });
    expect(page.getItems()).toHaveLength(2);
    expect(page.getCount()).toBeGreaterThan(2);
  });

  it("lists 100 per page without a count by default", async () => {
    setup.pim.requestLog.clear();
    const page = await setup.client.getCategoryApi().listPerPage();
    const [request] = setup.pim.requestLog.entries({ method: "GET" });
    expect(request?.query).toMatchObject({ limit: "100", with_count: "false" });
    expect(page.getCount()).toBeNull();
  });

  it("accepts search as its JSON text as well as an object, with the same result", async () => {
    const filter = { family: [{ operator: "IN" as const, value: ["shoes"] }] };
    const asObject = await setup.client.getProductApi().listPerPage(100, false, { search: filter });
    const asText = await setup.client
      .getProductApi()
      .listPerPage(100, false, { search: JSON.stringify(filter) });
    expect(asText.getItems()).toEqual(asObject.getItems());
    expect(asObject.getItems().every((item) => item.family === "shoes")).toBe(true);
  });

  it("refuses limit and with_count in the query parameters", async () => {
    const api = setup.client.getProductApi();
    await expect(api.listPerPage(10, false, { limit: 5 } as never)).rejects.toThrow(/limit/);
    expect(() => api.all(10, { with_count: true } as never)).toThrow(InvalidArgumentError);
  });

  it("pages all() with search_after and 100 per page for products", async () => {
    setup.pim.requestLog.clear();
    const products = await collect(setup.client.getProductApi().all());
    expect(products.length).toBe(setup.pim.data.productCount());
    const [first] = setup.pim.requestLog.entries({ method: "GET", path: PRODUCTS });
    expect(first?.query).toMatchObject({ limit: "100", pagination_type: "search_after" });
  });

  it("pages all() of attribute options and family variants 10 at a time by default", async () => {
    setup.pim.requestLog.clear();
    const colors = await collect(setup.client.getAttributeOptionApi().all("color"));
    expect(colors.map((option) => option.code)).toContain("red");
    await collect(setup.client.getFamilyVariantApi().all("tshirts"));
    const limits = setup.pim.requestLog
      .entries({ method: "GET" })
      .map((request) => request.query.limit);
    expect(new Set(limits)).toEqual(new Set(["10"]));
  });

  it("sends no limit from all() of records and assets, whose page size the server chooses", async () => {
    setup.pim.requestLog.clear();
    const records = await collect(setup.client.getReferenceEntityRecordApi().all("brand"));
    expect(records.map((record) => record.code)).toEqual(["acme", "globex", "initech"]);
    const assets = await collect(setup.client.getAssetManagerApi().all("packshots"));
    expect(assets).toHaveLength(2);
    for (const request of setup.pim.requestLog.entries({ method: "GET" })) {
      expect(request.query).not.toHaveProperty("limit");
    }
  });

  it("yields PHP-shaped lines from upsertList, lazily and in input order", async () => {
    setup.pim.requestLog.clear();
    const lines = setup.client.getProductApi().upsertList([
      { identifier: "shoe-rain-boot", enabled: false },
      { identifier: "new-one", family: "unknown_family" },
      { identifier: "new-two", family: "shoes", _links: { self: { href: "x" } } },
    ] as never);
    expect(setup.pim.requestLog.count()).toBe(0);
    const results = await collect(lines);
    expect(
      results.map(({ line, identifier, status_code }) => ({ line, identifier, status_code })),
    ).toEqual([
      { line: 1, identifier: "shoe-rain-boot", status_code: 204 },
      { line: 2, identifier: "new-one", status_code: 422 },
      { line: 3, identifier: "new-two", status_code: 201 },
    ]);
    expect(results[1]?.message).toEqual(expect.any(String));
    expect(setup.pim.data.product("new-two")).not.toHaveProperty("_links");
  });

  it("answers the JSON-array list upsert of records as one array of entries", async () => {
    const entries = await setup.client.getReferenceEntityRecordApi().upsertList("brand", [
      { code: "acme", values: {} },
      { code: "hooli", values: {} },
    ]);
    expect(entries).toEqual([
      expect.objectContaining({ code: "acme", status_code: 204 }),
      expect.objectContaining({ code: "hooli", status_code: 201 }),
    ]);
  });

  it("answers the whole list from all() of reference entity attributes, as an array", async () => {
    const attributes = await setup.client.getReferenceEntityAttributeApi().all("brand");
    expect(attributes.map((attribute) => attribute.code).sort()).toEqual(["country", "label"]);
  });

  it("answers the measurement families as an array and their list upsert as entries", async () => {
    const families = await setup.client.getMeasurementFamilyApi().all();
    expect(families.map((family) => family.code)).toContain("Weight");
    const entries = await setup.client
      .getMeasurementFamilyApi()
      .upsertList([{ ...families[0]!, labels: { en_US: "Mass" } }]);
    expect(entries).toEqual([expect.objectContaining({ code: "Weight", status_code: 204 })]);
  });

  it("deletes an asset of an asset family, the family first, and answers 204", async () => {
    await expect(setup.client.getAssetManagerApi().delete("packshots", "cap_front")).resolves.toBe(
      204,
    );
    expect(setup.pim.data.record("assets", "cap_front", "packshots")).toBeUndefined();
  });
});
