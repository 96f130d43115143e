import { InvalidArgumentError } from "../../../src/core/errors/index.js";
import { rebaseLink } from "../../../src/core/paths/index.js";

describe("rebaseLink", () => {
  it("replaces the server's internal host with the base URL", () => {
    expect(
      rebaseLink(
        "http://internal:8080/api/rest/v1/products?page=2&limit=10",
        "https://pim.example.com",
      ),
    ).toBe("https://pim.example.com/api/rest/v1/products?page=2&limit=10");
  });

  it("keeps the base URL's path prefix", () => {
    expect(
      rebaseLink(
        "http://internal/api/rest/v1/products?search_after=abc",
        "https://proxy.example.com/pim",
      ),
    ).toBe("https://proxy.example.com/pim/api/rest/v1/products?search_after=abc");
  });

  it("does not double a prefix the server already wrote", () => {
    expect(
      rebaseLink(
        "https://proxy.example.com/pim/api/rest/v1/products",
        "https://proxy.example.com/pim",
      ),
    ).toBe("https://proxy.example.com/pim/api/rest/v1/products");
  });

  it("replaces an internal prefix by the configured one", () => {
    expect(
      rebaseLink("http://internal/internal-pim/api/rest/v1/x", "https://proxy.example.com/pim"),
    ).toBe("https://proxy.example.com/pim/api/rest/v1/x");
  });

  it("resolves relative links", () => {
    expect(rebaseLink("/api/rest/v1/media-files/a/b/c.png", "https://pim.example.com")).toBe(
      "https://pim.example.com/api/rest/v1/media-files/a/b/c.png",
    );
  });

  it("never leaves the base origin, even for a hostile link", () => {
    const rebased = rebaseLink(
      "https://evil.example/../../steal?x=1",
      "https://pim.example.com/pim",
    );
    expect(rebased.startsWith("https://pim.example.com/pim/")).toBe(true);
  });

  it.each([[""], ["   "], ["http://[bad"]])("refuses %j", (href) => {
    expect(() => rebaseLink(href, "https://pim.example.com")).toThrow(InvalidArgumentError);
  });
});
