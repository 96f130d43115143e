import {
  ASSETS_LIST_PER_PAGE,
  CATALOG_PRODUCTS_LIST_PER_PAGE,
  CATEGORIES_LIST_PER_PAGE,
  FAMILY_VARIANTS_LIST_PER_PAGE,
  PRODUCTS_LIST_PER_PAGE,
  PUBLISHED_PRODUCTS_LIST_PER_PAGE,
  REFERENCE_ENTITY_RECORDS_LIST_PER_PAGE,
} from "../../generated/facade-operations.js";
import { OPERATIONS } from "../../generated/operations.js";
import { AkeneoError } from "../../src/core/errors/index.js";
import {
  CURSOR_PAGING,
  CURSOR_PAGING_WITH_LIMIT,
  OFFSET_PAGING,
  SEARCH_AFTER_PAGING,
} from "../../src/resources/facade/list-methods.js";
import {
  endpointOf,
  operationOf,
  pagingOf,
  pathOf,
  pathParametersOf,
} from "../../src/resources/operation-table.js";

describe("operation table of the facades", () => {
  it("reads a facade method's path template and path parameters from the generated table", () => {
    const operation = OPERATIONS.find((op) => op.facade === "familyVariants.listPerPage");
    expect(pathOf(FAMILY_VARIANTS_LIST_PER_PAGE)).toBe(operation?.path);
    expect(pathParametersOf(FAMILY_VARIANTS_LIST_PER_PAGE)).toEqual(["family_code"]);
    expect(pathOf(PRODUCTS_LIST_PER_PAGE)).toBe("/api/rest/v1/products");
  });

  it("pages offset lists by page, and search_after-capable lists by search_after in all()", () => {
    expect(pagingOf(CATEGORIES_LIST_PER_PAGE)).toBe(OFFSET_PAGING);
    expect(pagingOf(PRODUCTS_LIST_PER_PAGE)).toBe(SEARCH_AFTER_PAGING);
    expect(pagingOf(PUBLISHED_PRODUCTS_LIST_PER_PAGE)).toBe(SEARCH_AFTER_PAGING);
  });

  it("lets the server choose the page size of search_after-only lists without a limit", () => {
    expect(pagingOf(REFERENCE_ENTITY_RECORDS_LIST_PER_PAGE)).toBe(CURSOR_PAGING);
    expect(pagingOf(ASSETS_LIST_PER_PAGE)).toBe(CURSOR_PAGING);
    expect(pagingOf(CATALOG_PRODUCTS_LIST_PER_PAGE)).toBe(CURSOR_PAGING_WITH_LIMIT);
  });

  it("gives a facade method's endpoint function from its own constant", () => {
    const operation = OPERATIONS.find((op) => op.facade === "products.listPerPage");
    expect(endpointOf(PRODUCTS_LIST_PER_PAGE).name).toBe(operation?.functionName);
  });

  it("refuses a facade method the description lacks, naming it", () => {
    const absent = { facadeMethod: "gadgets.get", absent: true } as const;
    expect(() => operationOf(absent)).toThrow(AkeneoError);
    expect(() => pathOf(absent)).toThrow(
      "the API description this SDK was generated from lacks gadgets.get",
    );
  });
});
