// A one-file consumer of the public API, as a user writes it: a dozen facade calls.
import { createAkeneoClient, isNotFoundError } from "akeneo-pim-sdk";

const client = createAkeneoClient({
  baseUrl: "https://pim.example.com",
  auth: { type: "app", token: "t" },
});

export async function run(): Promise<number> {
  const product = await client.products.get("shoe-42");
  const page = await client.products.listPerPage({ limit: 10 });
  let count = page.items.length;
  for await (const item of client.products.all()) count += item.identifier.length;
  await client.products.upsert("shoe-42", { identifier: "shoe-42", family: product.family });
  await client.products.create({ identifier: "shoe-43" });
  for await (const line of client.products.upsertList([{ identifier: "a" }])) count += line.index;
  const category = await client.categories.get("shoes");
  for await (const c of client.categories.all()) count += c.code.length;
  const family = await client.families.get(category.code);
  const attribute = await client.attributes.get(family.attribute_as_label);
  const model = await client.productModels.get("model-1");
  await client.productModels.upsert("model-1", { code: model.code });
  const option = await client.attributeOptions.get(attribute.code, "red");
  for await (const channel of client.channels.all()) count += channel.code.length;
  try {
    await client.locales.listPerPage();
  } catch (error) {
    if (isNotFoundError(error)) count += error.status;
  }
  return count + option.code.length;
}
