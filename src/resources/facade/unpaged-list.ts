import { requireListArray } from "../pagination/index.js";
import type { DataOf, EndpointFunction, InitOf, ItemOf } from "./endpoint-types.js";
import { callEndpoint, type ResourceContext } from "./resource-context.js";

/**
 * Fetches a list that Akeneo answers in one piece (no pagination) and returns its items.
 *
 * @param listPath The list's path, named in errors.
 * @throws {AkeneoApiError} the subclass matching a non-2xx status.
 * @throws {InvalidPageError} when the answer is not an array.
 */
export async function fetchWholeList<F extends EndpointFunction>(
  context: ResourceContext,
  endpoint: F,
  init: InitOf<F>,
  listPath: string,
): Promise<ItemOf<F>[]> {
  const data: DataOf<F> | undefined = await callEndpoint(context, endpoint, init);
  return requireListArray<ItemOf<F>>(data, listPath);
}

/**
 * Iterates a list answered in one piece; nothing is fetched before the loop starts.
 *
 * @example
 * for await (const family of iterateWholeList(() => load())) …
 */
export function iterateWholeList<T>(load: () => Promise<readonly T[]>): AsyncIterable<T> {
  return {
    [Symbol.asyncIterator]: async function* () {
      yield* await load();
    },
  };
}
