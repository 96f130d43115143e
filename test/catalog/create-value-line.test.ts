import {
  ATTRIBUTE_TYPES,
  type AttributeType,
  createValueLine,
  InvalidArgumentError,
  InvalidValueError,
  isAkeneoError,
} from "../../src/index.js";

// One accepted and one refused example per attribute type: every type the SDK knows is covered.
const EXAMPLES: Record<AttributeType, { good: unknown; bad: unknown }> = {
  pim_catalog_identifier: { good: "shoe-42", bad: "" },
  pim_catalog_text: { good: "Rain boot", bad: 42 },
  pim_catalog_textarea: { good: "Warm\nand dry", bad: ["text"] },
  pim_catalog_number: { good: "-12.5000", bad: "12,5" },
  pim_catalog_boolean: { good: false, bad: "false" },
  pim_catalog_date: { good: "2026-12-05T10:00:00+01:00", bad: "05/12/2026" },
  pim_catalog_metric: {
    good: { amount: 1.5, unit: "KILOGRAM" },
    bad: { amount: "heavy", unit: "KILOGRAM" },
  },
  pim_catalog_price_collection: {
    good: [
      { amount: "9.99", currency: "EUR" },
      { amount: null, currency: "USD" },
    ],
    bad: [{ amount: 9.99 }],
  },
  pim_catalog_simpleselect: { good: "red", bad: ["red"] },
  pim_catalog_multiselect: { good: ["red", "blue"], bad: ["red", 3] },
  pim_catalog_file: { good: "a/b/c/d/file.pdf", bad: { code: "a/b" } },
  pim_catalog_image: { good: "a/b/c/d/pic.png", bad: 7 },
  pim_catalog_reference_data_simpleselect: { good: "cotton", bad: true },
  pim_catalog_reference_data_multiselect: { good: ["cotton"], bad: "cotton" },
  akeneo_reference_entity: { good: "acme", bad: ["acme"] },
  akeneo_reference_entity_collection: { good: ["acme", "globex"], bad: [""] },
  pim_catalog_asset_collection: { good: ["packshot_1"], bad: "packshot_1" },
  pim_catalog_table: {
    good: [{ ingredient: "sugar", quantity: 3, bio: true }],
    bad: [{ nested: { a: 1 } }],
  },
  pim_catalog_product_link: {
    good: { type: "product", id: "8c7d0a5e" },
    bad: { type: "category", id: "x" },
  },
};

function refusal(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe("createValueLine", () => {
  it.each(ATTRIBUTE_TYPES)("accepts well-shaped data and null for %s", (type) => {
    const good = EXAMPLES[type].good as never;
    expect(createValueLine(type, good)).toEqual({ scope: null, locale: null, data: good });
    expect(createValueLine(type, null).data).toBeNull();
  });

  it.each(ATTRIBUTE_TYPES)("refuses wrongly shaped data for %s with a typed error", (type) => {
    const error = refusal(() =>
      createValueLine(type, EXAMPLES[type].bad as never, { attribute: "the_attribute" }),
    );
    expect(error).toBeInstanceOf(InvalidValueError);
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect(isAkeneoError(error)).toBe(true);
    expect(error).toMatchObject({ attribute: "the_attribute", attributeType: type });
    expect((error as Error).message).toContain(`"the_attribute" (${type})`);
  });

  it("keeps the scope and locale it is given", () => {
    expect(
      createValueLine("pim_catalog_text", "Bottes", { scope: "ecommerce", locale: "fr_FR" }),
    ).toEqual({ scope: "ecommerce", locale: "fr_FR", data: "Bottes" });
  });

  it("refuses an empty scope or locale, and an unknown attribute type", () => {
    expect(refusal(() => createValueLine("pim_catalog_text", "x", { locale: "" }))).toMatchObject({
      reason: "locale expects a non-empty code or null",
    });
    expect(
      refusal(() => createValueLine("pim_catalog_wysiwyg" as AttributeType, "x")),
    ).toMatchObject({ name: "InvalidValueError", attributeType: "pim_catalog_wysiwyg" });
  });

  it("refuses a date that has the right look but does not exist", () => {
    expect(refusal(() => createValueLine("pim_catalog_date", "2026-13-45"))).toBeInstanceOf(
      InvalidValueError,
    );
  });
});
