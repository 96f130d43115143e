import type { AkeneoClient } from "../../src/akeneo-client.js";
import type {
  AttributeOption,
  Category,
  FamilyVariant,
  PhpPage,
  PhpUpsertLine,
  Product,
  ProductUuid,
} from "../../src/index.js";
import { InvalidArgumentError, SearchBuilder } from "../../src/index.js";

// Checked by `tsc -p test/tsconfig.json` and never run: the PHP accessors take the PHP client's
// arguments in its order, with its defaults, and answer its return values.
async function products(client: AkeneoClient): Promise<void> {
  const api = client.getProductApi();
  const one: Product = await api.get("top", { with_quality_scores: true });
  const page: PhpPage<Product> = await api.listPerPage(10, true, {
    search: { family: [{ operator: "IN", value: ["tshirt"] }] },
  });
  const items: Product[] = page.getItems();
  const count: number | null = page.getCount();
  const next: PhpPage<Product> | null = await page.getNextPage();
  const link: string | null = page.getNextLink();
  await api.listPerPage();
  for await (const product of api.all(50, {
    search: '{"enabled":[{"operator":"=","value":true}]}',
  })) {
    const identifier: string | undefined = product.identifier;
    void identifier;
  }
  const created: 201 = await api.create("top", { family: "tshirt" });
  const status: 201 | 204 = await api.upsert("top", { family: "tshirt" });
  const asyncStatus: 201 | 204 = await api.upsertAsync("top");
  const deleted: 204 = await api.delete("top");
  for await (const line of api.upsertList([{ identifier: "a" }, { identifier: "b" }])) {
    const result: PhpUpsertLine<"identifier"> = line;
    const id: string = line.identifier;
    const code: number = line.status_code;
    void [result, id, code];
  }
  // @ts-expect-error create takes the code first, then the data (not one item)
  await api.create({ identifier: "top" });
  // @ts-expect-error the code goes in the first argument, not in the data
  await api.create("top", { identifier: "top" });
  // @ts-expect-error limit is a number, not an options object
  await api.listPerPage({ limit: 10 });
  // @ts-expect-error limit has its own argument
  await api.listPerPage(10, false, { limit: 10 });
  // @ts-expect-error with_count has its own argument
  api.all(100, { with_count: true });
  void [one, items, count, next, link, created, status, asyncStatus, deleted];
}

async function uuidProducts(client: AkeneoClient): Promise<void> {
  const api = client.getProductUuidApi();
  const one: ProductUuid = await api.get("0b8e1f5c-7d4a-4a5e-9e0f-1a2b3c4d5e6f");
  await api.create("0b8e1f5c-7d4a-4a5e-9e0f-1a2b3c4d5e6f", { family: "tshirt" });
  // @ts-expect-error the uuid is the first argument
  await api.create("0b8e1f5c-7d4a-4a5e-9e0f-1a2b3c4d5e6f", { uuid: "x" });
  void one;
}

async function nested(client: AkeneoClient): Promise<void> {
  const option: AttributeOption = await client.getAttributeOptionApi().get("color", "red");
  const status: 201 = await client.getAttributeOptionApi().create("color", "red", {
    labels: { en_US: "Red" },
  });
  const options: AsyncIterable<AttributeOption> = client.getAttributeOptionApi().all("color");
  const variant: FamilyVariant = await client.getFamilyVariantApi().get("shoes", "by_size");
  const page = await client.getFamilyVariantApi().listPerPage("shoes", 10, true);
  // @ts-expect-error the attribute code comes first
  await client.getAttributeOptionApi().get("red");
  // @ts-expect-error the family code comes first, then the page size
  client.getFamilyVariantApi().all(10);
  const records: PhpUpsertLine[] = await client
    .getReferenceEntityRecordApi()
    .upsertList("brand", [{ code: "acme", values: {} }]);
  // @ts-expect-error records are listed without a page size argument
  client.getReferenceEntityRecordApi().all("brand", 10);
  const deleted: 204 = await client.getAssetManagerApi().delete("packshots", "photo-1");
  void [option, status, options, variant, page, records, deleted];
}

async function categories(client: AkeneoClient): Promise<void> {
  const api = client.getCategoryApi();
  const master: Category = await api.get("master");
  await api.create("winter", { parent: "master" });
  // @ts-expect-error categories cannot be deleted through the PHP client
  await api.delete("winter");
  void master;
}

async function media(client: AkeneoClient, blob: Blob): Promise<void> {
  const code: string = await client
    .getProductMediaFileApi()
    .create("./boot.png", { identifier: "top", attribute: "picture", scope: null, locale: null });
  await client
    .getProductMediaFileApi()
    .create(blob, { code: "model", attribute: "picture", type: "product_model" });
  const response: Response = await client.getProductMediaFileApi().download(code);
  const assetCode: string = await client.getAssetMediaFileApi().create(blob);
  // @ts-expect-error a product media upload names its product value
  await client.getProductMediaFileApi().create(blob);
  void [response, assetCode];
}

async function drafts(client: AkeneoClient): Promise<void> {
  const submitted: 201 = await client.getProductDraftApi().submitForApproval("top");
  void submitted;
}

function search(): void {
  const builder = new SearchBuilder();
  builder
    .addFilter("family", "IN", ["tshirt"])
    .addFilter("completeness", ">", 70, { scope: "ecommerce" })
    .addFilter("description", "EMPTY", null, { scope: "ecommerce", locale: "en_US" })
    .addFilter("name", "EMPTY");
  const filters = builder.getFilters();
  // @ts-expect-error IN takes a list
  builder.addFilter("family", "IN", "tshirt");
  // @ts-expect-error not one of the 29 operators
  builder.addFilter("family", "LIKE", "t%");
  // @ts-expect-error BETWEEN takes a pair
  builder.addFilter("updated", "BETWEEN", "2024-01-01");
  void filters;
}

describe("PHP accessor signatures", () => {
  it("type-check (see the cases above); the run-time checks agree with the types", () => {
    const cases = [products, uuidProducts, nested, categories, media, drafts];
    expect(cases.every((c) => typeof c === "function")).toBe(true);
    // The first refused call of search() (IN with a string) is refused at run time too.
    expect(search).toThrow(InvalidArgumentError);
  });
});
