import {
  InvalidPageError,
  iterateItems,
  iteratePages,
  listPerPage,
  MAX_EMPTY_PAGES_IN_A_ROW,
  type PageQuery,
  type PageSource,
} from "../../../src/resources/pagination/index.js";
import { collect, type Item, walkedBeforeParse } from "./fake-list.js";

const PATH = "/api/rest/v1/categories";

/**
 * A list whose answers are scripted per `page` query parameter; every fetch is counted. With
 * `beforeParse`, it is walked as the Node entry walks lists, asking for the next page before the
 * parse.
 */
function scriptedListOf(
  answer: (page: number) => unknown,
  beforeParse: boolean,
): {
  source: PageSource<Item>;
  fetches: PageQuery[];
} {
  const fetches: PageQuery[] = [];
  const source: PageSource<Item> = {
    path: PATH,
    fetchPage: async (query) => {
      fetches.push(query);
      if (fetches.length > 100) throw new Error("unbounded pagination");
      return answer(Number(query.page ?? 1)) as never;
    },
  };
  return { source: beforeParse ? walkedBeforeParse(source) : source, fetches };
}

const next = (page: number) => ({ next: { href: `${PATH}?page=${page}&limit=100` } });

describe.each([
  ["with the engine's read-ahead", false],
  ["asking for the next page before the parse", true],
])("pagination walks %s", (_kind, beforeParse) => {
  const scriptedList = (answer: (page: number) => unknown) => scriptedListOf(answer, beforeParse);

  it.each([
    [
      "items as an object",
      { _links: {}, _embedded: { items: { a: 1 } } },
      /_embedded.items is not an array \(received object\)/,
    ],
    [
      "items as a string",
      { _links: {}, _embedded: { items: "abc" } },
      /_embedded.items is not an array \(received string\)/,
    ],
    ["no _embedded", { _links: {} }, /no _embedded/],
    ["null", null, /not a page \(received null\)/],
    ["an array", [{ code: "a" }], /not a page \(received an array\)/],
  ])("refuses a page with %s after one request", async (_name, body, message) => {
    const list = scriptedList(() => body);
    const error = await collect(iterateItems(list.source)).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(InvalidPageError);
    expect((error as Error).message).toMatch(message);
    expect(list.fetches).toHaveLength(1);
    await expect(collect(iteratePages(scriptedList(() => body).source))).rejects.toThrow(
      InvalidPageError,
    );
    await expect(listPerPage(scriptedList(() => body).source)).rejects.toThrow(InvalidPageError);
  });

  it("stops a cycle A → B → A before fetching A again", async () => {
    const list = scriptedList((page) => ({
      _links: next(page === 1 ? 2 : 1),
      _embedded: { items: [{ code: `item-${page}` }] },
    }));
    const seen: Item[] = [];
    const failure = (async () => {
      for await (const item of iterateItems(list.source, { query: { page: 1 } })) seen.push(item);
    })();
    await expect(failure).rejects.toThrow(/Pagination cycle/);
    expect(list.fetches).toHaveLength(2);
    expect(seen.map((item) => item.code)).toEqual(["item-1", "item-2"]);
  });

  it("stops a cycle reached through getNextPage(), yet fetches the same next page twice", async () => {
    const list = scriptedList((page) => ({
      _links: next(page === 3 ? 1 : page + 1),
      _embedded: { items: [{ code: `item-${page}` }] },
    }));
    const first = await listPerPage(list.source, { query: { page: 1 } });
    const second = await first.getNextPage();
    await first.getNextPage();
    const third = await second!.getNextPage();
    await expect(third!.getNextPage()).rejects.toThrow(InvalidPageError);
    await expect(collect(iteratePages(list.source, { query: { page: 1 } }))).rejects.toThrow(
      /Pagination cycle/,
    );
  });

  it(`gives up after ${MAX_EMPTY_PAGES_IN_A_ROW} empty pages in a row that announce a next page`, async () => {
    const list = scriptedList((page) => ({ _links: next(page + 1), _embedded: { items: [] } }));
    await expect(collect(iterateItems(list.source))).rejects.toThrow(/empty pages in a row/);
    expect(list.fetches).toHaveLength(MAX_EMPTY_PAGES_IN_A_ROW);
  });

  it("reads past empty pages that are followed by items", async () => {
    const list = scriptedList((page) => ({
      _links: page < 30 ? next(page + 1) : {},
      _embedded: { items: page % 5 === 0 ? [{ code: `item-${page}` }] : [] },
    }));
    const items = await collect(iterateItems(list.source));
    expect(items.map((item) => item.code)).toEqual([
      "item-5",
      "item-10",
      "item-15",
      "item-20",
      "item-25",
      "item-30",
    ]);
  });

  it("accepts an empty last page", async () => {
    const list = scriptedList(() => ({ _links: {}, _embedded: { items: [] } }));
    expect(await collect(iterateItems(list.source))).toEqual([]);
  });
});
