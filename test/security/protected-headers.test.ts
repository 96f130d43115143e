import { createCoreClient, resolveClientOptions } from "../../src/core/client/index.js";
import { InvalidOptionError } from "../../src/core/errors/index.js";
import { createScriptedFetch, json } from "../core/support/scripted-fetch.js";
import type { TestPaths } from "../core/support/test-paths.js";

describe("protected headers", () => {
  it.each([["Authorization"], ["authorization"], ["Content-Type"], ["User-Agent"]])(
    "refuses %s among extra headers",
    (name) => {
      expect(() =>
        resolveClientOptions({
          baseUrl: "https://p",
          auth: { type: "app", token: "t" },
          headers: { [name]: "x" },
        }),
      ).toThrow(InvalidOptionError);
    },
  );

  it("always sends the client's own Bearer token, whatever the call set", async () => {
    const scripted = createScriptedFetch(() => json(200, {}));
    const core = createCoreClient<TestPaths>({
      baseUrl: "https://p",
      auth: { type: "app", token: "real" },
      fetch: scripted.fetch,
    });
    await core.api.GET("/api/rest/v1/products/{code}", {
      params: { path: { code: "x" } },
      headers: { Authorization: "Bearer forged" },
    });
    expect(scripted.calls[0]?.headers.get("authorization")).toBe("Bearer real");
  });
});
