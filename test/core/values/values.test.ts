import {
  concatBytes,
  describeType,
  isPlainRecord,
  parseJsonOrText,
} from "../../../src/core/values/index.js";

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

describe("concatBytes", () => {
  it("joins chunks in order", () => {
    const joined = concatBytes([Uint8Array.of(1, 2), Uint8Array.of(3), new Uint8Array(0)]);
    expect(Array.from(joined)).toEqual([1, 2, 3]);
  });

  it("hands back a lone chunk that owns its whole buffer", () => {
    const only = Uint8Array.of(1, 2, 3);
    expect(concatBytes([only])).toBe(only);
  });

  it("copies a lone chunk that views a larger buffer, so the buffer is not kept", () => {
    const socketRead = new Uint8Array(65_536);
    socketRead.set([7, 8], 100);
    const joined = concatBytes([socketRead.subarray(100, 102)]);
    expect(Array.from(joined)).toEqual([7, 8]);
    expect(joined.buffer.byteLength).toBe(2);
  });
});
