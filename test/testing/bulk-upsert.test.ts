import { request } from "node:http";
import { type FakePim, startFakePim } from "../../src/testing/index.js";
import { call, callJson, callNdjson, parseNdjson } from "./support/pim-calls.js";

describe("emulator bulk upserts", () => {
  let pim: FakePim;
  beforeEach(async () => {
    pim = await startFakePim({ sampleCatalog: true });
  });
  afterEach(() => pim.close());

  it("answers 200 with one NDJSON result per line, failing lines included", async () => {
    const answer = await callNdjson(pim, "/api/rest/v1/products", [
      { identifier: "acc-cap", enabled: false },
      { identifier: "brand-new", family: "shoes" },
      { identifier: "broken", family: "ghost" },
      "{not json",
      { family: "shoes" },
    ]);
    expect(answer.status).toBe(200);
    expect(answer.headers.get("content-type")).toBe("application/vnd.akeneo.collection+json");
    expect(parseNdjson(answer.text)).toEqual([
      { line: 1, identifier: "acc-cap", status_code: 204 },
      { line: 2, identifier: "brand-new", status_code: 201 },
      {
        line: 3,
        identifier: "broken",
        status_code: 422,
        message:
          'Property "family" expects a valid family code. The family does not exist, "ghost" given.',
      },
      { line: 4, status_code: 400, message: "Invalid json message received" },
      {
        line: 5,
        status_code: 422,
        message: "Validation failed.",
        errors: [{ property: "identifier", message: "This value should not be blank." }],
      },
    ]);
    expect(pim.data.product("acc-cap")?.enabled).toBe(false);
    expect(pim.data.product("brand-new")?.family).toBe("shoes");
    expect(pim.data.product("broken")).toBeUndefined();
  });

  it("carries validation errors per line", async () => {
    const answer = await callNdjson(pim, "/api/rest/v1/products", [
      { identifier: "x", values: { stock: [{ locale: null, scope: null, data: "lots" }] } },
    ]);
    expect(parseNdjson(answer.text)[0]).toEqual({
      line: 1,
      identifier: "x",
      status_code: 422,
      message: "Validation failed.",
      errors: [
        {
          property: "values",
          message: "This value should be a valid number.",
          attribute: "stock",
          locale: null,
          scope: null,
        },
      ],
    });
  });

  it("names lines by uuid on products-uuid and by code elsewhere", async () => {
    const uuid = "6f1c3a52-9d0e-4c55-8f43-0a1b2c3d4e5f";
    const products = await callNdjson(pim, "/api/rest/v1/products-uuid", [{ uuid, values: {} }]);
    expect(parseNdjson(products.text)).toEqual([{ line: 1, uuid, status_code: 201 }]);
    const families = await callNdjson(pim, "/api/rest/v1/families", [
      { code: "shoes", labels: { en_US: "Footwear" } },
    ]);
    expect(parseNdjson(families.text)).toEqual([{ line: 1, code: "shoes", status_code: 204 }]);
    expect(pim.data.record("families", "shoes")?.labels).toEqual({
      en_US: "Footwear",
      fr_FR: "shoes",
    });
  });

  it("accepts 100 lines and refuses 101 with 413 before writing anything", async () => {
    const lines = (n: number) => Array.from({ length: n }, (_, i) => ({ identifier: `bulk-${i}` }));
    const accepted = await callNdjson(pim, "/api/rest/v1/products", lines(100));
    expect(parseNdjson(accepted.text)).toHaveLength(100);
    const before = pim.data.productCount();
    const refused = await callNdjson(
      pim,
      "/api/rest/v1/products",
      lines(101).map((l) => ({ identifier: `more-${l.identifier}` })),
    );
    expect(refused.status).toBe(413);
    expect(refused.json).toEqual({
      code: 413,
      message: "Too many resources to process, 100 is the maximum allowed.",
    });
    expect(pim.data.productCount()).toBe(before);
  });

  it("refuses a line over 1,000,000 characters with 413", async () => {
    const long = JSON.stringify({
      identifier: "long",
      values: { name: [{ locale: "en_US", scope: null, data: "x".repeat(1_000_000) }] },
    });
    const refused = await callNdjson(pim, "/api/rest/v1/products", [long]);
    expect(refused.status).toBe(413);
    expect(refused.json).toEqual({ code: 413, message: "Line is too long" });
    expect(pim.data.product("long")).toBeUndefined();
  });

  it("answers 415 for a bulk request sent as application/json", async () => {
    const answer = await callJson(pim, "PATCH", "/api/rest/v1/products", [{ identifier: "a" }]);
    expect(answer.status).toBe(415);
  });

  it("offers NDJSON bulk on the 13 collection endpoints", async () => {
    const endpoints: Array<[string, Record<string, unknown>]> = [
      ["/api/rest/v1/products", { identifier: "n1" }],
      ["/api/rest/v1/products-uuid", { uuid: "11111111-2222-4333-8444-555555555555" }],
      ["/api/rest/v1/product-models", { code: "pm1", family_variant: "tshirts_by_size" }],
      ["/api/rest/v1/categories", { code: "c1", parent: "master" }],
      ["/api/rest/v1/attributes", { code: "a1", type: "pim_catalog_text", group: "other" }],
      ["/api/rest/v1/attributes/color/options", { code: "o1" }],
      ["/api/rest/v1/attribute-groups", { code: "g1" }],
      ["/api/rest/v1/families", { code: "f1" }],
      ["/api/rest/v1/families/tshirts/variants", { code: "v1", variant_attribute_sets: [] }],
      ["/api/rest/v1/channels", { code: "ch1", category_tree: "master" }],
      ["/api/rest/v1/association-types", { code: "at1" }],
      ["/api/rest/v1/assets", { code: "pam1" }],
      ["/api/rest/v1/asset-categories", { code: "pamc1" }],
    ];
    for (const [path, line] of endpoints) {
      const answer = await callNdjson(pim, path, [line]);
      expect([path, parseNdjson(answer.text)[0]?.status_code]).toEqual([path, 201]);
    }
  });

  it("streams result lines as they are produced", async () => {
    const body = Array.from({ length: 3 }, (_, i) => JSON.stringify({ identifier: `s-${i}` })).join(
      "\n",
    );
    const chunked = await new Promise<string | undefined>((resolve, reject) => {
      const req = request(`${pim.url}/api/rest/v1/products`, {
        method: "PATCH",
        headers: {
          authorization: `Bearer ${pim.auth.issueTokens().accessToken}`,
          "content-type": "application/vnd.akeneo.collection+json",
        },
      });
      req.on("response", (res) => {
        resolve(res.headers["transfer-encoding"]);
        res.resume();
      });
      req.on("error", reject);
      req.end(body);
    });
    expect(chunked).toBe("chunked");
  });

  it("answers JSON-array batches with one {code, status_code} per item", async () => {
    const records = await callJson(pim, "PATCH", "/api/rest/v1/reference-entities/brand/records", [
      { code: "acme", values: { country: [{ locale: null, channel: null, data: "FR" }] } },
      { code: "umbrella-corp", values: {} },
      { values: {} },
    ]);
    expect(records.status).toBe(200);
    expect(records.json).toEqual([
      { code: "acme", status_code: 204 },
      { code: "umbrella-corp", status_code: 201 },
      {
        code: null,
        status_code: 422,
        message: "Validation failed.",
        errors: [{ property: "code", message: "This value should not be blank." }],
      },
    ]);
    const assets = await callJson(pim, "PATCH", "/api/rest/v1/asset-families/packshots/assets", [
      { code: "new_asset", values: {} },
    ]);
    expect(assets.json).toEqual([{ code: "new_asset", status_code: 201 }]);
    expect(pim.data.record("assets", "new_asset", "packshots")?.asset_family_code).toBe(
      "packshots",
    );
    const units = await callJson(pim, "PATCH", "/api/rest/v1/measurement-families", [
      { code: "Length", standard_unit_code: "METER", units: { METER: { code: "METER" } } },
      { code: "Broken", standard_unit_code: "X", units: {} },
    ]);
    expect((units.json as Array<{ status_code: number }>).map((r) => r.status_code)).toEqual([
      201, 422,
    ]);
  });

  it("echoes the blank code of a refused JSON-array item as a string", async () => {
    const assets = await callJson(pim, "PATCH", "/api/rest/v1/asset-families/packshots/assets", [
      { code: "", values: {} },
    ]);
    expect(assets.json).toEqual([
      {
        code: "",
        status_code: 422,
        message: "Validation failed.",
        errors: [{ property: "code", message: "This value should not be blank." }],
      },
    ]);
  });

  it("refuses JSON-array batches over 100 items (413) and with a wrong content type (415)", async () => {
    const items = Array.from({ length: 101 }, (_, i) => ({ code: `r${i}` }));
    expect(
      (await callJson(pim, "PATCH", "/api/rest/v1/reference-entities/brand/records", items)).status,
    ).toBe(413);
    const ndjson = await call(pim, "/api/rest/v1/reference-entities/brand/records", {
      method: "PATCH",
      body: "{}",
      headers: { "content-type": "application/vnd.akeneo.collection+json" },
    });
    expect(ndjson.status).toBe(415);
  });
});
