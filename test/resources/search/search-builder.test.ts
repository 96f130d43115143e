import { InvalidArgumentError } from "../../../src/core/errors/index.js";
import {
  createSearch,
  OPERATOR_VALUE_SHAPES,
  SearchBuilder,
  type SearchFilter,
  serializeSearch,
} from "../../../src/resources/search/index.js";

describe("createSearch", () => {
  it("builds the plain filter Akeneo expects", () => {
    const filter = createSearch()
      .where("family", "IN", ["shoes", "boots"])
      .where("enabled", "=", true)
      .where("completeness", "GREATER THAN ON ALL LOCALES", 100, {
        scope: "ecommerce",
        locales: ["en_US", "fr_FR"],
      })
      .where("description", "EMPTY", { scope: "ecommerce", locale: "en_US" })
      .where("updated", "BETWEEN", ["2024-01-01 00:00:00", "2024-02-01 00:00:00"])
      .where("weight", ">", { amount: 2, unit: "KILOGRAM" })
      .where("categories", "UNCLASSIFIED")
      .build();
    expect(filter).toEqual({
      family: [{ operator: "IN", value: ["shoes", "boots"] }],
      enabled: [{ operator: "=", value: true }],
      completeness: [
        {
          operator: "GREATER THAN ON ALL LOCALES",
          value: 100,
          scope: "ecommerce",
          locales: ["en_US", "fr_FR"],
        },
      ],
      description: [{ operator: "EMPTY", scope: "ecommerce", locale: "en_US" }],
      updated: [{ operator: "BETWEEN", value: ["2024-01-01 00:00:00", "2024-02-01 00:00:00"] }],
      weight: [{ operator: ">", value: { amount: 2, unit: "KILOGRAM" } }],
      categories: [{ operator: "UNCLASSIFIED" }],
    });
  });

  it("accumulates several conditions on one property", () => {
    const filter = createSearch()
      .where("updated", ">", "2024-01-01 00:00:00")
      .where("updated", "<", "2024-02-01 00:00:00")
      .build();
    expect(filter.updated?.map((condition) => condition.operator)).toEqual([">", "<"]);
  });

  it("leaves the builder it extends untouched", () => {
    const base = createSearch().where("enabled", "=", true);
    const extended = base.where("family", "IN", ["shoes"]);
    expect(Object.keys(base.build())).toEqual(["enabled"]);
    expect(Object.keys(extended.build())).toEqual(["enabled", "family"]);
  });

  it("knows the 29 operators", () => {
    expect(Object.keys(OPERATOR_VALUE_SHAPES)).toHaveLength(29);
  });
});

describe("SearchBuilder.addFilter (the PHP client's call)", () => {
  it("adds conditions to the builder itself, AND-ing repeated properties", () => {
    const builder = new SearchBuilder();
    builder.addFilter("completeness", ">", 70, { scope: "ecommerce" });
    const returned = builder.addFilter("completeness", "<", 100, { scope: "ecommerce" });
    expect(returned).toBe(builder);
    expect(builder.getFilters()).toEqual({
      completeness: [
        { operator: ">", value: 70, scope: "ecommerce" },
        { operator: "<", value: 100, scope: "ecommerce" },
      ],
    });
  });

  it("leaves the value out for a valueless operator given null, and keeps its options", () => {
    const filters = new SearchBuilder()
      .addFilter("description", "EMPTY", null, { scope: "ecommerce", locale: "en_US" })
      .addFilter("categories", "UNCLASSIFIED")
      .getFilters();
    expect(filters).toEqual({
      description: [{ operator: "EMPTY", scope: "ecommerce", locale: "en_US" }],
      categories: [{ operator: "UNCLASSIFIED" }],
    });
  });

  it("checks each condition with the same rules as where()", () => {
    const builder = new SearchBuilder();
    expect(() => builder.addFilter("family", "IN", "shoes" as never)).toThrow(InvalidArgumentError);
    expect(() => builder.addFilter("family", "LIKE" as never, "s%" as never)).toThrow(
      InvalidArgumentError,
    );
    expect(() => builder.addFilter("name", "EMPTY", "x" as never)).toThrow(/takes no value/);
    expect(builder.getFilters()).toEqual({});
  });

  it("serializes to the same search text as the equivalent where() chain", () => {
    const php = new SearchBuilder()
      .addFilter("family", "IN", ["shoes"])
      .addFilter("enabled", "=", true);
    const idiomatic = createSearch().where("family", "IN", ["shoes"]).where("enabled", "=", true);
    expect(serializeSearch(php)).toBe(serializeSearch(idiomatic));
  });
});

describe("serializeSearch", () => {
  const filter: SearchFilter = { family: [{ operator: "IN", value: ["shoes"] }] };
  const json = '{"family":[{"operator":"IN","value":["shoes"]}]}';

  it("serializes a builder and a plain filter to the same JSON text", () => {
    expect(serializeSearch(filter)).toBe(json);
    expect(serializeSearch(createSearch().where("family", "IN", ["shoes"]))).toBe(json);
  });

  it("reads a builder by its build method, so a builder of another copy of the package is read too", () => {
    const foreign = { build: () => filter } as unknown as SearchBuilder;
    expect(serializeSearch(foreign)).toBe(json);
    const build: SearchFilter = { build: [{ operator: "=", value: "x" }] };
    expect(serializeSearch(build)).toBe('{"build":[{"operator":"=","value":"x"}]}');
  });

  it("returns a JSON string unchanged instead of encoding it twice", () => {
    expect(serializeSearch(json)).toBe(json);
  });

  it("survives URL encoding as one query value", () => {
    const url = new URL("http://pim/api/rest/v1/products");
    url.searchParams.set("search", serializeSearch(filter));
    expect(JSON.parse(url.searchParams.get("search")!)).toEqual(filter);
  });

  it.each([
    [
      "an unknown operator",
      { family: [{ operator: "LIKE", value: "x" }] },
      /not an Akeneo operator/,
    ],
    ["a scalar for IN", { family: [{ operator: "IN", value: "shoes" }] }, /a non-empty list/],
    ["an empty list for IN", { family: [{ operator: "IN", value: [] }] }, /a non-empty list/],
    ["a value for EMPTY", { name: [{ operator: "EMPTY", value: "" }] }, /no value/],
    [
      "one bound for BETWEEN",
      { updated: [{ operator: "BETWEEN", value: ["2024-01-01"] }] },
      /a pair/,
    ],
    [
      "text for SINCE LAST N DAYS",
      { updated: [{ operator: "SINCE LAST N DAYS", value: "7" }] },
      /a number/,
    ],
    ["a number for CONTAINS", { name: [{ operator: "CONTAINS", value: 3 }] }, /a string/],
    [
      "a misspelt option",
      { name: [{ operator: "CONTAINS", value: "a", locals: ["en_US"] }] },
      /unknown field "locals"/,
    ],
    [
      "a scope that is not a code",
      { name: [{ operator: "CONTAINS", value: "a", scope: 1 }] },
      /scope/,
    ],
    [
      "conditions that are not a list",
      { name: { operator: "EMPTY" } },
      /non-empty list of conditions/,
    ],
    ["a list as the filter", [], /filter object/],
  ])("refuses %s, naming the property", (_label, bad, message) => {
    expect(() => serializeSearch(bad as unknown as SearchFilter)).toThrow(InvalidArgumentError);
    expect(() => serializeSearch(bad as unknown as SearchFilter)).toThrow(message);
  });

  it("refuses a string that is not JSON", () => {
    expect(() => serializeSearch("family IN shoes")).toThrow(InvalidArgumentError);
  });

  it("names where the fault is", () => {
    expect(() =>
      serializeSearch({ family: [filter.family![0]!, { operator: "IN", value: 1 } as never] }),
    ).toThrow("search.family[1]");
  });
});
