import { FormatError, formatGenerated } from "../../../scripts/generate/format-generated.js";

describe("formatGenerated", () => {
  it("formats every generated file the way biome formats the project's code", () => {
    const call = `export function getWidget(client: Client, init: Init): Result { return client.GET("/api/rest/v1/widgets/{code}", init); }`;
    const files = formatGenerated({ "a.ts": "export const a={b:'x'}", "b.ts": call });
    expect(files["a.ts"]).toBe('export const a = { b: "x" };\n');
    expect(files["b.ts"]?.split("\n").every((line) => line.length <= 100)).toBe(true);
    expect(files["b.ts"]).toContain('  return client.GET("/api/rest/v1/widgets/{code}", init);\n');
  });

  it("refuses code that is not TypeScript, naming the file", () => {
    expect(() => formatGenerated({ "broken.ts": "export const = ;" })).toThrow(FormatError);
    expect(() => formatGenerated({ "broken.ts": "export const = ;" })).toThrow(
      "generated/broken.ts",
    );
  });
});
