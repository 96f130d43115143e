import { InvalidArgumentError } from "../../../src/core/errors/index.js";
import {
  AlreadyConsumedError,
  iterateItems,
  iteratePages,
} from "../../../src/resources/pagination/index.js";
import { collect, createOffsetList, createSearchAfterList, type Item } from "./fake-list.js";

const codes = (items: readonly Item[]): string[] => items.map((item) => item.code);
const expectedCodes = (from: number, to: number): string[] =>
  Array.from({ length: to - from }, (_, index) => `item-${from + index}`);

describe("iterateItems", () => {
  it("fetches nothing before the loop starts", () => {
    const list = createOffsetList(30);
    iterateItems(list.source);
    expect(list.queries).toHaveLength(0);
  });

  it("yields every item of an offset list in order, 100 per page by default", async () => {
    const list = createOffsetList(250);
    const items = await collect(iterateItems(list.source));
    expect(codes(items)).toEqual(expectedCodes(0, 250));
    expect(list.queries.map((query) => [String(query.limit), query.page])).toEqual([
      ["100", undefined],
      ["100", "2"],
      ["100", "3"],
    ]);
  });

  it("follows search_after next links instead of building cursors", async () => {
    const list = createSearchAfterList(25);
    const items = await collect(
      iterateItems(list.source, { query: { pagination_type: "search_after", limit: 10 } }),
    );
    expect(codes(items)).toEqual(expectedCodes(0, 25));
    expect(list.queries.map((query) => query.search_after)).toEqual([undefined, "9", "19"]);
    expect(list.queries.every((query) => query.pagination_type === "search_after")).toBe(true);
  });

  it("stops fetching when the loop breaks, past the one page read ahead", async () => {
    const list = createOffsetList(500);
    for await (const item of iterateItems(list.source)) {
      if (item.code === "item-120") break;
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(list.queries.map((query) => query.page)).toEqual([undefined, "2", "3"]);
  });

  it("asks for the next page while the loop works through the current one", async () => {
    const list = createOffsetList(250);
    const seenAtFirstItem: number[] = [];
    for await (const item of iterateItems(list.source)) {
      if (item.code === "item-0") seenAtFirstItem.push(list.queries.length);
    }
    expect(seenAtFirstItem).toEqual([2]);
    expect(list.queries).toHaveLength(3);
  });

  it("throws a failure of the page read ahead after the last item of the page before", async () => {
    const list = createOffsetList(250);
    const failing = {
      path: list.source.path,
      fetchPage: async (query: Parameters<typeof list.source.fetchPage>[0]) => {
        if (query.page === "2") throw new InvalidArgumentError("page 2 is gone");
        return list.source.fetchPage(query);
      },
    };
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown): void => {
      unhandled.push(reason);
    };
    process.on("unhandledRejection", onUnhandled);
    const handedOut: string[] = [];
    try {
      const failure = await (async () => {
        for await (const item of iterateItems(failing)) {
          // Slow consumer: the read-ahead fails long before the loop gets to it.
          if (item.code === "item-0") await new Promise((resolve) => setTimeout(resolve, 20));
          handedOut.push(item.code);
        }
      })().catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(InvalidArgumentError);
      expect(handedOut).toEqual(expectedCodes(0, 100));
      expect(unhandled).toEqual([]);
    } finally {
      process.off("unhandledRejection", onUnhandled);
    }
  });

  it("refuses a second iteration", async () => {
    const items = iterateItems(createOffsetList(3).source);
    await collect(items);
    expect(() => items[Symbol.asyncIterator]()).toThrow(AlreadyConsumedError);
    expect(() => items[Symbol.asyncIterator]()).toThrow(/consumed only once/);
  });

  it("sends no limit when the page size is null", async () => {
    const list = createSearchAfterList(5);
    await collect(iterateItems(list.source, { pageSize: null }));
    expect(list.queries[0]).toEqual({});
  });

  it.each([0, 101, 2.5, "ten"])("refuses limit %p before any request", (limit) => {
    const list = createOffsetList(5);
    expect(() => iterateItems(list.source, { query: { limit } })).toThrow(InvalidArgumentError);
    expect(list.queries).toHaveLength(0);
  });

  describe("checkpoints", () => {
    it("resumes in the middle of a page without handing out done items again", async () => {
      const list = createSearchAfterList(250);
      const first = iterateItems(list.source, { query: { limit: 100 } });
      const seen: Item[] = [];
      for await (const item of first) {
        seen.push(item);
        if (seen.length === 150) break;
      }
      const checkpoint = first.checkpoint();
      const sentBefore = list.queries.length;
      const rest = await collect(iterateItems(list.source, { resumeFrom: checkpoint }));
      expect(codes([...seen, ...rest])).toEqual(expectedCodes(0, 250));
      expect(list.queries.slice(sentBefore).map((query) => query.search_after)).toEqual([
        "99",
        "199",
      ]);
    });

    it("names the next page once the last item of a page is out", async () => {
      const list = createOffsetList(20);
      const first = iterateItems(list.source, { query: { limit: 10 } });
      let count = 0;
      for await (const _item of first) if (++count === 10) break;
      const sentBefore = list.queries.length;
      await collect(iterateItems(list.source, { resumeFrom: first.checkpoint() }));
      expect(list.queries.slice(sentBefore).map((query) => query.page)).toEqual(["2"]);
    });

    it("checkpoints before the start resume from the first page", async () => {
      const list = createOffsetList(12);
      const untouched = iterateItems(list.source, { query: { limit: 5 } });
      const items = await collect(
        iterateItems(list.source, { resumeFrom: untouched.checkpoint() }),
      );
      expect(codes(items)).toEqual(expectedCodes(0, 12));
    });

    it("a checkpoint taken at the end resumes to nothing", async () => {
      const list = createOffsetList(12);
      const done = iterateItems(list.source);
      await collect(done);
      const calls = list.queries.length;
      expect(await collect(iterateItems(list.source, { resumeFrom: done.checkpoint() }))).toEqual(
        [],
      );
      expect(list.queries).toHaveLength(calls);
    });

    it("resumes after a page with the page's cursor", async () => {
      const list = createOffsetList(30);
      let cursor = "";
      for await (const page of iteratePages(list.source, { query: { limit: 10 } })) {
        cursor = page.cursor;
        break;
      }
      const rest = await collect(iterateItems(list.source, { resumeFrom: cursor }));
      expect(codes(rest)).toEqual(expectedCodes(10, 30));
    });

    it("refuses a checkpoint of another list before any request", () => {
      const products = createSearchAfterList(5);
      const categories = createOffsetList(5);
      const checkpoint = iterateItems(products.source).checkpoint();
      expect(() => iterateItems(categories.source, { resumeFrom: checkpoint })).toThrow(
        /saved while reading \/api\/rest\/v1\/products/,
      );
      expect(categories.queries).toHaveLength(0);
    });

    it.each(["", "not-a-checkpoint", "akeneo-page-v1.%%%", "akeneo-page-v1.eyJ4IjoxfQ"])(
      "refuses the damaged checkpoint %p",
      (resumeFrom) => {
        const list = createOffsetList(5);
        expect(() => iterateItems(list.source, { resumeFrom })).toThrow(InvalidArgumentError);
      },
    );
  });
});
