import { describeType, isPlainRecord, parseJsonOrText } from "../../../src/core/values/index.js";

describe("describeType", () => {
  it.each([
    [null, "null"],
    [[], "an array"],
    [Number.NaN, "NaN"],
    [1, "number"],
    ["x", "string"],
    [undefined, "undefined"],
    [{}, "object"],
  ])("describes %p as %s", (value, expected) => {
    expect(describeType(value)).toBe(expected);
  });
});

describe("isPlainRecord", () => {
  it("accepts objects and refuses null, arrays and primitives", () => {
    expect(isPlainRecord({ a: 1 })).toBe(true);
    expect(isPlainRecord(Object.create(null))).toBe(true);
    expect([null, [], "x", 1, undefined].map(isPlainRecord)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});

describe("parseJsonOrText", () => {
  it("returns the JSON value of a JSON text", () => {
    expect(parseJsonOrText('{"message":"Not found"}')).toEqual({ message: "Not found" });
  });

  it("keeps a text that is not JSON as it is", () => {
    expect(parseJsonOrText("<html>Bad gateway</html>")).toBe("<html>Bad gateway</html>");
    expect(parseJsonOrText("")).toBe("");
  });
});
