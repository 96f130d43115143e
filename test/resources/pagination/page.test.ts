import {
  AlreadyConsumedError,
  InvalidPageError,
  iteratePages,
  listPerPage,
  type PageBody,
  type PageSource,
  UnexpectedLinkError,
} from "../../../src/resources/pagination/index.js";
import { collect, createOffsetList, createSearchAfterList, type Item } from "./fake-list.js";

function sourceAnswering(body: PageBody<Item>, path = "/api/rest/v1/families"): PageSource<Item> {
  return { path, fetchPage: async () => body };
}

describe("listPerPage", () => {
  it("fetches the first page with the caller's query and page size", async () => {
    const list = createOffsetList(25);
    const page = await listPerPage(list.source, { query: { with_count: true }, pageSize: 10 });
    expect(page.items).toHaveLength(10);
    expect(page.count).toBe(25);
    expect(page.currentPage).toBe(1);
    expect(list.queries).toEqual([{ with_count: true, limit: 10 }]);
  });

  it("leaves count undefined without with_count", async () => {
    const page = await listPerPage(createOffsetList(25).source);
    expect(page.count).toBeUndefined();
  });

  it("moves to the next, previous and first pages through the links", async () => {
    const list = createOffsetList(25);
    const first = await listPerPage(list.source, { pageSize: 10 });
    expect(first.hasPreviousPage()).toBe(false);
    expect(first.hasNextPage()).toBe(true);
    expect(await first.getPreviousPage()).toBeUndefined();
    const second = await first.getNextPage();
    expect(second?.currentPage).toBe(2);
    expect(second?.hasPreviousPage()).toBe(true);
    const last = await second!.getNextPage();
    expect(last?.items.map((item) => item.code)).toEqual([
      "item-20",
      "item-21",
      "item-22",
      "item-23",
      "item-24",
    ]);
    expect(last?.hasNextPage()).toBe(false);
    expect(await last!.getNextPage()).toBeUndefined();
    expect((await last!.getPreviousPage())?.currentPage).toBe(2);
    expect((await last!.getFirstPage()).currentPage).toBe(1);
  });

  it("has no previous page with search_after", async () => {
    const list = createSearchAfterList(25);
    const page = await listPerPage(list.source, { pageSize: 10 });
    const next = await page.getNextPage();
    expect(next?.hasPreviousPage()).toBe(false);
    expect((await next!.getFirstPage()).items[0]?.code).toBe("item-0");
  });

  it("refuses an answer without _embedded instead of reading it as an empty last page", async () => {
    await expect(listPerPage(sourceAnswering({ _links: {} }))).rejects.toThrow(InvalidPageError);
  });
});

describe("iteratePages", () => {
  it("yields every page once, lazily", async () => {
    const list = createOffsetList(250);
    const pages = iteratePages(list.source);
    expect(list.queries).toHaveLength(0);
    const sizes = (await collect(pages)).map((page) => page.items.length);
    expect(sizes).toEqual([100, 100, 50]);
  });

  it("asks for the next page while the loop works on one, and stops one page ahead on break", async () => {
    const list = createOffsetList(500);
    const sentWhileOnPage: number[] = [];
    for await (const page of iteratePages(list.source)) {
      sentWhileOnPage.push(list.queries.length);
      if (page.currentPage === 2) break;
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(sentWhileOnPage).toEqual([2, 3]);
    expect(list.queries.map((query) => query.page)).toEqual([undefined, "2", "3"]);
  });

  it("refuses a second iteration", async () => {
    const pages = iteratePages(createOffsetList(3).source);
    await collect(pages);
    expect(() => pages[Symbol.asyncIterator]()).toThrow(AlreadyConsumedError);
  });

  it("asks for the next page with the link's query only", async () => {
    const list = createSearchAfterList(15, "/api/rest/v1/products-uuid");
    await collect(
      iteratePages(list.source, {
        query: { search: '{"enabled":[{"operator":"=","value":true}]}', limit: 10 },
      }),
    );
    expect(list.queries[1]).toEqual({
      search: '{"enabled":[{"operator":"=","value":true}]}',
      limit: "10",
      search_after: "9",
    });
  });
});

describe("pagination links", () => {
  const next = (href: string): PageBody<Item> => ({
    _links: { next: { href } },
    _embedded: { items: [] },
  });

  it("accepts a link naming another host and a proxy prefix", async () => {
    const page = await listPerPage(
      sourceAnswering(next("https://other.example/pim/api/rest/v1/families?page=2&limit=10")),
    );
    expect(page.nextQuery).toEqual({ page: "2", limit: "10" });
  });

  it("exposes the answer's links as the server wrote them", async () => {
    const href = "https://other.example/pim/api/rest/v1/families?page=2&limit=10";
    const page = await listPerPage(
      sourceAnswering({
        _links: { first: { href: "/api/rest/v1/families?page=1" }, next: { href } },
        _embedded: { items: [] },
      }),
    );
    expect(page.links).toEqual({
      first: "/api/rest/v1/families?page=1",
      previous: undefined,
      next: href,
    });
  });

  it("accepts a relative link", async () => {
    const page = await listPerPage(sourceAnswering(next("/api/rest/v1/families?page=2")));
    expect(page.nextQuery).toEqual({ page: "2" });
  });

  it.each([
    "http://pim/api/rest/v1/products?page=2",
    "http://pim/api/rest/v1/families/../users?page=2",
    "http://pim/api/rest/v1/families/extra?page=2",
    "http://pim/api/rest/v1/families-evil?page=2",
  ])("refuses a next link leaving the list: %s", async (href) => {
    await expect(listPerPage(sourceAnswering(next(href)))).rejects.toThrow(UnexpectedLinkError);
  });

  it("compares percent-encoded paths by their decoded segments", async () => {
    const path = "/api/rest/v1/reference-entities/br%C3%A4nd/records";
    const page = await listPerPage(
      sourceAnswering(
        next("http://pim/api/rest/v1/reference-entities/bränd/records?search_after=x"),
        path,
      ),
    );
    expect(page.nextQuery).toEqual({ search_after: "x" });
  });

  it("refuses a link that repeats a query parameter", async () => {
    await expect(
      listPerPage(sourceAnswering(next("http://pim/api/rest/v1/families?page=2&page=3"))),
    ).rejects.toThrow(/repeats the query parameter "page"/);
  });

  it("refuses a next link naming the current page, which would loop forever", async () => {
    const source: PageSource<Item> = {
      path: "/api/rest/v1/families",
      fetchPage: async () => next("http://pim/api/rest/v1/families?limit=100&page=1"),
    };
    const pages = iteratePages(source, { query: { page: 1 } });
    await expect(collect(pages)).rejects.toThrow(/names the current page/);
  });
});
