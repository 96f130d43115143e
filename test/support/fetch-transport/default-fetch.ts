import type { FetchLike } from "../../../src/core/transport/index.js";
import type { DefaultFetchOptions } from "../../../src/node/default-fetch.js";

/**
 * Stands in for `src/node/default-fetch.ts` in jest's `fetch` project, so that the behaviour tests
 * run a second time on the global `fetch` (what other runtimes get).
 */
export function createDefaultFetch(_options: DefaultFetchOptions): FetchLike {
  return (input, init) => fetch(input, init);
}
