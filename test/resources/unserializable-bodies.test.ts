import { createAkeneoClient, InvalidArgumentError } from "../../src/index.js";
import { createScriptedPimFetch } from "./scripted-pim-fetch.js";

function clientOverScriptedFetch() {
  const scripted = createScriptedPimFetch();
  const client = createAkeneoClient({
    baseUrl: "https://pim.example.com",
    auth: { type: "app", token: "app-token" },
    fetch: scripted.fetch,
    logLevel: "silent",
  });
  return { client, seen: scripted.seen };
}

const cyclic = (): Record<string, unknown> => {
  const product: Record<string, unknown> = { identifier: "shoe" };
  product.self = product;
  return product;
};

describe("bodies without a JSON form", () => {
  it.each([
    ["a cycle", cyclic()],
    ["a BigInt", { identifier: "shoe", values: { weight: 10n } }],
    [
      "a throwing toJSON",
      {
        identifier: "shoe",
        toJSON() {
          throw new Error("no JSON for you");
        },
      },
    ],
  ])("make products.create throw InvalidArgumentError for %s, sending nothing", async (_, item) => {
    const { client, seen } = clientOverScriptedFetch();
    const error = await client.products.create(item as never).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect(seen).toHaveLength(0);
  });

  it("makes upsert and client.endpoints throw InvalidArgumentError too", async () => {
    const { client, seen } = clientOverScriptedFetch();
    await expect(client.products.upsert("shoe", cyclic() as never)).rejects.toBeInstanceOf(
      InvalidArgumentError,
    );
    await expect(client.endpoints.createFamily({ body: cyclic() as never })).rejects.toBeInstanceOf(
      InvalidArgumentError,
    );
    expect(seen).toHaveLength(0);
  });
});
