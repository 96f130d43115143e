import { createCoreClient } from "../../../src/core/client/index.js";
import { InvalidArgumentError } from "../../../src/core/errors/index.js";
import { BASE_URL, createTestClient } from "../support/core-client-fixture.js";
import { createScriptedFetch, json } from "../support/scripted-fetch.js";
import type { TestPaths } from "../support/test-paths.js";

describe("createCoreClient", () => {
  it("sends nothing when created", () => {
    const scripted = createScriptedFetch(() => json(200, {}));
    createTestClient(scripted.fetch);
    expect(scripted.calls).toHaveLength(0);
  });

  it("encodes path parameters safely, keeping slashes", async () => {
    const scripted = createScriptedFetch(() => json(200, { identifier: "x" }));
    const { core } = createTestClient(scripted.fetch, { type: "app", token: "t" });
    await core.api.GET("/api/rest/v1/products/{code}", { params: { path: { code: "a/b c#" } } });
    expect(scripted.calls[0]?.url).toBe("https://pim.example.com/api/rest/v1/products/a/b%20c%23");
  });

  it("refuses a traversal before sending anything", async () => {
    const scripted = createScriptedFetch(() => json(200, {}));
    const { core } = createTestClient(scripted.fetch, { type: "app", token: "t" });
    await expect(
      core.api.GET("/api/rest/v1/products/{code}", {
        params: { path: { code: "../../oauth/v1/token" } },
      }),
    ).rejects.toBeInstanceOf(InvalidArgumentError);
    expect(scripted.calls).toHaveLength(0);
  });

  it("serializes JSON bodies through the body serializer", async () => {
    const scripted = createScriptedFetch(() => new Response(null, { status: 204 }));
    const { core } = createTestClient(scripted.fetch, { type: "app", token: "t" });
    await core.api.PATCH("/api/rest/v1/products/{code}", {
      params: { path: { code: "shoe" } },
      body: { enabled: true },
    });
    expect(scripted.calls[0]?.body).toBe('{"enabled":true}');
    expect(scripted.calls[0]?.headers.get("content-type")).toBe("application/json");
    expect(scripted.calls[0]?.headers.get("user-agent")).toBe("akeneo-pim-sdk/0.1.0");
  });

  it("shares nothing between two clients", async () => {
    const first = createScriptedFetch(() => json(200, { identifier: "x" }));
    const second = createScriptedFetch(() => json(200, { identifier: "x" }));
    const a = createTestClient(first.fetch, { type: "app", token: "token-a" }).core;
    const b = createTestClient(second.fetch, { type: "app", token: "token-b" }).core;
    await Promise.all([
      a.api.GET("/api/rest/v1/products/{code}", { params: { path: { code: "1" } } }),
      b.api.GET("/api/rest/v1/products/{code}", { params: { path: { code: "1" } } }),
    ]);
    expect(first.calls.map((c) => c.headers.get("authorization"))).toEqual(["Bearer token-a"]);
    expect(second.calls.map((c) => c.headers.get("authorization"))).toEqual(["Bearer token-b"]);
  });

  it("parses a JSON answer sent without Content-Length (chunked) once, not twice", async () => {
    const document = '{"identifier":"chunked-shoe"}';
    const chunked = () =>
      new Response(
        new ReadableStream<Uint8Array>({
          start(controller) {
            controller.enqueue(new TextEncoder().encode(document));
            controller.close();
          },
        }),
        { headers: { "content-type": "application/json" } },
      );
    const scripted = createScriptedFetch(chunked);
    const { core } = createTestClient(scripted.fetch, { type: "app", token: "t" });
    const parse = jest.spyOn(JSON, "parse");
    try {
      const { data } = await core.api.GET("/api/rest/v1/products/{code}", {
        params: { path: { code: "chunked-shoe" } },
      });
      expect(data).toEqual({ identifier: "chunked-shoe" });
      expect(parse.mock.calls.filter(([text]) => text === document)).toHaveLength(1);
    } finally {
      parse.mockRestore();
    }
  });

  it("leaves no attempt deadline pending once a JSON answer is read", async () => {
    jest.useFakeTimers();
    try {
      const scripted = createScriptedFetch(() => json(200, { identifier: "x" }));
      const core = createCoreClient<TestPaths>({
        baseUrl: BASE_URL,
        auth: { type: "app", token: "t" },
        fetch: scripted.fetch,
        timeoutMs: 30_000,
        logLevel: "silent",
      });
      const { data } = await core.api.GET("/api/rest/v1/products/{code}", {
        params: { path: { code: "x" } },
      });
      expect(data).toEqual({ identifier: "x" });
      expect(jest.getTimerCount()).toBe(0);
    } finally {
      jest.useRealTimers();
    }
  });
});
