import {
  APP_AUTHENTICATION_SCOPES,
  APP_AUTHORIZATION_SCOPES,
  type AppScope,
  compareScopes,
  isAppScope,
} from "../../src/apps/index.js";

describe("App scopes", () => {
  it("lists the 23 authorization and 3 authentication scopes", () => {
    expect(APP_AUTHORIZATION_SCOPES).toHaveLength(23);
    expect(APP_AUTHENTICATION_SCOPES).toEqual(["openid", "profile", "email"]);
    expect(isAppScope("read_reference_entity_records")).toBe(true);
    expect(isAppScope("read_everything")).toBe(false);
    expect(isAppScope(7)).toBe(false);
  });

  it("rejects unknown scopes at compile time", () => {
    // @ts-expect-error not an App scope
    const wrong: AppScope = "read_everything";
    expect(wrong).toBe("read_everything");
  });
});

describe("compareScopes", () => {
  it("lists the requested scopes that were not granted", () => {
    const result = compareScopes(
      ["read_products", "read_assets", "openid"],
      ["read_products", "openid"],
    );
    expect(result.missing).toEqual(["read_assets"]);
    expect(result.granted).toEqual(["read_products", "openid"]);
  });

  it("counts a granted write scope as covering the matching read scope", () => {
    expect(compareScopes(["read_categories"], ["write_categories"]).missing).toEqual([]);
    expect(compareScopes(["write_categories"], ["read_categories"]).missing).toEqual([
      "write_categories",
    ]);
  });

  it("keeps granted scopes the SDK does not know", () => {
    expect(compareScopes(["read_products"], ["read_products", "read_catalogs"]).granted).toEqual([
      "read_products",
      "read_catalogs",
    ]);
  });
});
