import { createCoreClient } from "../../src/core/client/index.js";
import { InvalidArgumentError } from "../../src/core/errors/index.js";
import { rebaseLink } from "../../src/core/paths/index.js";
import { createScriptedFetch, json } from "../core/support/scripted-fetch.js";
import type { TestPaths } from "../core/support/test-paths.js";

describe("path traversal", () => {
  it.each([
    [".."],
    ["../../oauth/v1/token"],
    ["shoe/../../../categories"],
    ["%2e%2e"],
    ["%2E%2e/x"],
    ["."],
    ["a//b"],
    [""],
    ["shoe\r\nX-Injected: 1"],
  ])("refuses %j before any request", async (code) => {
    const scripted = createScriptedFetch(() => json(200, {}));
    const core = createCoreClient<TestPaths>({
      baseUrl: "https://pim.example.com",
      auth: { type: "app", token: "t" },
      fetch: scripted.fetch,
    });
    await expect(
      core.api.GET("/api/rest/v1/products/{code}", { params: { path: { code } } }),
    ).rejects.toBeInstanceOf(InvalidArgumentError);
    expect(scripted.calls).toHaveLength(0);
  });

  it("keeps an encoded value inside its segment", async () => {
    const scripted = createScriptedFetch(() => json(200, {}));
    const core = createCoreClient<TestPaths>({
      baseUrl: "https://pim.example.com",
      auth: { type: "app", token: "t" },
      fetch: scripted.fetch,
    });
    await core.api.GET("/api/rest/v1/products/{code}", { params: { path: { code: "x?y=1#z" } } });
    const url = new URL(scripted.calls[0]?.url ?? "");
    expect(url.pathname).toBe("/api/rest/v1/products/x%3Fy%3D1%23z");
    expect(url.search).toBe("");
  });

  it("never lets a link leave the configured base URL", () => {
    for (const href of [
      "https://evil.example/api/rest/v1/x",
      "//evil.example/api/x",
      "/../../../x",
      "http://pim/a/%2e%2e/%2e%2e/b",
    ]) {
      expect(
        rebaseLink(href, "https://pim.example.com/prefix").startsWith(
          "https://pim.example.com/prefix/",
        ),
      ).toBe(true);
    }
  });
});
