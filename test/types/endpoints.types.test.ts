import createClient from "openapi-fetch";
import {
  getProduct,
  listProducts,
  type RawClient,
  type SentRequest,
  upsertProduct,
  upsertProducts,
} from "../../generated/endpoints.js";
import type { ErrorBody, Product, paths } from "../../generated/index.js";
import type { AkeneoFetchClient } from "../../src/raw/index.js";

/** Type-level equality: true only when both types accept exactly the same values. */
type Equals<A, B> =
  (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

function assertType<T extends true>(_proof: T): void {}

// Checked by `tsc -p test/tsconfig.json` and never run: each expected error below fails the
// type check as soon as the generated types stop rejecting that call.
function typeCases(client: RawClient, raw: AkeneoFetchClient): void {
  // @ts-expect-error the path parameter `code` is missing
  void getProduct(client, { params: { path: {} } });
  // @ts-expect-error getProduct needs its parameters
  void getProduct(client);
  // @ts-expect-error `limit` is a number, not a string
  void listProducts(client, { params: { query: { limit: "ten" } } });
  // @ts-expect-error `pagination_type` accepts only "page" or "search_after"
  void listProducts(client, { params: { query: { pagination_type: "cursor" } } });
  // @ts-expect-error the typed raw client knows only Akeneo's paths
  void raw.GET("/api/rest/v1/not-an-endpoint");
  // @ts-expect-error the raw layer is opaque until `rawClientOf` types it
  void client.GET("/api/rest/v1/products/{code}");
  // @ts-expect-error a product's identifier is a string
  void upsertProduct(client, { params: { path: { code: "x" } }, body: { identifier: 42 } });
  // @ts-expect-error the bulk upsert takes an array of products, not one product
  void upsertProducts(client, { body: { identifier: "x" } });

  void getProduct(client, { params: { path: { code: "x" } } });
  void listProducts(client);
  void listProducts(client, { params: { query: { limit: 100, with_count: true } } });
  void upsertProduct(client, { params: { path: { code: "x" } }, body: { identifier: "x" } });
  void upsertProducts(client, { body: [{ identifier: "a" }, { identifier: "b" }] });
}

assertType<Equals<Product["identifier"], string>>(true);
assertType<Equals<Product["family"], string | null | undefined>>(true);
assertType<Equals<ErrorBody["code"], number>>(true);

async function answerTypes(client: RawClient): Promise<void> {
  const { data, error } = await getProduct(client, { params: { path: { code: "x" } } });
  if (data !== undefined) assertType<Equals<typeof data.identifier, string>>(true);
  if (error !== undefined) assertType<Equals<typeof error.message, string>>(true);
  const answer = await getProduct(client, { params: { path: { code: "x" } } });
  assertType<Equals<typeof answer.request, SentRequest | undefined>>(true);
  if (answer.error !== undefined) {
    assertType<Equals<typeof answer.renewalFailure, Error | undefined>>(true);
  }
  const page = await listProducts(client);
  const first = page.data?._embedded.items[0];
  if (first !== undefined) assertType<Equals<typeof first.identifier, string>>(true);
}

describe("generated endpoint types", () => {
  it("type-checks the cases above, and a typed call reaches its path", async () => {
    expect(typeof typeCases).toBe("function");
    expect(typeof answerTypes).toBe("function");
    const requests: Request[] = [];
    const client = createClient<paths>({
      baseUrl: "http://pim.invalid",
      fetch: async (request: Request) => {
        requests.push(request);
        return Response.json({ identifier: "shoe/42" });
      },
    });
    const { data } = await getProduct(client, { params: { path: { code: "shoe/42" } } });
    expect(data?.identifier).toBe("shoe/42");
    expect(requests.map((r) => `${r.method} ${r.url}`)).toEqual([
      "GET http://pim.invalid/api/rest/v1/products/shoe%2F42",
    ]);
  });
});
