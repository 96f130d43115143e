import type { Middleware } from "openapi-fetch";
import type { FetchResultLike } from "../../../src/core/errors/index.js";
import { ReplayableRequest } from "../../../src/core/transport/index.js";
import { createTestClient, getProduct } from "../support/core-client-fixture.js";
import { createScriptedFetch, json } from "../support/scripted-fetch.js";

const APP_AUTH = { type: "app", token: "app-token" } as const;

function ownSymbolNames(value: object): string[] {
  return Object.getOwnPropertySymbols(value).map((key) => key.description ?? "");
}

describe("createRawLayer (the core client's api)", () => {
  it("names the request sent in the result, and adds nothing to the response", async () => {
    const scripted = createScriptedFetch(() => json(404, { code: 404, message: "Not found" }));
    const { core } = createTestClient(scripted.fetch, APP_AUTH);
    const result = (await getProduct(core, "shoe")) as FetchResultLike;
    expect(result.request).toEqual({
      method: "GET",
      url: "https://pim.example.com/api/rest/v1/products/shoe",
    });
    expect(ownSymbolNames(result.response).filter((name) => name.startsWith("akeneo"))).toEqual([]);
  });

  it("names the request as a call's own middleware left it", async () => {
    const scripted = createScriptedFetch(() => json(200, { identifier: "shoe" }));
    const { core } = createTestClient(scripted.fetch, APP_AUTH);
    const rewrite: Middleware = {
      onRequest: ({ request }) => new ReplayableRequest(`${request.url}?with=query`, request),
    };
    const result = (await core.api.GET("/api/rest/v1/products/{code}", {
      params: { path: { code: "shoe" } },
      middleware: [rewrite],
    })) as FetchResultLike;
    expect(result.request?.url).toBe(
      "https://pim.example.com/api/rest/v1/products/shoe?with=query",
    );
    expect(result.data).toEqual({ identifier: "shoe" });
  });

  it("runs a call's own middleware after the bearer is attached", async () => {
    const scripted = createScriptedFetch(() => json(200, { identifier: "shoe" }));
    const { core } = createTestClient(scripted.fetch, APP_AUTH);
    const seen: (string | null)[] = [];
    const spy: Middleware = {
      onRequest: ({ request }) => {
        seen.push(request.headers.get("authorization"));
        return undefined;
      },
    };
    await core.api.GET("/api/rest/v1/products/{code}", {
      params: { path: { code: "shoe" } },
      middleware: [spy],
    });
    expect(seen).toEqual(["Bearer app-token"]);
  });

  it("passes use() and eject() to openapi-fetch's client", async () => {
    const scripted = createScriptedFetch(() => json(200, { identifier: "shoe" }));
    const { core } = createTestClient(scripted.fetch, APP_AUTH);
    let calls = 0;
    const counter: Middleware = {
      onResponse: () => {
        calls += 1;
        return undefined;
      },
    };
    core.api.use(counter);
    await getProduct(core);
    core.api.eject(counter);
    await getProduct(core);
    expect(calls).toBe(1);
  });
});
