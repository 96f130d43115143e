import {
  type AkeneoClient,
  createAkeneoClient,
  isProductOfFamily,
  type Product,
} from "../../src/index.js";
import type { FamilyProduct, PimCatalog } from "./fixtures/sample-catalog.js";

// Checked by `tsc -p test/tsconfig.json` and never run. The fixture is what `akeneo-pim typegen`
// writes for the emulator's sample catalog (test/cli/typegen-command.test.ts keeps it current).
async function typedReads(client: AkeneoClient<PimCatalog>): Promise<void> {
  const product = await client.products.get("shoe-rain-boot");
  if (isProductOfFamily(product, "shoes")) {
    const shoe: FamilyProduct<"shoes"> = product;
    const weight = shoe.values?.weight?.[0]?.data;
    const unit: string | undefined = weight?.unit;
    const color: "black" | "blue" | "green" | "red" | "white" | null | undefined =
      shoe.values?.color?.[0]?.data;
    // @ts-expect-error shoes have no brand attribute
    void shoe.values?.brand;
    void [unit, color];
  }
  // @ts-expect-error without the guard, the family is not known
  const notNarrowed: FamilyProduct<"shoes"> = product;
  for await (const item of client.products.all()) {
    if (isProductOfFamily(item, "tshirts")) void item.values?.brand?.[0]?.data;
  }
  void notNarrowed;
}

async function typedWrites(client: AkeneoClient<PimCatalog>): Promise<void> {
  await client.products
    .upsertList([
      {
        identifier: "boot",
        family: "shoes",
        values: {
          color: [{ scope: null, locale: null, data: "red" }],
          weight: [{ scope: null, locale: null, data: { amount: 2, unit: "KILOGRAM" } }],
          name: [{ scope: null, locale: "fr_FR", data: "Botte" }],
        },
      },
      { identifier: "no-family", values: { stock: [{ scope: null, locale: null, data: 3 }] } },
    ])
    .collect();
  const line = { scope: null, locale: null };
  const upsert = client.products.upsertList;
  // biome-ignore format: each call stays on the line its expected error names
  // @ts-expect-error "purple" is not an option of color
  upsert([{ identifier: "a", family: "shoes", values: { color: [{ ...line, data: "purple" }] } }]);
  // biome-ignore format: each call stays on the line its expected error names
  // @ts-expect-error a metric value needs an object with amount and unit
  upsert([{ identifier: "b", family: "shoes", values: { weight: [{ ...line, data: "heavy" }] } }]);
  // biome-ignore format: each call stays on the line its expected error names
  // @ts-expect-error name is localizable: its locale is a locale code, not null
  upsert([{ identifier: "c", family: "shoes", values: { name: [{ ...line, data: "x" }] } }]);
  // biome-ignore format: each call stays on the line its expected error names
  // @ts-expect-error accessories have no size attribute
  upsert([{ identifier: "d", family: "accessories", values: { size: [{ ...line, data: "m" }] } }]);
}

function untypedStaysAsItWas(): void {
  const client = createAkeneoClient({
    baseUrl: "http://127.0.0.1:1",
    auth: { type: "app", token: "t" },
  });
  const read: Promise<Product> = client.products.get("x");
  const typed = createAkeneoClient<PimCatalog>({
    baseUrl: "http://127.0.0.1:1",
    auth: { type: "app", token: "t" },
  });
  const typedClient: AkeneoClient<PimCatalog> = typed;
  void [read, typedClient];
}

describe("catalog types from typegen", () => {
  it("are checked by tsc, not at run time", () => {
    expect([typedReads, typedWrites, untypedStaysAsItWas].length).toBe(3);
  });
});
