import { InvalidArgumentError } from "../../../src/core/errors/index.js";
import { encodeNdjson, encodeNdjsonLine } from "../../../src/core/ndjson/index.js";

describe("encodeNdjson", () => {
  it("writes one compact JSON document per line", () => {
    const text = encodeNdjson([{ identifier: "a", values: { name: [] } }, { identifier: "b" }]);
    expect(text).toBe('{"identifier":"a","values":{"name":[]}}\n{"identifier":"b"}');
  });

  it("keeps line breaks inside strings escaped on one line", () => {
    const text = encodeNdjson([{ description: "two\nlines\r\n" }]);
    expect(text.split("\n")).toHaveLength(1);
    expect(JSON.parse(text)).toEqual({ description: "two\nlines\r\n" });
  });

  it("encodes an empty list as an empty body", () => {
    expect(encodeNdjson([])).toBe("");
  });

  it("names the position of a value without a JSON form", () => {
    expect(() => encodeNdjson([{ a: 1 }, undefined])).toThrow(InvalidArgumentError);
    expect(() => encodeNdjson([{ a: 1 }, undefined])).toThrow("#2");
  });
});

describe("encodeNdjsonLine", () => {
  it("rejects cyclic values with a typed error", () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(() => encodeNdjsonLine(cyclic)).toThrow(InvalidArgumentError);
  });

  it("rejects BigInt values with a typed error", () => {
    expect(() => encodeNdjsonLine({ n: 1n })).toThrow(InvalidArgumentError);
  });
});
