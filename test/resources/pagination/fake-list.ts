import {
  type PageBody,
  type PageQuery,
  type PageSource,
  type UnparsedPage,
  walkBeforeParse,
} from "../../../src/resources/pagination/index.js";

export interface Item {
  code: string;
}

export interface FakeList {
  source: PageSource<Item>;
  /** Every query received, in order. */
  queries: PageQuery[];
}

const LINK_BASE = "http://pim.internal:8080";

function link(path: string, query: Record<string, string | number>): { href: string } {
  const search = new URLSearchParams(
    Object.entries(query).map(([name, value]) => [name, String(value)]),
  );
  return { href: `${LINK_BASE}${path}?${search}` };
}

function itemsOf(count: number): Item[] {
  return Array.from({ length: count }, (_, index) => ({ code: `item-${index}` }));
}

/** A list answering like Akeneo's offset pagination, with links naming an internal host. */
export function createOffsetList(total: number, path = "/api/rest/v1/categories"): FakeList {
  const all = itemsOf(total);
  const queries: PageQuery[] = [];
  const fetchPage = async (query: PageQuery): Promise<PageBody<Item>> => {
    queries.push(query);
    const limit = Number(query.limit ?? 10);
    const page = Number(query.page ?? 1);
    const items = all.slice((page - 1) * limit, page * limit);
    const base: Record<string, string | number> = { ...query, limit };
    const body: PageBody<Item> = {
      _links: { self: link(path, { ...base, page }), first: link(path, { ...base, page: 1 }) },
      current_page: page,
      _embedded: { items },
    };
    if (page > 1) body._links!.previous = link(path, { ...base, page: page - 1 });
    if (page * limit < total) body._links!.next = link(path, { ...base, page: page + 1 });
    if (String(query.with_count) === "true") body.items_count = total;
    return body;
  };
  return { source: { path, fetchPage }, queries };
}

/** A list answering like Akeneo's search_after pagination (self/first/next links only). */
export function createSearchAfterList(total: number, path = "/api/rest/v1/products"): FakeList {
  const all = itemsOf(total);
  const queries: PageQuery[] = [];
  const fetchPage = async (query: PageQuery): Promise<PageBody<Item>> => {
    queries.push(query);
    const limit = Number(query.limit ?? 10);
    const after = query.search_after === undefined ? -1 : Number(query.search_after);
    const items = all.slice(after + 1, after + 1 + limit);
    const { search_after: _, ...base } = query as Record<string, string | number>;
    const body: PageBody<Item> = {
      _links: { self: link(path, query as Record<string, string>), first: link(path, base) },
      _embedded: { items },
    };
    const last = after + items.length;
    if (last < total - 1) body._links!.next = link(path, { ...base, search_after: last });
    return body;
  };
  return { source: { path, fetchPage }, queries };
}

export async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const values: T[] = [];
  for await (const value of iterable) values.push(value);
  return values;
}

/** A page answer read unparsed: the body's text, parsed on demand. */
export function unparsed<T>(body: unknown): UnparsedPage<T> {
  const text = JSON.stringify(body);
  return { text, parse: () => JSON.parse(text) as PageBody<T> };
}

/**
 * The same list walked as the Node entry walks lists: each answer read unparsed (its text made
 * from the body the list answers), the next page asked for before the parse.
 */
export function walkedBeforeParse<T>(source: PageSource<T>): PageSource<T> {
  const walking: PageSource<T> = { ...source };
  walking.walk = walkBeforeParse(walking, async (query) =>
    unparsed<T>(await source.fetchPage(query)),
  );
  return walking;
}
