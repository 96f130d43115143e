import { OPERATIONS } from "../../generated/operations.js";
import {
  CURSOR_PAGING,
  CURSOR_PAGING_WITH_LIMIT,
  OFFSET_PAGING,
  SEARCH_AFTER_PAGING,
} from "../../src/resources/facade/list-methods.js";
import { pagingOf, pathOf, pathParametersOf } from "../../src/resources/operation-table.js";

describe("operation table of the facades", () => {
  it("reads a facade method's path template and path parameters from the generated table", () => {
    const operation = OPERATIONS.find((op) => op.facade === "familyVariants.listPerPage");
    expect(pathOf("familyVariants.listPerPage")).toBe(operation?.path);
    expect(pathParametersOf("familyVariants.listPerPage")).toEqual(["family_code"]);
    expect(pathOf("products.listPerPage")).toBe("/api/rest/v1/products");
  });

  it("pages offset lists by page, and search_after-capable lists by search_after in all()", () => {
    expect(pagingOf("categories.listPerPage")).toBe(OFFSET_PAGING);
    expect(pagingOf("products.listPerPage")).toBe(SEARCH_AFTER_PAGING);
    expect(pagingOf("publishedProducts.listPerPage")).toBe(SEARCH_AFTER_PAGING);
  });

  it("lets the server choose the page size of search_after-only lists without a limit", () => {
    expect(pagingOf("referenceEntityRecords.listPerPage")).toBe(CURSOR_PAGING);
    expect(pagingOf("assets.listPerPage")).toBe(CURSOR_PAGING);
    expect(pagingOf("catalogProducts.listPerPage")).toBe(CURSOR_PAGING_WITH_LIMIT);
  });
});
