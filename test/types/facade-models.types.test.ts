import type { AkeneoClient } from "../../src/akeneo-client.js";
import type {
  Attribute,
  AttributeOption,
  AttributeOptionWrite,
  AttributeWrite,
  Category,
  CategoryWrite,
  Channel,
  ChannelWrite,
  Family,
  FamilyWrite,
  Product,
  ProductModel,
  ProductModelWrite,
  ProductUuid,
  ProductUuidWrite,
  ProductWrite,
} from "../../src/index.js";

// Checked by `tsc -p test/tsconfig.json` and never run: users annotate their own code with the
// exported names, so what a facade returns or yields must fit the read type, and the write type
// (or what was read) must fit what create, upsert and upsertList take.
async function products(client: AkeneoClient, write: ProductWrite): Promise<void> {
  const one: Product = await client.products.get("shoe");
  const all: Product[] = [];
  for await (const item of client.products.all()) all.push(item);
  const page: readonly Product[] = (await client.products.listPerPage()).items;
  await client.products.create(write);
  await client.products.upsert("shoe", write);
  await client.products.upsertList([write]).collect();
  // What was read can be sent back: Akeneo ignores the read-only properties.
  await client.products.upsertList(all).collect();
  await client.products.upsert("shoe", one);
  void page;
  // @ts-expect-error `created` is read-only: a new product literal cannot set it
  await client.products.create({ identifier: "shoe", created: "2024-01-01" });
  // @ts-expect-error a category is not a product
  const wrong: Category = await client.products.get("shoe");
  void wrong;
  const categoryWrite: CategoryWrite = { code: "shoes" };
  // @ts-expect-error a category write type is not a product
  await client.products.create(categoryWrite);
}

async function uuidProducts(client: AkeneoClient, write: ProductUuidWrite): Promise<void> {
  const one: ProductUuid = await client.uuidProducts.get("0b8f8a47-5a3b-4f6a-9b9d-111111111111");
  const all: ProductUuid[] = [];
  for await (const item of client.uuidProducts.all()) all.push(item);
  await client.uuidProducts.create(write);
  await client.uuidProducts.upsertList([write, one]).collect();
}

async function productModels(client: AkeneoClient, write: ProductModelWrite): Promise<void> {
  const one: ProductModel = await client.productModels.get("model");
  const all: ProductModel[] = [];
  for await (const item of client.productModels.all()) all.push(item);
  await client.productModels.create(write);
  await client.productModels.upsert("model", write);
  await client.productModels.upsertList([write, one]).collect();
  // @ts-expect-error a product model is not a product
  const wrong: Product = one;
  void wrong;
}

// Akeneo's description writes a category's `values` as a map in answers and as a list in request
// bodies, so `CategoryWrite` (the schema's write side) does not fit the bodies; only reads are pinned.
async function categories(client: AkeneoClient): Promise<void> {
  const one: Category = await client.categories.get("shoes");
  const all: Category[] = [one];
  for await (const item of client.categories.all()) all.push(item);
  // @ts-expect-error `updated` is read-only
  await client.categories.create({ code: "shoes", updated: "2024-01-01" });
}

async function attributes(
  client: AkeneoClient,
  write: AttributeWrite,
  option: AttributeOptionWrite,
): Promise<void> {
  const one: Attribute = await client.attributes.get("color");
  // The description's list answer and batch body allow one attribute type ("pim_catalog_table")
  // that the Attribute schema lacks, so list items and `one` are not pinned against them.
  await client.attributes.create(write);
  await client.attributes.upsertList([write]).collect();
  void one;
  const red: AttributeOption = await client.attributeOptions.get("color", "red");
  await client.attributeOptions.create("color", option);
  await client.attributeOptions.upsertList("color", [option, red]).collect();
  // @ts-expect-error an attribute needs its type
  await client.attributes.create({ code: "color" });
}

async function familiesAndChannels(
  client: AkeneoClient,
  family: FamilyWrite,
  channel: ChannelWrite,
): Promise<void> {
  const shoes: Family = await client.families.get("shoes");
  await client.families.upsertList([family, shoes]).collect();
  const web: Channel = await client.channels.get("web");
  await client.channels.upsertList([channel, web]).collect();
}

describe("facade values and the exported named types", () => {
  it("type-check in both directions (see the cases above)", () => {
    const cases = [
      products,
      uuidProducts,
      productModels,
      categories,
      attributes,
      familiesAndChannels,
    ];
    expect(cases.every((c) => typeof c === "function")).toBe(true);
  });
});
