import { ABSENT_FACADE_METHODS } from "../../generated/facade-operations.js";
import { buildOfferedFacades } from "../../src/resources/offered-facades.js";

describe("buildOfferedFacades", () => {
  it("builds every facade when the description lacks no method", () => {
    const built = buildOfferedFacades<{ products: string; catalogs: string }>(
      { products: () => "products facade", catalogs: () => "catalogs facade" },
      [],
    );
    expect(built).toEqual({ products: "products facade", catalogs: "catalogs facade" });
  });

  it("never builds a facade one of whose methods is absent, and leaves it out", () => {
    const catalogs = jest.fn(() => "catalogs facade");
    const built = buildOfferedFacades<{ products: string; catalogs: string }>(
      { products: () => "products facade", catalogs },
      ["catalogs.get", "catalogProducts.uuids.listPerPage"],
    );
    expect(built).toEqual({ products: "products facade" });
    expect("catalogs" in built).toBe(false);
    expect(catalogs).not.toHaveBeenCalled();
  });

  it("reads the absent methods from the generated table (none for the default description)", () => {
    const built = buildOfferedFacades<{ catalogs: number }>({ catalogs: () => 1 });
    expect(ABSENT_FACADE_METHODS).toEqual([]);
    expect(built).toEqual({ catalogs: 1 });
  });
});
