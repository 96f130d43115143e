import * as endpoints from "../../src/endpoints/index.js";
import * as root from "../../src/index.js";

describe("the akeneo-pim-sdk/endpoints entry", () => {
  const names = root.OPERATIONS.map((operation) => operation.functionName);

  it("exports one function per operation of the table", () => {
    const exported = endpoints as Readonly<Record<string, unknown>>;
    expect(names.filter((name) => typeof exported[name] !== "function")).toEqual([]);
    expect(Object.keys(endpoints).sort()).toEqual([...names].sort());
  });

  it("leaves the endpoint functions out of the root entry", () => {
    expect(names.filter((name) => name in root)).toEqual([]);
  });
});
