import { readFileSync } from "node:fs";
import { join } from "node:path";
import { SDK_VERSION } from "../../src/core/version.js";

describe("SDK_VERSION", () => {
  it("equals the version in package.json", () => {
    const pkg = JSON.parse(readFileSync(join(__dirname, "../../package.json"), "utf8")) as {
      version: string;
    };
    expect(SDK_VERSION).toBe(pkg.version);
  });
});
