import { InvalidArgumentError } from "../../../src/core/errors/index.js";
import {
  createSearch,
  type SearchFilter,
  serializeSearch,
} from "../../../src/resources/search/index.js";

// Each call below is refused twice: by tsc (the @ts-expect-error line must stay an error) and at
// run time by the builder's own check.
describe("search value types", () => {
  const search = createSearch();

  it("refuses wrong value shapes in the builder", () => {
    // @ts-expect-error IN takes a list
    expect(() => search.where("family", "IN", "shoes")).toThrow(InvalidArgumentError);
    // @ts-expect-error NOT IN CHILDREN takes a list
    expect(() => search.where("categories", "NOT IN CHILDREN", 3)).toThrow(InvalidArgumentError);
    // @ts-expect-error EMPTY takes no value
    expect(() => search.where("name", "EMPTY", "x")).toThrow(InvalidArgumentError);
    // @ts-expect-error ALL COMPLETE takes no value
    expect(() => search.where("completeness", "ALL COMPLETE", 100)).toThrow(InvalidArgumentError);
    // @ts-expect-error BETWEEN takes a pair
    expect(() => search.where("updated", "BETWEEN", ["2024-01-01"])).toThrow(InvalidArgumentError);
    // @ts-expect-error NOT BETWEEN takes a pair, not three values
    expect(() => search.where("price", "NOT BETWEEN", [1, 2, 3])).toThrow(InvalidArgumentError);
    // @ts-expect-error SINCE LAST N DAYS takes a number
    expect(() => search.where("updated", "SINCE LAST N DAYS", "7")).toThrow(InvalidArgumentError);
    // @ts-expect-error STARTS WITH takes a string
    expect(() => search.where("sku", "STARTS WITH", ["a"])).toThrow(InvalidArgumentError);
    // @ts-expect-error GREATER THAN ON ALL LOCALES takes a number
    expect(() => search.where("completeness", "GREATER THAN ON ALL LOCALES", "100")).toThrow(
      InvalidArgumentError,
    );
    // @ts-expect-error LIKE is not an operator
    expect(() => search.where("name", "LIKE", "x")).toThrow(InvalidArgumentError);
    // @ts-expect-error IN needs its value
    expect(() => search.where("family", "IN")).toThrow(InvalidArgumentError);
  });

  it("refuses wrong value shapes in plain filters", () => {
    const filters: SearchFilter[] = [
      // @ts-expect-error IN takes a list
      { family: [{ operator: "IN", value: "shoes" }] },
      // @ts-expect-error EMPTY takes no value
      { name: [{ operator: "EMPTY", value: "x" }] },
      // @ts-expect-error BETWEEN takes a pair
      { updated: [{ operator: "BETWEEN", value: "2024-01-01" }] },
      // @ts-expect-error locales is a list
      { completeness: [{ operator: "ALL COMPLETE", locales: "en_US" }] },
    ];
    for (const filter of filters)
      expect(() => serializeSearch(filter)).toThrow(InvalidArgumentError);
  });

  it("accepts well-shaped plain filters", () => {
    const filter: SearchFilter = {
      categories: [{ operator: "IN OR UNCLASSIFIED", value: ["men"] }],
      completeness: [{ operator: "ALL COMPLETE", scope: "ecommerce", locales: ["en_US"] }],
      price: [
        {
          operator: "NOT BETWEEN",
          value: [
            { amount: 1, currency: "EUR" },
            { amount: 9, currency: "EUR" },
          ],
        },
      ],
    };
    expect(JSON.parse(serializeSearch(filter))).toEqual(filter);
  });
});
