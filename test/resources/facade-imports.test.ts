import { readdirSync } from "node:fs";
import { join } from "node:path";

// A description that lacks a facade's operations leaves that facade out of the client, but its
// module is still imported with every other one: it must read its operations only when the
// facade is built, never at import time.

const RESOURCES = join(__dirname, "../../src/resources");
const FACADE_MODULES = readdirSync(RESOURCES).filter((name) => name.endsWith(".ts"));

describe("facade modules", () => {
  it("import without reading their operations, so an empty table leaves each importable", async () => {
    await jest.isolateModulesAsync(async () => {
      jest.doMock("../../generated/facade-operations", () => ({
        FACADE_OPERATIONS: {},
        ABSENT_FACADE_METHODS: [],
      }));
      for (const name of FACADE_MODULES) {
        await expect(import(join(RESOURCES, name))).resolves.toBeDefined();
      }
    });
  });
});
