import type { EndpointsOf, KnownFacadeOperation } from "../operation-table.js";
import { codeField } from "./bulk-methods.js";
import type { EndpointFunction } from "./endpoint-types.js";
import {
  buildCreate,
  buildGet,
  buildListMethods,
  buildUpsert,
  buildUpsertList,
} from "./method-builders.js";
import type {
  AllMethod,
  CreateMethod,
  GetMethod,
  ListPerPageMethod,
  PagesMethod,
  UpsertListMethod,
  UpsertMethod,
} from "./method-types.js";
import type { ResourceContext } from "./resource-context.js";

// Many of Akeneo's resources are addressed by one code under a collection, optionally nested under
// parent codes, and offer the same calls. Their facades differ only in the facade methods they
// name in the operation table (which gives the endpoint functions, paths, path parameter names
// and paging) and, in the types, the labels of the codes; this module serves them all.

type Codes = readonly string[];

/** The generated endpoint functions of a paginated resource that is read by code. */
export interface ReadableCodeEndpoints {
  get: EndpointFunction;
  list: EndpointFunction;
}

/** The generated endpoint functions of a paginated resource that is also upserted by code. */
export interface PagedCodeEndpoints extends ReadableCodeEndpoints {
  upsert: EndpointFunction;
}

/** The generated endpoint functions of a resource that also offers `create` and a bulk upsert. */
export interface CodeEndpoints extends PagedCodeEndpoints {
  create: EndpointFunction;
  upsertList: EndpointFunction;
}

/**
 * The read methods of a paginated resource addressed by code. `Parent` lists the codes of the
 * parents, taken first by every method; `Key` names the resource's own code.
 */
export interface ReadableCodeResource<
  E extends ReadableCodeEndpoints,
  Parent extends Codes = [],
  Key extends Codes = [code: string],
> {
  /** Returns the resource with this code. */
  get: GetMethod<E["get"], [...Parent, ...Key]>;
  /** Returns one page of the list; move on with `getNextPage()`. */
  listPerPage: ListPerPageMethod<E["list"], Parent>;
  /** Iterates every item of the list, reading one page ahead (two pages in memory at most). */
  all: AllMethod<E["list"], Parent>;
  /** Iterates the pages of the list; each page carries a resumable `cursor`. */
  pages: PagesMethod<E["list"], Parent>;
}

/** The methods of a paginated resource that is read and upserted by code. */
export interface PagedCodeResource<
  E extends PagedCodeEndpoints,
  Parent extends Codes = [],
  Key extends Codes = [code: string],
> extends ReadableCodeResource<E, Parent, Key> {
  /** Creates or updates the resource with this code. */
  upsert: UpsertMethod<E["upsert"], [...Parent, ...Key]>;
}

/** The methods of a resource addressed by code that can also be created and upserted in bulk. */
export interface CodeResource<
  E extends CodeEndpoints,
  Parent extends Codes = [],
  Key extends Codes = [code: string],
> extends PagedCodeResource<E, Parent, Key> {
  /** Creates a resource; answers its code and `Location`. */
  create: CreateMethod<E["create"], Parent>;
  /** Upserts many resources in NDJSON batches of at most 100. */
  upsertList: UpsertListMethod<E["upsertList"], Parent>;
}

/** The facade methods of a paginated resource that is read by code, by role. */
export interface ReadableCodeMethods {
  readonly get: KnownFacadeOperation;
  readonly list: KnownFacadeOperation;
}

/** The facade methods of a paginated resource that is also upserted by code, by role. */
export interface PagedCodeMethods extends ReadableCodeMethods {
  readonly upsert: KnownFacadeOperation;
}

/** The facade methods of a resource that also offers `create` and a bulk upsert, by role. */
export interface CodeMethods extends PagedCodeMethods {
  readonly create: KnownFacadeOperation;
  readonly upsertList: KnownFacadeOperation;
}

/** How the items sent to `create` and `upsertList` name their code. */
export interface CodeResourceShape {
  /** Reads the code of an item sent to `create` or `upsertList`. @default codeField */
  codeOf?: (item: unknown) => string | undefined;
}

/** Builds `get` and the paginated list methods of a resource addressed by code. */
export function buildReadableCodeResource<
  M extends ReadableCodeMethods,
  Parent extends Codes = [],
  Key extends Codes = [code: string],
>(context: ResourceContext, methods: M): ReadableCodeResource<EndpointsOf<M>, Parent, Key> {
  return {
    get: buildGet(context, methods.get),
    ...buildListMethods(context, methods.list),
  };
}

/** Builds `get`, the paginated list methods and `upsert` of a resource addressed by code. */
export function buildPagedCodeResource<
  M extends PagedCodeMethods,
  Parent extends Codes = [],
  Key extends Codes = [code: string],
>(context: ResourceContext, methods: M): PagedCodeResource<EndpointsOf<M>, Parent, Key> {
  return {
    ...buildReadableCodeResource<M, Parent, Key>(context, methods),
    upsert: buildUpsert(context, methods.upsert),
  };
}

/** Builds every method of a resource addressed by code, `create` and `upsertList` included. */
export function buildCodeResource<
  M extends CodeMethods,
  Parent extends Codes = [],
  Key extends Codes = [code: string],
>(
  context: ResourceContext,
  methods: M,
  shape: CodeResourceShape = {},
): CodeResource<EndpointsOf<M>, Parent, Key> {
  const codeOf = shape.codeOf ?? codeField;
  const { create, upsertList } = methods;
  return {
    ...buildPagedCodeResource<M, Parent, Key>(context, methods),
    create: buildCreate(context, create, codeOf),
    upsertList: buildUpsertList(context, upsertList, "ndjson", codeOf),
  };
}
