import { type FakePim, startFakePim } from "../../src/testing/index.js";
import { call } from "./support/pim-calls.js";

const DAY_MS = 86_400_000;

describe("emulator search filter", () => {
  let pim: FakePim;
  beforeAll(async () => {
    pim = await startFakePim({
      sampleCatalog: true,
      now: () => Date.parse("2024-06-15T12:00:00Z"),
    });
    pim.seed.products([
      { identifier: "old-1", family: null, updated: "2020-01-10T08:00:00+00:00", enabled: false },
      {
        identifier: "old-2",
        family: "shoes",
        updated: "2021-03-05T10:30:00+00:00",
        categories: ["sale"],
      },
      {
        identifier: "recent",
        family: "shoes",
        updated: "2024-06-13T09:00:00+00:00",
        categories: ["shoes"],
      },
    ]);
  });
  afterAll(() => pim.close());

  async function identifiers(search: unknown, path = "/api/rest/v1/products"): Promise<string[]> {
    const query = `search=${encodeURIComponent(JSON.stringify(search))}&limit=100`;
    const answer = await call(pim, `${path}?${query}`);
    expect(answer.status).toBe(200);
    const items = (
      answer.json as { _embedded: { items: Array<{ identifier?: string; code?: string }> } }
    )._embedded.items;
    return items.map((item) => item.identifier ?? item.code ?? "");
  }

  it("filters on family with IN, NOT IN, EMPTY and NOT EMPTY", async () => {
    expect(await identifiers({ family: [{ operator: "IN", value: ["shoes"] }] })).toEqual([
      "shoe-trail-runner",
      "shoe-city-sneaker",
      "shoe-rain-boot",
      "shoe-sandal",
      "old-2",
      "recent",
    ]);
    expect(await identifiers({ family: [{ operator: "EMPTY" }] })).toEqual(["old-1"]);
    const notEmpty = await identifiers({ family: [{ operator: "NOT EMPTY" }] });
    expect(notEmpty).toHaveLength(22);
    const notIn = await identifiers({
      family: [{ operator: "NOT IN", value: ["shoes", "tshirts"] }],
    });
    expect(notIn).toContain("acc-cap");
    expect(notIn).toContain("old-1");
    expect(notIn).not.toContain("recent");
  });

  it("filters on enabled with = and !=", async () => {
    expect(await identifiers({ enabled: [{ operator: "=", value: false }] })).toEqual([
      "acc-wallet",
      "old-1",
    ]);
    expect(await identifiers({ enabled: [{ operator: "!=", value: true }] })).toEqual([
      "acc-wallet",
      "old-1",
    ]);
  });

  it("filters on categories with IN and IN CHILDREN", async () => {
    expect(await identifiers({ categories: [{ operator: "IN", value: ["sale"] }] })).toEqual([
      "shoe-sandal",
      "acc-cap",
      "acc-backpack",
      "acc-wallet",
      "old-2",
    ]);
    const clothing = await identifiers({
      categories: [{ operator: "IN CHILDREN", value: ["clothing"] }],
    });
    expect(clothing).toHaveLength(8);
    expect(await identifiers({ categories: [{ operator: "UNCLASSIFIED" }] })).toEqual(["old-1"]);
  });

  it("filters on updated with <, >, BETWEEN and SINCE LAST N DAYS", async () => {
    expect(
      await identifiers({ updated: [{ operator: "<", value: "2021-01-01 00:00:00" }] }),
    ).toEqual(["old-1"]);
    expect(
      await identifiers({
        updated: [{ operator: "BETWEEN", value: ["2021-03-01 00:00:00", "2024-06-14 00:00:00"] }],
      }),
    ).toEqual(["old-2", "recent"]);
    const recent = await identifiers({ updated: [{ operator: "SINCE LAST N DAYS", value: 5 }] });
    expect(recent).toContain("recent");
    expect(recent).not.toContain("old-2");
    expect(recent).toHaveLength(21);
    const after = await identifiers({ updated: [{ operator: ">", value: "2024-06-14 00:00:00" }] });
    expect(after).not.toContain("recent");
    expect(after).toHaveLength(20);
  });

  it("combines several filters with AND", async () => {
    const search = {
      family: [{ operator: "IN", value: ["shoes"] }],
      updated: [{ operator: "<", value: "2024-01-01 00:00:00" }],
    };
    expect(await identifiers(search)).toEqual(["old-2"]);
  });

  it("filters on attribute values with locale", async () => {
    expect(
      await identifiers({ name: [{ operator: "=", value: "scarf", locale: "en_US" }] }),
    ).toEqual(["acc-scarf"]);
    expect(await identifiers({ stock: [{ operator: ">", value: 40 }] })).toEqual([
      "acc-wallet",
      "acc-umbrella",
    ]);
    expect(await identifiers({ color: [{ operator: "IN", value: ["red"] }] })).toEqual([
      "shoe-rain-boot",
      "acc-belt",
      "acc-umbrella",
    ]);
  });

  it("filters product models and categories on their own properties", async () => {
    const models = await identifiers(
      { identifier: [{ operator: "IN", value: ["tshirt-vintage"] }] },
      "/api/rest/v1/product-models",
    );
    expect(models).toEqual(["tshirt-vintage"]);
    const roots = await identifiers(
      { is_root: [{ operator: "=", value: true }] },
      "/api/rest/v1/categories",
    );
    expect(roots).toEqual(["master"]);
    const children = await identifiers(
      { parent: [{ operator: "=", value: "master" }] },
      "/api/rest/v1/categories",
    );
    expect(children).toEqual(["clothing", "shoes", "accessories", "sale"]);
  });

  it("answers 400 for a search that is not JSON", async () => {
    const answer = await call(pim, "/api/rest/v1/products?search=%7Bnope");
    expect(answer.status).toBe(400);
    expect(answer.json).toEqual({
      code: 400,
      message: "Search query parameter should be valid JSON.",
    });
  });

  it("answers 422 for a malformed structure, an unknown operator, a bad date and an unknown property", async () => {
    const cases: unknown[] = [
      { family: { operator: "IN", value: ["shoes"] } },
      { family: [{ value: ["shoes"] }] },
      { family: [{ operator: "LIKE", value: "s%" }] },
      { family: [{ operator: "IN", value: "shoes" }] },
      { updated: [{ operator: ">", value: "yesterday" }] },
      { updated: [{ operator: "SINCE LAST N DAYS", value: "3" }] },
      { not_an_attribute: [{ operator: "=", value: 1 }] },
      ["family"],
    ];
    for (const search of cases) {
      const answer = await call(
        pim,
        `/api/rest/v1/products?search=${encodeURIComponent(JSON.stringify(search))}`,
      );
      expect([search, answer.status]).toEqual([search, 422]);
      expect((answer.json as { code: number }).code).toBe(422);
    }
  });

  it("moves SINCE LAST N DAYS with the emulated clock", async () => {
    const own = await startFakePim();
    try {
      own.seed.products([{ identifier: "today" }]);
      const search = encodeURIComponent(
        JSON.stringify({ updated: [{ operator: "SINCE LAST N DAYS", value: 2 }] }),
      );
      const count = async (): Promise<number> =>
        (
          (await call(own, `/api/rest/v1/products?search=${search}`)).json as {
            _embedded: { items: unknown[] };
          }
        )._embedded.items.length;
      expect(await count()).toBe(1);
      own.advanceTime(3 * DAY_MS);
      expect(await count()).toBe(0);
    } finally {
      await own.close();
    }
  });
});
