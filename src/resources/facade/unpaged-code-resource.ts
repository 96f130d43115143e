import type { EndpointsOf, KnownFacadeOperation } from "../operation-table.js";
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

/** The facade methods of a resource Akeneo lists in one piece, by role. */
export interface UnpagedCodeMethods {
  readonly get: KnownFacadeOperation;
  readonly list: KnownFacadeOperation;
  readonly upsert: KnownFacadeOperation;
}

/** Builds the methods of a resource listed in one piece. */
export function buildUnpagedCodeResource<M extends UnpagedCodeMethods, Parent extends Codes>(
  context: ResourceContext,
  methods: M,
): UnpagedCodeResource<EndpointsOf<M>, Parent> {
  const { get, list, upsert } = methods;
  return {
    get: buildGet(context, get),
    ...buildUnpagedListMethods(context, list),
    upsert: buildUpsert(context, upsert),
  };
}
