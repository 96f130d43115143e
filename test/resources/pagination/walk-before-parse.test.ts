import {
  iterateItems,
  iteratePages,
  type PageBody,
  type PageQuery,
  type PageSource,
  UnexpectedLinkError,
  type UnparsedPage,
  walkBeforeParse,
} from "../../../src/resources/pagination/index.js";
import { collect, createSearchAfterList, type Item } from "./fake-list.js";

const PATH = "/api/rest/v1/products";

/**
 * Serves `texts[page - 1]` for `?page=N`, walked asking for the next page before the parse;
 * records every query, and how many had been sent at each parse.
 */
function textList(texts: readonly string[]): {
  source: PageSource<Item>;
  queries: PageQuery[];
  queriesAtParse: number[];
} {
  const queries: PageQuery[] = [];
  const queriesAtParse: number[] = [];
  const fetchUnparsed = async (query: PageQuery): Promise<UnparsedPage<Item>> => {
    queries.push(query);
    const text = texts[Number(query.page ?? 1) - 1];
    if (text === undefined) throw new Error(`no page ${String(query.page)}`);
    return {
      text,
      parse: () => {
        queriesAtParse.push(queries.length);
        return JSON.parse(text) as PageBody<Item>;
      },
    };
  };
  const source: PageSource<Item> = {
    path: PATH,
    fetchPage: async (query) => (await fetchUnparsed(query)).parse()!,
  };
  source.walk = walkBeforeParse(source, fetchUnparsed);
  return { source, queries, queriesAtParse };
}

const page = (items: readonly string[], next?: number, rest = ""): string =>
  `{"_links":{${next === undefined ? "" : `"next":{"href":"http://pim${PATH}?page=${next}"}`}},"_embedded":{"items":${JSON.stringify(items.map((code) => ({ code })))}}${rest}}`;

describe("walkBeforeParse", () => {
  it("asks for the next page before it parses the current one", async () => {
    const list = textList([page(["a"], 2), page(["b"], 3), page(["c"])]);
    const items = await collect(iterateItems(list.source, { query: { page: 1 } }));
    expect(items.map((item) => item.code)).toEqual(["a", "b", "c"]);
    // Page 2 was asked for before page 1's parse, page 3 before page 2's; the last has no next.
    expect(list.queriesAtParse).toEqual([2, 3, 3]);
  });

  it("asks only after the parse when the body does not open with its links", async () => {
    const late = (items: string[], next?: number) =>
      `{"_embedded":{"items":${JSON.stringify(items.map((code) => ({ code })))}}${next === undefined ? "" : `,"_links":{"next":{"href":"http://pim${PATH}?page=${next}"}}`}}`;
    const list = textList([late(["a"], 2), late(["b"])]);
    const items = await collect(iterateItems(list.source, { query: { page: 1 } }));
    expect(items.map((item) => item.code)).toEqual(["a", "b"]);
    expect(list.queriesAtParse).toEqual([1, 2]);
  });

  it("follows the parsed page's link when the body repeats _links further on", async () => {
    // JSON.parse keeps the last of two members with one name: the walk goes to page 3.
    const repeated = page(["a"], 2, `,"_links":{"next":{"href":"http://pim${PATH}?page=3"}}`);
    const list = textList([repeated, page(["b"]), page(["c"])]);
    const items = await collect(iterateItems(list.source, { query: { page: 1 } }));
    expect(items.map((item) => item.code)).toEqual(["a", "c"]);
    // Page 2 was asked for on the forecast, then dropped unread.
    expect(list.queries.map((query) => query.page)).toEqual([1, "2", "3"]);
  });

  it("does not ask ahead for a link that leaves the list", async () => {
    const leaving = `{"_links":{"next":{"href":"http://pim/api/rest/v1/users?page=2"}},"_embedded":{"items":[]}}`;
    const list = textList([leaving]);
    await expect(collect(iteratePages(list.source, { query: { page: 1 } }))).rejects.toThrow(
      UnexpectedLinkError,
    );
    expect(list.queries).toHaveLength(1);
  });

  it("does not ask ahead for a link that names the current page", async () => {
    const list = textList([page(["a"], 1)]);
    await expect(
      collect(iteratePages(list.source, { query: { page: 1 }, pageSize: null })),
    ).rejects.toThrow(/names the current page/);
    expect(list.queries).toHaveLength(1);
  });

  it("throws a page's parse failure, not the failure of the page asked for ahead", async () => {
    const broken = `{"_links":{"next":{"href":"http://pim${PATH}?page=2"}},"_embedded":{"items":[}`;
    const list = textList([broken]);
    const failure = await collect(iteratePages(list.source, { query: { page: 1 } })).catch(
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(SyntaxError);
    expect(list.queries.map((query) => query.page)).toEqual([1, "2"]);
  });

  it("asks for the next page after the parse when the text is not known", async () => {
    const list = createSearchAfterList(25);
    const source: PageSource<Item> = { ...list.source };
    source.walk = walkBeforeParse(source, async (query) => {
      const body = await list.source.fetchPage(query);
      return { text: undefined, parse: () => body };
    });
    const items = await collect(
      iterateItems(source, { query: { pagination_type: "search_after", limit: 10 } }),
    );
    expect(items).toHaveLength(25);
    expect(list.queries.map((query) => query.search_after)).toEqual([undefined, "9", "19"]);
  });

  it("stops asking when the loop breaks, past the one page asked for ahead", async () => {
    const list = textList([page(["a", "b"], 2), page(["c"], 3), page(["d"], 4), page(["e"])]);
    for await (const item of iterateItems(list.source, { query: { page: 1 } })) {
      if (item.code === "a") break;
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(list.queries.map((query) => query.page)).toEqual([1, "2"]);
  });
});
