import {
  createAuthorizationRequest,
  InvalidArgumentError,
  readActivationRequest,
} from "../../src/index.js";

const base = {
  pimUrl: "https://pim.example.com/",
  clientId: "app-1",
  scopes: ["read_products"],
} as const;

describe("createAuthorizationRequest", () => {
  it("builds the PIM's authorize URL with response_type, client_id, space-separated scopes and state", () => {
    const request = createAuthorizationRequest({
      ...base,
      scopes: ["read_products", "openid", "read_products", "email"],
    });
    const url = new URL(request.url);
    expect(`${url.origin}${url.pathname}`).toBe(
      "https://pim.example.com/connect/apps/v1/authorize",
    );
    expect(Object.fromEntries(url.searchParams)).toEqual({
      response_type: "code",
      client_id: "app-1",
      scope: "read_products openid email",
      state: request.state,
    });
    expect(request.state).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(request.pimUrl).toBe("https://pim.example.com");
    expect(request.scopes).toEqual(["read_products", "openid", "email"]);
  });

  it("keeps a PIM served under a path prefix and uses a given state", () => {
    const request = createAuthorizationRequest({
      ...base,
      pimUrl: "http://127.0.0.1:8080/pim",
      state: "s-1",
    });
    expect(request.url).toBe(
      "http://127.0.0.1:8080/pim/connect/apps/v1/authorize?response_type=code&client_id=app-1&scope=read_products&state=s-1",
    );
  });

  it.each([
    ["another scheme", "javascript:alert(1)"],
    ["a file URL", "file:///etc/passwd"],
    ["credentials", "https://user:pass@pim.example.com"],
    ["a user name alone", "https://evil.example@pim.example.com"],
    ["a query", "https://pim.example.com/?next=https://evil.example"],
    ["a fragment", "https://pim.example.com#x"],
    ["a relative URL", "/connect"],
    ["an empty string", ""],
    ["a backslash", "https://pim.example.com\\@evil.example"],
  ])("refuses a pim_url with %s, naming the field", (_label, pimUrl) => {
    expect(() => createAuthorizationRequest({ ...base, pimUrl })).toThrow(InvalidArgumentError);
    expect(() => createAuthorizationRequest({ ...base, pimUrl })).toThrow(/pimUrl/);
  });

  it("refuses an unknown scope, no scope and an empty client id", () => {
    const unknown = ["read_products", "read_everything"] as unknown as ["read_products"];
    expect(() => createAuthorizationRequest({ ...base, scopes: unknown })).toThrow(
      /scopes\[1\] is not an App scope: "read_everything"/,
    );
    expect(() => createAuthorizationRequest({ ...base, scopes: [] })).toThrow(InvalidArgumentError);
    expect(() => createAuthorizationRequest({ ...base, clientId: "" })).toThrow(/clientId/);
  });
});

describe("readActivationRequest", () => {
  it("reads and checks pim_url from node:http's request path", () => {
    expect(readActivationRequest("/activate?pim_url=https%3A%2F%2Fpim.example.com%2F")).toEqual({
      pimUrl: "https://pim.example.com",
    });
  });

  it("refuses a missing or hostile pim_url", () => {
    expect(() => readActivationRequest("/activate")).toThrow(/pim_url/);
    expect(() =>
      readActivationRequest("/activate?pim_url=https%3A%2F%2Fa%3Ab%40pim.example.com"),
    ).toThrow(InvalidArgumentError);
  });
});
