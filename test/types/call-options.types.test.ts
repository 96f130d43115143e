import type { AkeneoClient } from "../../src/akeneo-client.js";

// Checked by `tsc -p test/tsconfig.json` and never run: where the call options and the bulk
// query sit in each facade method's signature.
async function callOptionPositions(client: AkeneoClient, signal: AbortSignal): Promise<void> {
  await client.products.get("shoe", { with_quality_scores: true }, { signal, timeoutMs: 5_000 });
  await client.families.get("shoes", { signal });
  // @ts-expect-error: families.get takes no query, so its second argument is the call options
  await client.families.get("shoes", { with_attribute_options: true });
  // @ts-expect-error: call options know only signal and timeoutMs
  await client.products.delete("shoe", { retries: 2 });
  await client.products.listPerPage({ limit: 10 }, { timeoutMs: 1_000 });
  for await (const item of client.products.all(undefined, { signal })) void item;
  await client.mediaFiles.download("a/b/c.png", { signal });
  await client.products.upsertList([], { signal, timeoutMs: 10_000 }).collect();
  // @ts-expect-error: products' bulk upsert has no `limit` query parameter
  client.products.upsertList([], { query: { limit: 5 } });
}

describe("facade call options", () => {
  it("type-check in the positions above", () => {
    expect(typeof callOptionPositions).toBe("function");
  });
});
