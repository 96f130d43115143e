import { InvalidArgumentError } from "../../../src/core/errors/index.js";
import {
  toIterateOptions,
  toListOptions,
  withInjectedCode,
  withoutLinks,
} from "../../../src/resources/php/php-arguments.js";

describe("toListOptions", () => {
  it("puts limit and withCount next to the query parameters", () => {
    expect(toListOptions(10, true, { search: "{}", scope: "ecommerce" })).toEqual({
      search: "{}",
      scope: "ecommerce",
      limit: 10,
      withCount: true,
    });
  });

  it.each([
    ["an array", []],
    ["a string", "search=x"],
    ["null", null],
  ])("refuses query parameters that are %s", (_label, query) => {
    expect(() => toListOptions(10, false, query)).toThrow(InvalidArgumentError);
  });

  it.each(["limit", "with_count"])("refuses %s in the query parameters", (name) => {
    expect(() => toListOptions(10, false, { [name]: 5 })).toThrow(
      new RegExp(`"${name}".*own argument`),
    );
  });
});

describe("toIterateOptions", () => {
  it("leaves limit out when no page size is given, so that the server chooses", () => {
    expect(toIterateOptions(undefined, { search: "{}" })).toEqual({ search: "{}" });
    expect(toIterateOptions(10, undefined)).toEqual({ limit: 10 });
  });
});

describe("withInjectedCode", () => {
  it("puts the code under the key and drops _links", () => {
    expect(withInjectedCode("identifier", "top", { family: "x", _links: { self: {} } })).toEqual({
      family: "x",
      identifier: "top",
    });
  });

  it("refuses data holding a refused key, naming it", () => {
    expect(() => withInjectedCode("code", "m", { family: "f" }, ["code", "family"])).toThrow(
      /"family"/,
    );
  });

  it("refuses data that is not an object", () => {
    expect(() => withoutLinks([1])).toThrow(InvalidArgumentError);
    expect(() => withoutLinks("x")).toThrow(/received string/);
    expect(withoutLinks(undefined)).toEqual({});
  });
});
