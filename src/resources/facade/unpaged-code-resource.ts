import type { EndpointFunction } from "./endpoint-types.js";
import { buildGet, buildUnpagedListMethods, buildUpsert } from "./method-builders.js";
import type {
  AllUnpagedMethod,
  GetMethod,
  ListUnpagedMethod,
  UpsertMethod,
} from "./method-types.js";
import type { ResourceContext } from "./resource-context.js";

type Codes = readonly string[];

/** The generated endpoint functions of a resource Akeneo lists in one piece. */
export interface UnpagedCodeEndpoints {
  get: EndpointFunction;
  list: EndpointFunction;
  upsert: EndpointFunction;
}

/**
 * The methods of a resource addressed by code under its parents, listed in one piece (the
 * attributes and attribute options of asset families and reference entities). `Parent` lists
 * the parent codes every method takes first.
 */
export interface UnpagedCodeResource<E extends UnpagedCodeEndpoints, Parent extends Codes> {
  /** Returns the resource with this code. */
  get: GetMethod<E["get"], [...Parent, code: string]>;
  /** Returns every item of the list (one request). */
  list: ListUnpagedMethod<E["list"], Parent>;
  /** Iterates every item of the list (one request, made when the loop starts). */
  all: AllUnpagedMethod<E["list"], Parent>;
  /** Creates or updates the resource with this code. */
  upsert: UpsertMethod<E["upsert"], [...Parent, code: string]>;
}

/** Builds the methods of a resource listed in one piece, under the path parameters `parentNames`. */
export function buildUnpagedCodeResource<E extends UnpagedCodeEndpoints, Parent extends Codes>(
  context: ResourceContext,
  endpoints: E,
  parentNames: readonly string[],
): UnpagedCodeResource<E, Parent> {
  const byCode = [...parentNames, "code"];
  return {
    get: buildGet(context, endpoints.get, byCode),
    ...buildUnpagedListMethods(context, endpoints.list, parentNames),
    upsert: buildUpsert(context, endpoints.upsert, byCode),
  };
}
