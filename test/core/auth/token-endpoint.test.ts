import { createTokenRequestCheck } from "../../../src/core/auth/index.js";

describe("createTokenRequestCheck", () => {
  const isTokenRequest = createTokenRequestCheck("https://PIM.example.com/pim");

  it("names a POST to the client's token endpoint", () => {
    const request = new Request("https://pim.example.com/pim/api/oauth/v1/token", {
      method: "POST",
    });
    expect(isTokenRequest(request)).toBe(true);
  });

  it("names no other method, path or host", () => {
    const others = [
      new Request("https://pim.example.com/pim/api/oauth/v1/token"),
      new Request("https://pim.example.com/api/oauth/v1/token", { method: "POST" }),
      new Request("https://other.example.com/pim/api/oauth/v1/token", { method: "POST" }),
      new Request("https://pim.example.com/pim/api/rest/v1/products", { method: "POST" }),
    ];
    expect(others.map(isTokenRequest)).toEqual([false, false, false, false]);
  });
});
