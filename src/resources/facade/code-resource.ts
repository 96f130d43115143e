import { codeField } from "./bulk-methods.js";
import type { EndpointFunction } from "./endpoint-types.js";
import { type ListPaging, OFFSET_PAGING } from "./list-methods.js";
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
// parent codes, and offer the same calls. Their facades differ only in the endpoint functions,
// the collection path and, in the types, the labels of the codes; this module serves them all.

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
  /** Iterates every item of the list, one page in memory at a time. */
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

/** Where a resource sits under its collection path, and how it is paged and identified. */
export interface CodeResourceShape {
  /** Path parameters of the parent codes, in order. @default [] */
  parentNames?: readonly string[];
  /** Path parameter of the resource's own code. @default "code" */
  keyName?: string;
  /** How the list is paginated. @default OFFSET_PAGING */
  paging?: ListPaging;
  /** Reads the code of an item sent to `create` or `upsertList`. @default codeField */
  codeOf?: (item: unknown) => string | undefined;
}

/** Builds `get` and the paginated list methods of a resource addressed by code. */
export function buildReadableCodeResource<
  E extends ReadableCodeEndpoints,
  Parent extends Codes = [],
  Key extends Codes = [code: string],
>(
  context: ResourceContext,
  endpoints: E,
  collectionPath: string,
  shape: CodeResourceShape = {},
): ReadableCodeResource<E, Parent, Key> {
  const parentNames = shape.parentNames ?? [];
  const paging = shape.paging ?? OFFSET_PAGING;
  return {
    get: buildGet(context, endpoints.get, codesOf(shape)),
    ...buildListMethods(context, endpoints.list, collectionPath, parentNames, paging),
  };
}

/** Builds `get`, the paginated list methods and `upsert` of a resource addressed by code. */
export function buildPagedCodeResource<
  E extends PagedCodeEndpoints,
  Parent extends Codes = [],
  Key extends Codes = [code: string],
>(
  context: ResourceContext,
  endpoints: E,
  collectionPath: string,
  shape: CodeResourceShape = {},
): PagedCodeResource<E, Parent, Key> {
  return {
    ...buildReadableCodeResource<E, Parent, Key>(context, endpoints, collectionPath, shape),
    upsert: buildUpsert(context, endpoints.upsert, codesOf(shape)),
  };
}

/** Builds every method of a resource addressed by code, `create` and `upsertList` included. */
export function buildCodeResource<
  E extends CodeEndpoints,
  Parent extends Codes = [],
  Key extends Codes = [code: string],
>(
  context: ResourceContext,
  endpoints: E,
  collectionPath: string,
  shape: CodeResourceShape = {},
): CodeResource<E, Parent, Key> {
  const parentNames = shape.parentNames ?? [];
  const codeOf = shape.codeOf ?? codeField;
  return {
    ...buildPagedCodeResource<E, Parent, Key>(context, endpoints, collectionPath, shape),
    create: buildCreate(context, endpoints.create, collectionPath, parentNames, codeOf),
    upsertList: buildUpsertList(context, endpoints.upsertList, parentNames, "ndjson", codeOf),
  };
}

function codesOf(shape: CodeResourceShape): string[] {
  return [...(shape.parentNames ?? []), shape.keyName ?? "code"];
}
