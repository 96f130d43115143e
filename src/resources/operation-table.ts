import { AkeneoError } from "../core/errors/index.js";
import type { EndpointFunction } from "./facade/endpoint-types.js";
import {
  CURSOR_PAGING,
  CURSOR_PAGING_WITH_LIMIT,
  type ListPaging,
  OFFSET_PAGING,
  SEARCH_AFTER_PAGING,
} from "./facade/list-methods.js";

// Each facade imports the generated constants of its own facade methods (`PRODUCTS_GET`), which
// hold the endpoint function, path, path parameter names and paging, so that a new description
// flows through to them and a bundle keeps only the operations of the facades it builds. A facade
// method the description lacks still has its constant, marked `absent`, and its facade is left
// out of the client (see offered-facades.ts), so it is never built.

/** What a facade method needs to call its operation: the generated constant of a facade method. */
export interface FacadeOperation {
  /** The generated endpoint function it calls. */
  readonly endpoint: EndpointFunction;
  /** The path template (`/api/rest/v1/products/{code}`). */
  readonly path: string;
  /** The path parameter names, in path order. */
  readonly pathParameters: readonly string[];
  /** How the list is paginated (`none` when it is not a paginated list). */
  readonly pagination: string;
  /** Whether the operation takes a `limit`. */
  readonly takesLimit: boolean;
  /** Whether the operation takes query parameters: a method's call options come after them. */
  readonly takesQuery: boolean;
  /** Whether the operation takes a request body: an action's call options come after it. */
  readonly takesBody: boolean;
}

/** The generated constant of a facade method the description the SDK was generated from lacks. */
export interface AbsentFacadeOperation {
  /** The facade method (`catalogs.get`). */
  readonly facadeMethod: string;
  /** Marks the facade method as absent from the description. */
  readonly absent: true;
}

/** The generated constant of a facade method the SDK knows, whether or not the description has it. */
export type KnownFacadeOperation = FacadeOperation | AbsentFacadeOperation;

/** The generated endpoint function a facade method calls; `never` when the description lacks it. */
export type EndpointOf<O> = O extends { readonly endpoint: infer E } ? E : never;

/**
 * The generated endpoint functions of a facade's methods, under the same keys:
 * `{ get: typeof CHANNELS_GET }` gives `{ get: typeof getChannel }`.
 */
export type EndpointsOf<R> = { [K in keyof R]: EndpointOf<R[K]> };

/**
 * Returns the operation of a facade method.
 *
 * @throws {AkeneoError} when the description the SDK was generated from lacks it.
 */
export function operationOf(operation: KnownFacadeOperation): FacadeOperation {
  if ("absent" in operation) {
    throw new AkeneoError(
      `the API description this SDK was generated from lacks ${operation.facadeMethod}`,
    );
  }
  return operation;
}

/** The generated endpoint function a facade method calls, typed as that function. */
export function endpointOf<O extends KnownFacadeOperation>(operation: O): EndpointOf<O> {
  return operationOf(operation).endpoint as EndpointOf<O>;
}

/** The path template of the operation a facade method calls (`/api/rest/v1/products`). */
export function pathOf(operation: KnownFacadeOperation): string {
  return operationOf(operation).path;
}

/** The path parameter names of the operation a facade method calls, in path order. */
export function pathParametersOf(operation: KnownFacadeOperation): readonly string[] {
  return operationOf(operation).pathParameters;
}

/**
 * How the list a facade method reads is paginated: offset pages; offset pages with search_after
 * for `all()`/`pages()` where the list offers both; search_after only, with or without `limit`.
 */
export function pagingOf(operation: KnownFacadeOperation): ListPaging {
  const { pagination, takesLimit } = operationOf(operation);
  switch (pagination) {
    case "page-or-search_after":
      return SEARCH_AFTER_PAGING;
    case "search_after":
      return takesLimit ? CURSOR_PAGING_WITH_LIMIT : CURSOR_PAGING;
    default:
      return OFFSET_PAGING;
  }
}
