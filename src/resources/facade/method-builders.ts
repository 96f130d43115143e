import { serializePath } from "../../core/paths/index.js";
import type { BatchAnswerStyle } from "../bulk/index.js";
import { type UpsertListCallOptions, upsertInBatches } from "./bulk-methods.js";
import { requireCode, requireObject } from "./check-arguments.js";
import type { EndpointFunction } from "./endpoint-types.js";
import { allItems, allPages, bindList, firstPage, type ListPaging } from "./list-methods.js";
import type { IterateOptions, ListOptions } from "./list-options.js";
import {
  callEndpoint,
  callEndpointForAnswer,
  callEndpointForObject,
  type ResourceContext,
} from "./resource-context.js";
import { describeEndpointPath, fetchWholeList, iterateWholeList } from "./unpaged-list.js";
import { readCreatedResource, readUpsertOutcome } from "./write-outcomes.js";

// The builders below turn a generated endpoint function into a facade method whose first
// arguments are the path parameters named in `pathNames`, in order. Each method checks those
// codes (and the item) before any request, calls the function, unwraps, and maps the answer.
// The facades give every method its precise type (see method-types.ts).

type Method = (...args: never[]) => unknown;

/**
 * Builds `get(...codes, query?)`, answering one resource: an answer that is not a JSON object is
 * an `InvalidResponseError`, unless `shape` is `"any"` (an answer Akeneo does not describe).
 */
export function buildGet<M extends Method>(
  context: ResourceContext,
  endpoint: EndpointFunction,
  pathNames: readonly string[],
  shape: "object" | "any" = "object",
): M {
  const call = shape === "object" ? callEndpointForObject : callEndpoint;
  return (async (...args: unknown[]) => {
    const path = readCodes(pathNames, args);
    const query = args[pathNames.length];
    return call(context, endpoint, { params: { path, query } } as never);
  }) as unknown as M;
}

/** Builds `create(...parentCodes, item, query?)` answering the new code and `Location`. */
export function buildCreate<M extends Method>(
  context: ResourceContext,
  endpoint: EndpointFunction,
  collectionTemplate: string,
  pathNames: readonly string[],
  codeOf: (item: unknown) => string | undefined,
): M {
  return (async (...args: unknown[]) => {
    const { path, item, response } = await sendItem(context, endpoint, pathNames, args);
    const collectionPath = serializePath(collectionTemplate, path);
    return readCreatedResource(response, collectionPath, codeOf(item));
  }) as unknown as M;
}

/** Builds `upsert(...codes, item, query?)` answering `created` or `updated`. */
export function buildUpsert<M extends Method>(
  context: ResourceContext,
  endpoint: EndpointFunction,
  pathNames: readonly string[],
): M {
  return (async (...args: unknown[]) => {
    const { response } = await sendItem(context, endpoint, pathNames, args);
    return readUpsertOutcome(response);
  }) as unknown as M;
}

/** Builds a method sending `(...codes, body?)` and answering the server's data, if any. */
export function buildAction<M extends Method>(
  context: ResourceContext,
  endpoint: EndpointFunction,
  pathNames: readonly string[],
  bodyRequired: boolean,
): M {
  return (async (...args: unknown[]) => {
    const path = readCodes(pathNames, args);
    const body = args[pathNames.length];
    if (bodyRequired || body !== undefined) requireObject("body", body);
    return callEndpoint(context, endpoint, { params: { path }, body } as never);
  }) as unknown as M;
}

/** Builds `delete(...codes)`. */
export function buildDelete<M extends Method>(
  context: ResourceContext,
  endpoint: EndpointFunction,
  pathNames: readonly string[],
): M {
  return (async (...args: unknown[]) => {
    const path = readCodes(pathNames, args);
    await callEndpoint(context, endpoint, { params: { path } } as never);
  }) as unknown as M;
}

/** The paginated list methods of one list endpoint. */
export interface ListMethodSet<L, A, P> {
  listPerPage: L;
  all: A;
  pages: P;
}

/** Builds `listPerPage`, `all` and `pages` for a paginated list endpoint. */
export function buildListMethods<L extends Method, A extends Method, P extends Method>(
  context: ResourceContext,
  endpoint: EndpointFunction,
  pathTemplate: string,
  pathNames: readonly string[],
  paging: ListPaging,
): ListMethodSet<L, A, P> {
  const bind = (args: unknown[]) =>
    bindList(context, endpoint, pathTemplate, readCodes(pathNames, args), paging);
  const optionsOf = (args: unknown[]) => args[pathNames.length] as object | undefined;
  return {
    listPerPage: (async (...args: unknown[]) =>
      firstPage(bind(args), optionsOf(args) as ListOptions<never>)) as unknown as L,
    all: ((...args: unknown[]) =>
      allItems(bind(args), optionsOf(args) as IterateOptions<never>)) as unknown as A,
    pages: ((...args: unknown[]) =>
      allPages(bind(args), optionsOf(args) as IterateOptions<never>)) as unknown as P,
  };
}

/** The methods of a list Akeneo answers in one piece. */
export interface UnpagedListMethodSet<L, A> {
  list: L;
  all: A;
}

/** Builds `list` (an array) and `all` (a lazy iterable) for an unpaginated list endpoint. */
export function buildUnpagedListMethods<L extends Method, A extends Method>(
  context: ResourceContext,
  endpoint: EndpointFunction,
  pathNames: readonly string[],
): UnpagedListMethodSet<L, A> {
  const listPath = describeEndpointPath(endpoint);
  const load = (path: Record<string, string>) =>
    fetchWholeList(context, endpoint, { params: { path } } as never, listPath);
  return {
    list: (async (...args: unknown[]) => load(readCodes(pathNames, args))) as unknown as L,
    all: ((...args: unknown[]) => {
      const path = readCodes(pathNames, args);
      return iterateWholeList(() => load(path));
    }) as unknown as A,
  };
}

/** Builds `upsertList(...parentCodes, items, options?)` on a bulk endpoint. */
export function buildUpsertList<M extends Method>(
  context: ResourceContext,
  endpoint: EndpointFunction,
  pathNames: readonly string[],
  answerStyle: BatchAnswerStyle,
  codeOf: (item: unknown) => string | undefined,
): M {
  return ((...args: unknown[]) => {
    const pathParams = readCodes(pathNames, args);
    const items = args[pathNames.length] as Iterable<unknown>;
    const options = args[pathNames.length + 1] as UpsertListCallOptions | undefined;
    const path = serializePath(describeEndpointPath(endpoint), pathParams);
    return upsertInBatches(
      context,
      { endpoint, answerStyle, pathParams, path, codeOf },
      items,
      options,
    );
  }) as unknown as M;
}

// Sends `(...codes, item, query?)` to a create or upsert endpoint; codes and item are checked
// before any request.
async function sendItem(
  context: ResourceContext,
  endpoint: EndpointFunction,
  pathNames: readonly string[],
  args: readonly unknown[],
): Promise<{ path: Record<string, string>; item: unknown; response: Response }> {
  const path = readCodes(pathNames, args);
  const item = requireObject("item", args[pathNames.length]);
  const query = args[pathNames.length + 1];
  const init = { params: { path, query }, body: item };
  const { response } = await callEndpointForAnswer(context, endpoint, init as never);
  return { path, item, response };
}

/**
 * Returns the path parameters named `pathNames` from the leading arguments, checked.
 *
 * @throws {InvalidArgumentError} for a missing or unsafe code.
 */
export function readCodes(
  pathNames: readonly string[],
  args: readonly unknown[],
): Record<string, string> {
  const path: Record<string, string> = {};
  pathNames.forEach((name, index) => {
    path[name] = requireCode(name, args[index]);
  });
  return path;
}
