import { compareCodePoints } from "../../../scripts/generate/compare-code-points.js";

describe("compareCodePoints", () => {
  it("orders by code point, capitals before small letters, whatever the locale says", () => {
    expect(["b", "B", "a", "_x", "A"].sort(compareCodePoints)).toEqual(["A", "B", "_x", "a", "b"]);
    expect(compareCodePoints("same", "same")).toBe(0);
  });
});
