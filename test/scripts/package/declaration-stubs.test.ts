import {
  assertChunkUnused,
  assertNoDefaultExport,
  buildDeclarationStub,
  findDeclarationPairs,
  findOrphanDeclarationChunks,
} from "../../../scripts/package/declaration-stubs.js";

describe("findDeclarationPairs", () => {
  it("pairs each entry's ES module types with its CommonJS types", () => {
    const pairs = findDeclarationPairs({
      ".": {
        import: { types: "./dist/index.d.ts", default: "./dist/index.js" },
        require: { types: "./dist/index.d.cts", default: "./dist/index.cjs" },
      },
      "./package.json": "./package.json",
    });
    expect(pairs).toEqual([
      { importTypes: "./dist/index.d.ts", requireTypes: "./dist/index.d.cts" },
    ]);
  });

  it("refuses CommonJS types that do not sit beside the CommonJS file", () => {
    const exportsMap = {
      "./testing": {
        import: { types: "./dist/testing/index.d.ts" },
        require: { types: "./types/testing.d.cts", default: "./dist/testing/index.cjs" },
      },
    };
    expect(() => findDeclarationPairs(exportsMap)).toThrow('exports["./testing"].require');
  });
});

describe("buildDeclarationStub", () => {
  it("re-exports the CommonJS module beside the stub", () => {
    const stub = buildDeclarationStub({
      importTypes: "./dist/testing/index.d.ts",
      requireTypes: "./dist/testing/index.d.cts",
    });
    expect(stub).toBe('export * from "./index.cjs";\n');
  });
});

describe("assertNoDefaultExport", () => {
  it("accepts named exports only", () => {
    expect(() => assertNoDefaultExport("export { a, type B };\n", "x.d.cts")).not.toThrow();
  });

  it.each(["export default a;\n", "export { a as default };\n", "export = a;\n"])(
    "refuses %j, which export * would drop",
    (declarations) => {
      expect(() => assertNoDefaultExport(declarations, "x.d.cts")).toThrow(
        "x.d.cts has a default export",
      );
    },
  );
});

describe("findOrphanDeclarationChunks", () => {
  const pairs = [
    { importTypes: "./dist/index.d.ts", requireTypes: "./dist/index.d.cts" },
    { importTypes: "./dist/raw/index.d.ts", requireTypes: "./dist/raw/index.d.cts" },
  ];

  it("lists the ES module chunks that have a CommonJS twin and are no entry", () => {
    const files = [
      "dist/index.d.ts",
      "dist/index.d.cts",
      "dist/raw/index.d.ts",
      "dist/raw/index.d.cts",
      "dist/index-a1B2.d.ts",
      "dist/index-a1B2.d.cts",
      "dist/lonely.d.ts",
    ];
    expect(findOrphanDeclarationChunks(files, pairs)).toEqual(["dist/index-a1B2.d.ts"]);
  });
});

describe("assertChunkUnused", () => {
  it("throws when a declaration file imports the chunk by its ES module name", () => {
    expect(() =>
      assertChunkUnused(
        "dist/index-a1B2.d.ts",
        "import { R as RawClient } from './index-a1B2.js';",
        "dist/index.d.ts",
      ),
    ).toThrow("dist/index.d.ts imports index-a1B2.js");
  });

  it("accepts imports of the CommonJS twin", () => {
    expect(() =>
      assertChunkUnused(
        "dist/index-a1B2.d.ts",
        "import { R as RawClient } from '../index-a1B2.cjs';",
        "dist/raw/index.d.cts",
      ),
    ).not.toThrow();
  });
});
