import { OPERATIONS } from "../../../generated/operations.js";
import { createAuthenticationLookup } from "../../../src/core/auth/index.js";

describe("createAuthenticationLookup", () => {
  const authenticationOf = createAuthenticationLookup();

  it("reads Basic for the token operation and none for the public ones from the generated table", () => {
    expect(authenticationOf("POST", "/api/oauth/v1/token")).toBe("basic");
    expect(authenticationOf("GET", "/api/rest/v1")).toBe("none");
    expect(authenticationOf("GET", "/api/rest/v1/system-information")).toBe("none");
    expect(authenticationOf("get", "/api/rest/v1/system-information")).toBe("none");
  });

  it("answers bearer for every other operation of the table", () => {
    const others = OPERATIONS.filter((operation) => operation.authentication === "bearer");
    expect(others.length).toBeGreaterThan(100);
    for (const operation of others) {
      expect(authenticationOf(operation.method, operation.path)).toBe("bearer");
    }
  });

  it("answers bearer for an operation missing from the table and for another method", () => {
    expect(authenticationOf("GET", "/api/rest/v1/not-in-the-table")).toBe("bearer");
    expect(authenticationOf("GET", "/api/oauth/v1/token")).toBe("bearer");
  });

  it("follows the table it is given", () => {
    const custom = createAuthenticationLookup([
      { method: "GET", path: "/health", authentication: "none" },
    ]);
    expect(custom("GET", "/health")).toBe("none");
    expect(custom("POST", "/api/oauth/v1/token")).toBe("bearer");
  });
});
