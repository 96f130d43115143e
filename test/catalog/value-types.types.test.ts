import {
  type AttributeType,
  createValueLine,
  type Product,
  readValue,
  type ValueLine,
  type ValueOf,
} from "../../src/index.js";

// The functions below are checked by `tsc -p test/tsconfig.json` and never run: each
// expected-error line must stay an error, or the type check fails.
function valueShapes(): void {
  const text: ValueOf<"pim_catalog_text"> = "Rain boot";
  const amount: ValueOf<"pim_catalog_number"> = "12.5000";
  const yes: ValueOf<"pim_catalog_boolean"> = true;
  const weight: ValueOf<"pim_catalog_metric"> = { amount: 1.2, unit: "KILOGRAM" };
  const prices: ValueOf<"pim_catalog_price_collection"> = [{ amount: "9.99", currency: "EUR" }];
  const colors: ValueOf<"pim_catalog_multiselect", "red" | "blue"> = ["red", "blue"];
  const records: ValueOf<"akeneo_reference_entity_collection"> = ["acme"];
  const assets: ValueOf<"pim_catalog_asset_collection"> = ["packshot"];
  const rows: ValueOf<"pim_catalog_table"> = [{ ingredient: "sugar", quantity: 3 }];
  const link: ValueOf<"pim_catalog_product_link"> = { type: "product_model", id: "tshirt" };
  void [text, amount, yes, weight, prices, colors, records, assets, rows, link];
  // @ts-expect-error a text value is a string
  const wrongText: ValueOf<"pim_catalog_text"> = 42;
  // @ts-expect-error a metric carries its unit
  const wrongMetric: ValueOf<"pim_catalog_metric"> = { amount: 1 };
  // @ts-expect-error a price collection is an array
  const wrongPrices: ValueOf<"pim_catalog_price_collection"> = { amount: 1, currency: "EUR" };
  // @ts-expect-error "green" is not one of the options given
  const wrongOption: ValueOf<"pim_catalog_simpleselect", "red" | "blue"> = "green";
  // @ts-expect-error a multi-select holds an array of codes
  const wrongMulti: ValueOf<"pim_catalog_multiselect"> = "red";
  // @ts-expect-error a boolean is not the string "true"
  const wrongBoolean: ValueOf<"pim_catalog_boolean"> = "true";
  // @ts-expect-error an unknown attribute type has no value shape
  const unknownType: ValueOf<"pim_catalog_wysiwyg"> | undefined = undefined;
  void [unknownType, wrongText, wrongMetric, wrongPrices, wrongOption, wrongMulti, wrongBoolean];
}

function valueLines(product: Product): void {
  const line: ValueLine<ValueOf<"pim_catalog_metric">, null, null> = createValueLine(
    "pim_catalog_metric",
    { amount: 2, unit: "GRAM" },
  );
  const scoped: ValueLine<string, "ecommerce", "en_US"> = createValueLine(
    "pim_catalog_textarea",
    "Warm and dry",
    { scope: "ecommerce", locale: "en_US" },
  );
  // @ts-expect-error the data of a boolean value cannot be a number
  createValueLine("pim_catalog_boolean", 1);
  // @ts-expect-error a scope is a code or null
  createValueLine("pim_catalog_text", "x", { scope: 3 });
  const type: AttributeType = "pim_catalog_date";
  const name = readValue(product.values, "name", { locale: "en_US" });
  // @ts-expect-error a read value may be absent
  const sure: NonNullable<typeof name> = name;
  void [line, scoped, type, sure];
}

describe("product value types", () => {
  it("are checked by tsc, not at run time", () => {
    expect([valueShapes, valueLines].every((check) => typeof check === "function")).toBe(true);
  });
});
