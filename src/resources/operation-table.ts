import { FACADE_OPERATIONS, type FacadeMethodName } from "../../generated/facade-operations.js";
import {
  CURSOR_PAGING,
  CURSOR_PAGING_WITH_LIMIT,
  type ListPaging,
  OFFSET_PAGING,
  SEARCH_AFTER_PAGING,
} from "./facade/list-methods.js";

// The facades take their paths, path parameter names and paging from the generated table, so
// that a new description flows through to them; a facade method whose operation the description
// lost no longer compiles here.

/** The path template of the operation a facade method calls (`/api/rest/v1/products`). */
export function pathOf(method: FacadeMethodName): string {
  return FACADE_OPERATIONS[method].path;
}

/** The path parameter names of the operation a facade method calls, in path order. */
export function pathParametersOf(method: FacadeMethodName): readonly string[] {
  return FACADE_OPERATIONS[method].pathParameters;
}

/**
 * How the list a facade method reads is paginated: offset pages; offset pages with search_after
 * for `all()`/`pages()` where the list offers both; search_after only, with or without `limit`.
 */
export function pagingOf(method: FacadeMethodName): ListPaging {
  const operation = FACADE_OPERATIONS[method];
  const queryParameters: readonly string[] = operation.queryParameters;
  switch (operation.pagination) {
    case "page-or-search_after":
      return SEARCH_AFTER_PAGING;
    case "search_after":
      return queryParameters.includes("limit") ? CURSOR_PAGING_WITH_LIMIT : CURSOR_PAGING;
    default:
      return OFFSET_PAGING;
  }
}
