import {
  assertNoDefaultExport,
  buildDeclarationStub,
  findDeclarationPairs,
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
