import { type FakePim, startFakePim } from "../../src/testing/index.js";
import { call } from "./support/pim-calls.js";

interface Page {
  _links: Record<string, { href: string } | undefined>;
  current_page?: number;
  items_count?: number;
  _embedded: { items: Array<Record<string, unknown> & { _links: { self: { href: string } } }> };
}

const asPage = (json: unknown): Page => json as Page;

describe("emulator lists", () => {
  let pim: FakePim;
  beforeAll(async () => {
    pim = await startFakePim();
    pim.seed.products(
      Array.from({ length: 25 }, (_, i) => ({ identifier: `p-${String(i).padStart(2, "0")}` })),
    );
    pim.seed.records("reference-entities", [{ code: "brand", labels: {} }]);
    pim.seed.records(
      "reference-entity-records",
      Array.from({ length: 130 }, (_, i) => ({ code: `r${i}`, values: {} })),
      "brand",
    );
  });
  afterAll(() => pim.close());

  it("walks offset pages with self/first/previous/next links and the default limit of 10", async () => {
    const first = asPage((await call(pim, "/api/rest/v1/products")).json);
    expect(first.current_page).toBe(1);
    expect(first._embedded.items).toHaveLength(10);
    expect(first._links.previous).toBeUndefined();
    expect(first._links.next?.href).toBe(`${pim.url}/api/rest/v1/products?limit=10&page=2`);
    const third = asPage((await call(pim, "/api/rest/v1/products?page=3&limit=10")).json);
    expect(third._embedded.items.map((p) => p.identifier)).toEqual([
      "p-20",
      "p-21",
      "p-22",
      "p-23",
      "p-24",
    ]);
    expect(third._links.previous?.href).toContain("page=2");
    expect(third._links.next).toBeUndefined();
    expect(third._links.first?.href).toContain("page=1");
  });

  it("gives each item an absolute self link and counts only with with_count=true", async () => {
    const page = asPage((await call(pim, "/api/rest/v1/products?limit=2&with_count=true")).json);
    expect(page.items_count).toBe(25);
    expect(page._embedded.items[0]?._links.self.href).toBe(`${pim.url}/api/rest/v1/products/p-00`);
    const uncounted = asPage((await call(pim, "/api/rest/v1/products?limit=2")).json);
    expect(uncounted.items_count).toBeUndefined();
  });

  it("walks search_after pages by following next until the end", async () => {
    const seen: unknown[] = [];
    let url: string | undefined = "/api/rest/v1/products?pagination_type=search_after&limit=7";
    let requests = 0;
    while (url !== undefined && requests < 10) {
      const page = asPage((await call(pim, url)).json);
      requests += 1;
      expect(page.current_page).toBeUndefined();
      expect(page._links.previous).toBeUndefined();
      seen.push(...page._embedded.items.map((p) => p.identifier));
      url = page._links.next?.href.slice(pim.url.length);
    }
    expect(requests).toBe(4);
    expect(seen).toHaveLength(25);
    expect(new Set(seen).size).toBe(25);
  });

  it("keeps the search and pagination parameters in search_after links", async () => {
    const search = encodeURIComponent(
      JSON.stringify({ enabled: [{ operator: "=", value: true }] }),
    );
    const page = asPage(
      (
        await call(
          pim,
          `/api/rest/v1/products-uuid?pagination_type=search_after&limit=5&search=${search}`,
        )
      ).json,
    );
    const next = new URL(page._links.next?.href ?? "");
    expect(next.searchParams.get("pagination_type")).toBe("search_after");
    expect(next.searchParams.get("limit")).toBe("5");
    expect(next.searchParams.get("search")).toBe(decodeURIComponent(search));
    expect(next.searchParams.get("search_after")).toBe(page._embedded.items[4]?.uuid);
  });

  it("refuses a limit outside 1..100 and an unknown pagination type with 422", async () => {
    for (const query of [
      "limit=0",
      "limit=101",
      "limit=abc",
      "page=0",
      "pagination_type=cursor",
      "with_count=yes",
    ]) {
      const answer = await call(pim, `/api/rest/v1/products?${query}`);
      expect([query, answer.status]).toEqual([query, 422]);
    }
    expect((await call(pim, "/api/rest/v1/products?limit=100")).status).toBe(200);
    expect((await call(pim, "/api/rest/v1/families?pagination_type=search_after")).status).toBe(
      422,
    );
  });

  it("refuses offset pages beyond the deep-page cap", async () => {
    const capped = await startFakePim({ maxPageOffsetItems: 20 });
    try {
      expect((await call(capped, "/api/rest/v1/products?page=2&limit=10")).status).toBe(200);
      const deep = await call(capped, "/api/rest/v1/products?page=3&limit=10");
      expect(deep.status).toBe(422);
      expect((deep.json as { message: string }).message).toContain("search after");
    } finally {
      await capped.close();
    }
  });

  it("builds every link from publicUrl when the PIM sits behind a proxy", async () => {
    const proxied = await startFakePim({ publicUrl: "https://pim.example.com/akeneo/" });
    try {
      proxied.seed.products([{ identifier: "a" }, { identifier: "b" }]);
      const page = asPage((await call(proxied, "/api/rest/v1/products?limit=1")).json);
      expect(page._links.self?.href).toBe(
        "https://pim.example.com/akeneo/api/rest/v1/products?limit=1&page=1",
      );
      expect(page._links.next?.href).toBe(
        "https://pim.example.com/akeneo/api/rest/v1/products?limit=1&page=2",
      );
      expect(page._embedded.items[0]?._links.self.href).toBe(
        "https://pim.example.com/akeneo/api/rest/v1/products/a",
      );
      const created = await call(proxied, "/api/rest/v1/families", {
        method: "POST",
        body: JSON.stringify({ code: "f1" }),
        headers: { "content-type": "application/json" },
      });
      expect(created.headers.get("location")).toBe(
        "https://pim.example.com/akeneo/api/rest/v1/families/f1",
      );
    } finally {
      await proxied.close();
    }
  });

  it("pages reference entity records by search_after only, 100 at a time, without limit", async () => {
    const first = asPage((await call(pim, "/api/rest/v1/reference-entities/brand/records")).json);
    expect(first._embedded.items).toHaveLength(100);
    expect(first._links.next?.href).toBe(
      `${pim.url}/api/rest/v1/reference-entities/brand/records?search_after=r99`,
    );
    const second = asPage(
      (await call(pim, "/api/rest/v1/reference-entities/brand/records?search_after=r99")).json,
    );
    expect(second._embedded.items).toHaveLength(30);
    expect(second._links.next).toBeUndefined();
  });

  it("answers plain arrays for measurement families and entity attributes", async () => {
    const sample = await startFakePim({ sampleCatalog: true });
    try {
      const families = await call(sample, "/api/rest/v1/measurement-families");
      expect(Array.isArray(families.json)).toBe(true);
      expect((families.json as Array<{ code: string }>)[0]?.code).toBe("Weight");
      const attributes = await call(sample, "/api/rest/v1/reference-entities/brand/attributes");
      expect((attributes.json as Array<{ code: string }>).map((a) => a.code)).toEqual([
        "label",
        "country",
      ]);
    } finally {
      await sample.close();
    }
  });

  it("seeks a search_after cursor deep inside 100,000 seeded products", async () => {
    const big = await startFakePim();
    try {
      big.seed.products(Array.from({ length: 100_000 }, (_, i) => ({ identifier: `sku-${i}` })));
      const cursor = String(big.data.product("sku-99899")?.uuid);
      const page = asPage(
        (
          await call(
            big,
            `/api/rest/v1/products?pagination_type=search_after&limit=100&search_after=${cursor}`,
          )
        ).json,
      );
      expect(page._embedded.items.map((p) => p.identifier)).toEqual(
        Array.from({ length: 100 }, (_, i) => `sku-${99_900 + i}`),
      );
      expect(page._links.next).toBeUndefined();
    } finally {
      await big.close();
    }
  });
});
