import { InvalidArgumentError } from "../../../src/core/errors/index.js";
import { encodePathValue, serializePath } from "../../../src/core/paths/index.js";

const template = "https://pim.example.com/api/rest/v1/media-files/{code}/download";

describe("serializePath", () => {
  it("keeps slashes of media codes literal and encodes the rest", () => {
    expect(serializePath(template, { code: "a/b/c/0a1b_file name#?.png" })).toBe(
      "https://pim.example.com/api/rest/v1/media-files/a/b/c/0a1b_file%20name%23%3F.png/download",
    );
  });

  it("encodes %, &, unicode and numbers", () => {
    expect(encodePathValue("code", "50%&é")).toBe("50%25%26%C3%A9");
    expect(encodePathValue("code", 42)).toBe("42");
  });

  it("keeps dots inside a segment", () => {
    expect(encodePathValue("code", "v1.2..3")).toBe("v1.2..3");
  });

  it.each([
    ["..", "dot segment"],
    ["a/../b", "inner dot segment"],
    [".", "single dot"],
    ["%2e%2E", "encoded dots"],
    ["a/%2e", "encoded single dot"],
    ["", "empty value"],
    ["a//b", "empty inner segment"],
    ["/a", "leading slash"],
    ["a/", "trailing slash"],
    ["a\u0000b", "NUL"],
    ["a\nb", "newline"],
    ["a\u007fb", "DEL"],
  ])("refuses %j (%s)", (value) => {
    expect(() => serializePath(template, { code: value })).toThrow(InvalidArgumentError);
  });

  it.each([[undefined], [null]])("refuses a missing parameter (%p)", (value) => {
    expect(() => serializePath(template, { code: value })).toThrow(/Missing path parameter "code"/);
  });

  it.each([[{}], [["a"]], [Number.NaN], [true]])("refuses a non-string value %p", (value) => {
    expect(() => serializePath(template, { code: value })).toThrow(InvalidArgumentError);
  });

  it("refuses a lone surrogate", () => {
    expect(() => encodePathValue("code", "\ud800")).toThrow(InvalidArgumentError);
  });

  it("fills several placeholders", () => {
    expect(serializePath("/a/{x}/b/{y}", { x: "1", y: "2" })).toBe("/a/1/b/2");
  });
});
