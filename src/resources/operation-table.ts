import {
  type AbsentFacadeMethod,
  FACADE_ENDPOINTS,
  FACADE_OPERATIONS,
  type FacadeMethodName,
} from "../../generated/facade-operations.js";
import { AkeneoError } from "../core/errors/index.js";
import type { EndpointFunction } from "./facade/endpoint-types.js";
import {
  CURSOR_PAGING,
  CURSOR_PAGING_WITH_LIMIT,
  type ListPaging,
  OFFSET_PAGING,
  SEARCH_AFTER_PAGING,
} from "./facade/list-methods.js";

// The facades take their endpoint functions, paths, path parameter names and paging from the
// generated table, keyed by facade method, so that a new description flows through to them. A
// facade method the description lacks still names a known method here (the naming map keeps it),
// and its facade is left out of the client (see offered-facades.ts), so it is never built.

/** A facade method the SDK knows, whether or not the description it was generated from has it. */
export type KnownFacadeMethod = FacadeMethodName | AbsentFacadeMethod;

/** The generated endpoint function a facade method calls; `never` when the description lacks it. */
export type EndpointOf<M extends KnownFacadeMethod> = M extends FacadeMethodName
  ? (typeof FACADE_ENDPOINTS)[M]
  : never;

/**
 * The generated endpoint functions of a facade's methods, under the same keys:
 * `{ get: "channels.get" }` gives `{ get: typeof getChannel }`.
 */
export type EndpointsOf<R> = {
  [K in keyof R]: R[K] extends KnownFacadeMethod ? EndpointOf<R[K]> : never;
};

interface FacadeOperation {
  readonly path: string;
  readonly pathParameters: readonly string[];
  readonly pagination: string;
  readonly takesLimit: boolean;
}

function operationOf(method: KnownFacadeMethod): FacadeOperation {
  const operation = (FACADE_OPERATIONS as Readonly<Record<string, FacadeOperation>>)[method];
  if (operation === undefined) {
    throw new AkeneoError(`the API description this SDK was generated from lacks ${method}`);
  }
  return operation;
}

/** The generated endpoint function a facade method calls. */
export function endpointOf<M extends KnownFacadeMethod>(method: M): EndpointOf<M> {
  operationOf(method);
  return (FACADE_ENDPOINTS as Readonly<Record<string, unknown>>)[method] as EndpointOf<M>;
}

/**
 * The generated endpoint function a facade method calls, typed as any endpoint function: the form
 * the method builders take when the facade method is a type parameter.
 */
export function endpointFunctionOf(method: KnownFacadeMethod): EndpointFunction {
  return endpointOf(method);
}

/** The path template of the operation a facade method calls (`/api/rest/v1/products`). */
export function pathOf(method: KnownFacadeMethod): string {
  return operationOf(method).path;
}

/** The path parameter names of the operation a facade method calls, in path order. */
export function pathParametersOf(method: KnownFacadeMethod): readonly string[] {
  return operationOf(method).pathParameters;
}

/**
 * How the list a facade method reads is paginated: offset pages; offset pages with search_after
 * for `all()`/`pages()` where the list offers both; search_after only, with or without `limit`.
 */
export function pagingOf(method: KnownFacadeMethod): ListPaging {
  const operation = operationOf(method);
  switch (operation.pagination) {
    case "page-or-search_after":
      return SEARCH_AFTER_PAGING;
    case "search_after":
      return operation.takesLimit ? CURSOR_PAGING_WITH_LIMIT : CURSOR_PAGING;
    default:
      return OFFSET_PAGING;
  }
}
