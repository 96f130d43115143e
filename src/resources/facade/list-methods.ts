import { type CallOptions, withCallOptions } from "../../core/client/index.js";
import { serializePath } from "../../core/paths/index.js";
import {
  type ItemIterable,
  iterateItems,
  iteratePages,
  listPerPage,
  type Page,
  type PageBody,
  type PageIterable,
  type PageQuery,
  type PageSource,
} from "../pagination/index.js";
import type { EndpointFunction, ItemOf } from "./endpoint-types.js";
import {
  buildListQuery,
  type IterateOptions,
  type ListOptions,
  readResumeFrom,
} from "./list-options.js";
import { callEndpoint, type ResourceContext } from "./resource-context.js";

/** How a list paginates, as Akeneo's description states it. */
export interface ListPaging {
  /** `all()`/`pages()` ask for `pagination_type=search_after` (deep offset pages fail). */
  forceSearchAfter: boolean;
  /** The list takes `limit` (search_after-only lists of records and assets do not). */
  acceptsLimit: boolean;
}

/** A paginated list endpoint bound to its path parameters. */
export interface ListTarget<T> {
  source: PageSource<T>;
  paging: ListPaging;
}

/**
 * Binds a generated list function to its path parameters, checking them now; `call` applies to
 * every page request.
 *
 * @throws {InvalidArgumentError} for an unsafe path parameter.
 */
export function bindList<F extends EndpointFunction>(
  context: ResourceContext,
  endpoint: F,
  pathTemplate: string,
  pathParams: Readonly<Record<string, string>>,
  paging: ListPaging,
  call?: CallOptions,
): ListTarget<ItemOf<F>> {
  const path = serializePath(pathTemplate, pathParams);
  const init = (query: PageQuery) => withCallOptions({ params: { path: pathParams, query } }, call);
  return { source: listSource(context, endpoint, path, init), paging };
}

/**
 * The page source of a list whose page requests `endpoint` sends with `init(query)`, walked by the
 * context's page walker when it has one.
 */
export function listSource<F extends EndpointFunction>(
  context: ResourceContext,
  endpoint: F,
  path: string,
  init: (query: PageQuery) => object,
): PageSource<ItemOf<F>> {
  const fetchPage = async (query: PageQuery) =>
    (await callEndpoint(context, endpoint, init(query) as never)) as PageBody<ItemOf<F>>;
  const source: PageSource<ItemOf<F>> = { path, fetchPage };
  source.walk = context.pageWalker?.(source, context, endpoint, init);
  return source;
}

/**
 * Fetches the first page of a list (`page`, `limit`, `withCount`, filters as given).
 *
 * @throws {InvalidArgumentError} for a bad `limit` or filter, before any request.
 */
export function firstPage<T, Q>(target: ListTarget<T>, options?: ListOptions<Q>): Promise<Page<T>> {
  const query = buildListQuery(options as object | undefined);
  return listPerPage(target.source, { query, pageSize: pageSizeOf(target) });
}

/**
 * Iterates every item of a list, lazily; search_after where the list offers it.
 *
 * @throws {InvalidArgumentError} for a bad `limit`, filter or checkpoint, before any request.
 */
export function allItems<T, Q>(
  target: ListTarget<T>,
  options?: IterateOptions<Q>,
): ItemIterable<T> {
  return iterateItems(target.source, paginate(target, options));
}

/**
 * Iterates the pages of a list, lazily; search_after where the list offers it.
 *
 * @throws {InvalidArgumentError} for a bad `limit`, filter or checkpoint, before any request.
 */
export function allPages<T, Q>(
  target: ListTarget<T>,
  options?: IterateOptions<Q>,
): PageIterable<T> {
  return iteratePages(target.source, paginate(target, options));
}

function paginate<T, Q>(target: ListTarget<T>, options: IterateOptions<Q> | undefined) {
  const query = buildListQuery(options as object | undefined);
  const resumeFrom = readResumeFrom(options);
  if (target.paging.forceSearchAfter) query.pagination_type = "search_after";
  return {
    query,
    pageSize: pageSizeOf(target),
    ...(resumeFrom === undefined ? {} : { resumeFrom }),
  };
}

function pageSizeOf(target: ListTarget<unknown>): number | null | undefined {
  return target.paging.acceptsLimit ? undefined : null;
}

/** Offset pagination (`page`, `limit`, `with_count`). */
export const OFFSET_PAGING: ListPaging = /* @__PURE__ */ Object.freeze({
  forceSearchAfter: false,
  acceptsLimit: true,
});
/** Offset pages for `listPerPage`, search_after for `all()`/`pages()` (products, models…). */
export const SEARCH_AFTER_PAGING: ListPaging = /* @__PURE__ */ Object.freeze({
  forceSearchAfter: true,
  acceptsLimit: true,
});
/** search_after only, page size chosen by the server (records, assets, entities). */
export const CURSOR_PAGING: ListPaging = /* @__PURE__ */ Object.freeze({
  forceSearchAfter: false,
  acceptsLimit: false,
});
/** search_after only, with `limit` (app catalog lists). */
export const CURSOR_PAGING_WITH_LIMIT: ListPaging = /* @__PURE__ */ Object.freeze({
  forceSearchAfter: false,
  acceptsLimit: true,
});
