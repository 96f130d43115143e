import { InvalidArgumentError } from "../../core/errors/index.js";
import type { SearchBuilder } from "./search-builder.js";
import type { SearchFilter } from "./search-filter.js";
import { validateSearchFilter } from "./validate-search-filter.js";

/** What list methods accept as `search`: a builder, a plain filter, or its JSON text. */
export type SearchInput = SearchBuilder | SearchFilter | string;

/**
 * Returns the `search` query value: the filter's JSON text, produced once.
 *
 * A string is taken as already serialized JSON: it is checked and returned unchanged, never
 * encoded a second time.
 *
 * @throws InvalidArgumentError when the filter (or the string's JSON) is not a valid filter.
 */
export function serializeSearch(search: SearchInput): string {
  if (typeof search === "string") {
    validateSearchFilter(parseSearchText(search));
    return search;
  }
  const filter = isSearchBuilder(search) ? search.build() : search;
  validateSearchFilter(filter);
  return JSON.stringify(filter);
}

// A builder is told from a plain filter by its `build` method (a filter's members are arrays), not
// by `instanceof`: a bundle that never builds a search then leaves the builder class out, and a
// builder from another copy of the package is still read.
function isSearchBuilder(search: SearchBuilder | SearchFilter): search is SearchBuilder {
  return typeof (search as { build?: unknown }).build === "function";
}

function parseSearchText(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (cause) {
    throw new InvalidArgumentError("search is a string but not a JSON filter", { cause });
  }
}
