import { type CallOptions, withCallOptions } from "../../core/client/index.js";
import { serializePath } from "../../core/paths/index.js";
import type { BatchAnswerStyle } from "../bulk/index.js";
import { type KnownFacadeOperation, operationOf, pagingOf } from "../operation-table.js";
import { type UpsertListCallOptions, upsertInBatches } from "./bulk-methods.js";
import { readCallOptions } from "./call-arguments.js";
import { requireCode, requireObject } from "./check-arguments.js";
import type { EndpointFunction } from "./endpoint-types.js";
import { allItems, allPages, bindList, firstPage } from "./list-methods.js";
import type { IterateOptions, ListOptions } from "./list-options.js";
import {
  callEndpoint,
  callEndpointForAnswer,
  callEndpointForObject,
  type EndpointAnswer,
  type ResourceContext,
} from "./resource-context.js";
import { fetchWholeList, iterateWholeList } from "./unpaged-list.js";
import { readCreatedResource, readUpsertOutcome } from "./write-outcomes.js";

// The builders below turn a facade method's generated operation (its endpoint function, path,
// path parameter names, paging) into a facade method whose first arguments are the operation's
// path parameters, in order. Each method checks those
// codes (and the item) before any request, calls the function, unwraps, and maps the answer.
// The last argument of every method is its call options ({ signal, timeoutMs }); where the
// operation takes no query, they take the query's place. The facades give every method its
// precise type (see method-types.ts).

type Method = (...args: never[]) => unknown;

/**
 * Builds `get(...codes, query?, call?)`, answering one resource: an answer that is not a JSON object is
 * an `InvalidResponseError`, unless `shape` is `"any"` (an answer Akeneo does not describe).
 */
export function buildGet<M extends Method>(
  context: ResourceContext,
  operation: KnownFacadeOperation,
  shape: "object" | "any" = "object",
): M {
  const { endpoint, pathParameters: pathNames, takesQuery: withQuery } = operationOf(operation);
  const send = shape === "object" ? callEndpointForObject : callEndpoint;
  return (async (...args: unknown[]) => {
    const path = readCodes(pathNames, args);
    const query = withQuery ? args[pathNames.length] : undefined;
    const call = readCallOptions(args[pathNames.length + (withQuery ? 1 : 0)]);
    return send(context, endpoint, withCallOptions({ params: { path, query } }, call) as never);
  }) as unknown as M;
}

/** Builds `create(...parentCodes, item, query?, call?)` answering the new code and `Location`. */
export function buildCreate<M extends Method>(
  context: ResourceContext,
  operation: KnownFacadeOperation,
  codeOf: (item: unknown) => string | undefined,
): M {
  const {
    endpoint,
    path: collectionTemplate,
    pathParameters: pathNames,
    takesQuery: withQuery,
  } = operationOf(operation);
  return (async (...args: unknown[]) => {
    const { path, item, answer } = await sendItem(context, endpoint, pathNames, withQuery, args);
    const collectionPath = serializePath(collectionTemplate, path);
    return readCreatedResource(answer.response, answer.request.url, collectionPath, codeOf(item));
  }) as unknown as M;
}

/** Builds `upsert(...codes, item, query?, call?)` answering `created` or `updated`. */
export function buildUpsert<M extends Method>(
  context: ResourceContext,
  operation: KnownFacadeOperation,
): M {
  const { endpoint, pathParameters: pathNames, takesQuery: withQuery } = operationOf(operation);
  return (async (...args: unknown[]) => {
    const { answer } = await sendItem(context, endpoint, pathNames, withQuery, args);
    return readUpsertOutcome(answer.response);
  }) as unknown as M;
}

/**
 * Builds a method sending `(...codes, body?, call?)` and answering the server's data, if any; an
 * operation without a body has no body slot.
 */
export function buildAction<M extends Method>(
  context: ResourceContext,
  operation: KnownFacadeOperation,
  bodyRequired: boolean,
): M {
  const { endpoint, pathParameters: pathNames, takesBody: withBody } = operationOf(operation);
  return (async (...args: unknown[]) => {
    const path = readCodes(pathNames, args);
    const body = withBody ? args[pathNames.length] : undefined;
    if (withBody && (bodyRequired || body !== undefined)) requireObject("body", body);
    const call = readCallOptions(args[pathNames.length + (withBody ? 1 : 0)]);
    return callEndpoint(
      context,
      endpoint,
      withCallOptions({ params: { path }, body }, call) as never,
    );
  }) as unknown as M;
}

/** Builds `delete(...codes, call?)`. */
export function buildDelete<M extends Method>(
  context: ResourceContext,
  operation: KnownFacadeOperation,
): M {
  const { endpoint, pathParameters: pathNames } = operationOf(operation);
  return (async (...args: unknown[]) => {
    const path = readCodes(pathNames, args);
    const call = readCallOptions(args[pathNames.length]);
    await callEndpoint(context, endpoint, withCallOptions({ params: { path } }, call) as never);
  }) as unknown as M;
}

/** The paginated list methods of one list endpoint. */
export interface ListMethodSet<L, A, P> {
  listPerPage: L;
  all: A;
  pages: P;
}

/** Builds `listPerPage`, `all` and `pages` (each `(...codes, options?, call?)`) for a paginated list. */
export function buildListMethods<L extends Method, A extends Method, P extends Method>(
  context: ResourceContext,
  operation: KnownFacadeOperation,
): ListMethodSet<L, A, P> {
  const { endpoint, path: pathTemplate, pathParameters: pathNames } = operationOf(operation);
  const paging = pagingOf(operation);
  const bind = (args: unknown[]) => {
    const path = readCodes(pathNames, args);
    const call = readCallOptions(args[pathNames.length + 1]);
    return bindList(context, endpoint, pathTemplate, path, paging, call);
  };
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

/** Builds `list` and `all` (each `(...codes, call?)`) for an unpaginated list endpoint. */
export function buildUnpagedListMethods<L extends Method, A extends Method>(
  context: ResourceContext,
  operation: KnownFacadeOperation,
): UnpagedListMethodSet<L, A> {
  const { endpoint, path: listPath, pathParameters: pathNames } = operationOf(operation);
  const load = (path: Record<string, string>, call: CallOptions | undefined) =>
    fetchWholeList(
      context,
      endpoint,
      withCallOptions({ params: { path } }, call) as never,
      listPath,
    );
  const read = (args: unknown[]) =>
    [readCodes(pathNames, args), readCallOptions(args[pathNames.length])] as const;
  return {
    list: (async (...args: unknown[]) => load(...read(args))) as unknown as L,
    all: ((...args: unknown[]) => {
      const [path, call] = read(args);
      return iterateWholeList(() => load(path, call));
    }) as unknown as A,
  };
}

/** Builds `upsertList(...parentCodes, items, options?)` on a bulk endpoint. */
export function buildUpsertList<M extends Method>(
  context: ResourceContext,
  operation: KnownFacadeOperation,
  answerStyle: BatchAnswerStyle,
  codeOf: (item: unknown) => string | undefined,
): M {
  const { endpoint, path: template, pathParameters: pathNames } = operationOf(operation);
  return ((...args: unknown[]) => {
    const pathParams = readCodes(pathNames, args);
    const items = args[pathNames.length] as Iterable<unknown>;
    const options = args[pathNames.length + 1] as UpsertListCallOptions | undefined;
    const path = serializePath(template, pathParams);
    return upsertInBatches(
      context,
      { endpoint, answerStyle, pathParams, path, codeOf },
      items,
      options,
    );
  }) as unknown as M;
}

// Sends `(...codes, item, query?, call?)` to a create or upsert endpoint (no query slot when the
// operation takes none); codes, item and call options are checked before any request.
async function sendItem(
  context: ResourceContext,
  endpoint: EndpointFunction,
  pathNames: readonly string[],
  withQuery: boolean,
  args: readonly unknown[],
): Promise<{ path: Record<string, string>; item: unknown; answer: EndpointAnswer<unknown> }> {
  const path = readCodes(pathNames, args);
  const item = requireObject("item", args[pathNames.length]);
  const query = withQuery ? args[pathNames.length + 1] : undefined;
  const call = readCallOptions(args[pathNames.length + (withQuery ? 2 : 1)]);
  const init = withCallOptions({ params: { path, query }, body: item }, call);
  const answer = await callEndpointForAnswer(context, endpoint, init as never);
  return { path, item, answer };
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
