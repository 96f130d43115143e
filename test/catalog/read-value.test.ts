import { readValue } from "../../src/index.js";

const values = {
  sku: [{ scope: null, locale: null, data: "shoe-42" }],
  name: [
    { scope: null, locale: "en_US", data: "Rain boot" },
    { scope: null, locale: "fr_FR", data: "Botte de pluie" },
  ],
  description: [
    { scope: "ecommerce", locale: "en_US", data: "Long" },
    { scope: "mobile", locale: "en_US", data: "Short" },
  ],
  color: [{ scope: null, locale: null, data: null }],
};

describe("readValue", () => {
  it("returns the line of the asked locale and channel", () => {
    expect(readValue(values, "name", { locale: "fr_FR" })).toBe("Botte de pluie");
    expect(readValue(values, "description", { scope: "mobile", locale: "en_US" })).toBe("Short");
  });

  it("applies a line without scope or locale to every channel and locale", () => {
    expect(readValue(values, "sku", { scope: "mobile", locale: "de_DE" })).toBe("shoe-42");
    expect(readValue(values, "sku")).toBe("shoe-42");
  });

  it("returns undefined for a missing attribute, locale or channel, and for empty data", () => {
    expect(readValue(values, "name", { locale: "de_DE" })).toBeUndefined();
    expect(readValue(values, "description", { locale: "en_US" })).toBeUndefined();
    expect(readValue(values, "color")).toBeUndefined();
    expect(readValue(undefined as typeof values | undefined, "name")).toBeUndefined();
    expect(readValue({ weight: "not lines" }, "weight")).toBeUndefined();
  });
});
