import { createAkeneoClient } from "../../src/akeneo-client.js";
import { InvalidArgumentError } from "../../src/core/errors/index.js";
import { createScriptedPimFetch } from "./scripted-pim-fetch.js";

function scriptedClient() {
  const scripted = createScriptedPimFetch();
  const client = createAkeneoClient({
    baseUrl: "https://pim.example.com",
    auth: { type: "app", token: "app-token" },
    fetch: scripted.fetch,
    retry: false,
  });
  return { client, seen: scripted.seen };
}

describe("upsertList query parameters", () => {
  it("sends the bulk operation's own query parameters with every batch", async () => {
    const { client, seen } = scriptedClient();
    const items = Array.from({ length: 150 }, (_, i) => ({ identifier: `p-${i}` }));
    await client.products
      .upsertList(items, { query: { create_missing_options: "true" } })
      .collect();
    const batches = seen.filter((request) => request.method === "PATCH");
    expect(batches).toHaveLength(2);
    for (const batch of batches) {
      expect(new URL(batch.url).searchParams.get("create_missing_options")).toBe("true");
    }
  });

  it("refuses a query value that is not a plain value, before any request", () => {
    const { client, seen } = scriptedClient();
    const query = { create_missing_options: { nested: true } } as unknown as {
      create_missing_options: string;
    };
    expect(() => client.products.upsertList([{ identifier: "p" }], { query })).toThrow(
      InvalidArgumentError,
    );
    expect(seen).toHaveLength(0);
  });
});
