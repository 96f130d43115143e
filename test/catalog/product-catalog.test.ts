import { isProductOfFamily } from "../../src/index.js";

describe("isProductOfFamily", () => {
  it("tells a product of the family from others, with or without a family", () => {
    expect(isProductOfFamily({ family: "shoes" }, "shoes")).toBe(true);
    expect(isProductOfFamily({ family: "tshirts" }, "shoes")).toBe(false);
    expect(isProductOfFamily({ family: null }, "shoes")).toBe(false);
    expect(isProductOfFamily({}, "shoes")).toBe(false);
  });
});
