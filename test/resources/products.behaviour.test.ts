import { InvalidArgumentError, NotFoundError } from "../../src/core/errors/index.js";
import { createSearch } from "../../src/resources/search/index.js";
import { type EmulatorSetup, startEmulatorClient } from "./emulator-client.js";

const LIST = { method: "GET", path: "/api/rest/v1/products" };

function seedProducts(setup: EmulatorSetup, count: number, family = "shoes"): void {
  setup.pim.seed.products(
    Array.from({ length: count }, (_, index) => ({
      identifier: `p-${String(index).padStart(4, "0")}`,
      family,
    })),
  );
}

describe("products facade against the emulator", () => {
  let setup: EmulatorSetup;
  beforeEach(async () => {
    setup = await startEmulatorClient();
  });
  afterEach(async () => {
    await setup.pim.close();
  });

  it("gets a product whose identifier contains a slash", async () => {
    setup.pim.seed.products([{ identifier: "shoe/42", family: "shoes" }]);
    const product = await setup.client.products.get("shoe/42");
    expect(product.identifier).toBe("shoe/42");
  });

  it("refuses an empty identifier and a bad limit before any request", async () => {
    await expect(setup.client.products.get("")).rejects.toBeInstanceOf(InvalidArgumentError);
    expect(() => setup.client.products.all({ limit: 0 })).toThrow(InvalidArgumentError);
    expect(() => setup.client.products.all({ limit: 101 })).toThrow(InvalidArgumentError);
    await expect(setup.client.products.listPerPage({ limit: 500 })).rejects.toBeInstanceOf(
      InvalidArgumentError,
    );
    expect(setup.pim.requestLog.count()).toBe(0);
  });

  it("fetches nothing before iteration and stops fetching on break", async () => {
    seedProducts(setup, 250);
    const products = setup.client.products.all();
    expect(setup.pim.requestLog.count(LIST)).toBe(0);
    let seen = 0;
    for await (const _product of products) {
      seen += 1;
      if (seen === 5) break;
    }
    // The first page, and the second asked for while the first was parsed; never the third.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(setup.pim.requestLog.count(LIST)).toBe(2);
  });

  it("has the next page asked for before the first item of a page is handed out", async () => {
    seedProducts(setup, 250);
    const listedAtPageStart: number[] = [];
    let seen = 0;
    for await (const _product of setup.client.products.all()) {
      if (seen % 100 === 0) listedAtPageStart.push(setup.pim.requestLog.count(LIST));
      seen += 1;
    }
    // Each page's successor reached the server while that page was parsed; the last has none.
    expect(listedAtPageStart).toEqual([2, 3, 3]);
  });

  it("passes the value filters through: all() answers only the values asked for", async () => {
    setup.pim.seed.products([
      {
        identifier: "shoe",
        values: {
          name: [
            { locale: "en_US", scope: null, data: "Shoe" },
            { locale: "fr_FR", scope: null, data: "Chaussure" },
          ],
          weight: [{ locale: null, scope: null, data: 3 }],
        },
      },
    ]);
    const products = [];
    for await (const product of setup.client.products.all({ attributes: "name", locales: "fr_FR" }))
      products.push(product);
    expect(products.map((product) => product.values)).toEqual([
      { name: [{ locale: "fr_FR", scope: null, data: "Chaussure" }] },
    ]);
  });

  it("iterates every product with search_after, 100 per page", async () => {
    seedProducts(setup, 250);
    const identifiers: string[] = [];
    for await (const product of setup.client.products.all()) identifiers.push(product.identifier);
    expect(identifiers).toHaveLength(250);
    expect(new Set(identifiers).size).toBe(250);
    const requests = setup.pim.requestLog.entries(LIST);
    expect(requests).toHaveLength(3);
    for (const request of requests) {
      expect(request.query.pagination_type).toBe("search_after");
      expect(request.query.limit).toBe("100");
    }
    expect(requests[1]?.query.search_after).toBeDefined();
  });

  it("lists one page with a count and moves to the next one", async () => {
    seedProducts(setup, 25);
    const page = await setup.client.products.listPerPage({ limit: 10, withCount: true });
    expect(page.items).toHaveLength(10);
    expect(page.count).toBe(25);
    expect(page.hasNextPage()).toBe(true);
    const next = await page.getNextPage();
    expect(next?.items[0]?.identifier).toBe("p-0010");
  });

  it("passes a search builder to all(), serialized exactly once", async () => {
    seedProducts(setup, 3, "shoes");
    setup.pim.seed.products([{ identifier: "hat-1", family: "hats" }]);
    const search = createSearch().where("family", "IN", ["hats"]);
    const found: string[] = [];
    for await (const product of setup.client.products.all({ search })) {
      found.push(product.identifier);
    }
    expect(found).toEqual(["hat-1"]);
    const sent = setup.pim.requestLog.entries(LIST)[0]?.query.search;
    expect(JSON.parse(sent ?? "null")).toEqual({ family: [{ operator: "IN", value: ["hats"] }] });
  });

  it("creates, upserts and deletes, telling what happened", async () => {
    const created = await setup.client.products.create({ identifier: "new/1" });
    expect(created.code).toBe("new/1");
    expect(created.location).toMatch(/\/api\/rest\/v1\/products\/new\/1$/);
    await expect(setup.client.products.upsert("new/1", { identifier: "new/1" })).resolves.toBe(
      "updated",
    );
    await expect(setup.client.products.upsert("new-2", { identifier: "new-2" })).resolves.toBe(
      "created",
    );
    await setup.client.products.delete("new/1");
    await expect(setup.client.products.get("new/1")).rejects.toBeInstanceOf(NotFoundError);
  });

  it("upserts 250 products in 3 requests of at most 100", async () => {
    const items = Array.from({ length: 250 }, (_, index) => ({ identifier: `u-${index}` }));
    const run = setup.client.products.upsertList(items);
    expect(setup.pim.requestLog.count({ method: "PATCH" })).toBe(0);
    const { results, summary } = await run.collect();
    expect(results.map((result) => result.index)).toEqual(items.map((_, index) => index));
    expect(summary).toEqual({ total: 250, created: 250, updated: 0, failed: 0 });
    expect(setup.pim.requestLog.count({ method: "PATCH", path: "/api/rest/v1/products" })).toBe(3);
    expect(setup.pim.data.productCount()).toBe(250);
  });

  it("gives 1,000 results with the right indices when lines fail here and there", async () => {
    const failing = new Set([3, 99, 100, 517, 998]);
    async function* generate() {
      for (let index = 0; index < 1000; index += 1) {
        // An identifier that is not a string is refused by the server, line by line.
        yield failing.has(index)
          ? { identifier: 42 as unknown as string }
          : { identifier: `g-${index}` };
      }
    }
    const results = [];
    for await (const result of setup.client.products.upsertList(generate())) results.push(result);
    expect(results).toHaveLength(1000);
    expect(results.map((result) => result.index)).toEqual([...Array(1000).keys()]);
    const failed = results.filter((result) => result.status === "failed").map((r) => r.index);
    expect(failed).toEqual([...failing]);
    expect(setup.pim.data.productCount()).toBe(995);
  });
});
