import { createAkeneoClient, InvalidPageError, MAX_EMPTY_PAGES_IN_A_ROW } from "../../src/index.js";
import { CREDENTIALS, type LoopbackPim, startLoopbackPim } from "../core/support/loopback-pim.js";

let pim: LoopbackPim;
beforeEach(async () => {
  pim = await startLoopbackPim();
});
afterEach(async () => {
  await pim.close();
});

function client() {
  return createAkeneoClient({
    baseUrl: pim.baseUrl,
    auth: { type: "password", ...CREDENTIALS },
    logLevel: "silent",
    retry: false,
  });
}

/** Answers every GET of `path` with the body built from the request's query. */
function answerList(path: string, body: (query: URLSearchParams) => unknown): void {
  pim.override((request, response) => {
    const url = new URL(request.path, "http://127.0.0.1");
    if (request.method !== "GET" || url.pathname !== path) return false;
    if (pim.requests.length > 500) throw new Error("unbounded pagination");
    response.writeHead(200, { "content-type": "application/json" });
    response.end(JSON.stringify(body(url.searchParams)));
    return true;
  });
}

const listRequests = (path: string) =>
  pim.requests.filter((request) => request.path.split("?")[0] === path).length;

async function drain(iterable: AsyncIterable<unknown>): Promise<unknown> {
  try {
    for await (const _ of iterable);
    return undefined;
  } catch (error) {
    return error;
  }
}

describe("pagination against a hostile server", () => {
  const categories = "/api/rest/v1/categories";

  it.each([
    ["_embedded.items as an object", { _links: {}, _embedded: { items: { a: 1 } } }],
    ["_embedded.items as a string", { _links: {}, _embedded: { items: "abc" } }],
    ["no _embedded", { _links: {} }],
    ["null", null],
  ])("throws InvalidPageError after one request for a page with %s", async (_name, body) => {
    answerList(categories, () => body);
    const akeneo = client();
    expect(await drain(akeneo.categories.all())).toBeInstanceOf(InvalidPageError);
    expect(await drain(akeneo.categories.pages())).toBeInstanceOf(InvalidPageError);
    await expect(akeneo.categories.listPerPage()).rejects.toThrow(InvalidPageError);
    expect(listRequests(categories)).toBe(3);
  });

  it("stops a pagination cycle A → B → A within three requests", async () => {
    answerList(categories, (query) => {
      const page = Number(query.get("page") ?? 1);
      return {
        _links: { next: { href: `${pim.baseUrl}${categories}?page=${page === 1 ? 2 : 1}` } },
        _embedded: { items: [{ code: `c-${page}` }] },
      };
    });
    const error = await drain(client().categories.all());
    expect(error).toBeInstanceOf(InvalidPageError);
    expect((error as Error).message).toMatch(/cycle/);
    // The first request carries no `page`, so page 1 is read once more by its link before the
    // walk meets a page it has already reached from elsewhere.
    expect(listRequests(categories)).toBe(3);
  });

  it("stops a run of empty pages that keep announcing a next page", async () => {
    answerList(categories, (query) => ({
      _links: {
        next: { href: `${categories}?page=${Number(query.get("page") ?? 1) + 1}` },
      },
      _embedded: { items: [] },
    }));
    expect(await drain(client().categories.all())).toBeInstanceOf(InvalidPageError);
    expect(listRequests(categories)).toBe(MAX_EMPTY_PAGES_IN_A_ROW);
  });

  it("refuses an unpaged list answered with something other than an array", async () => {
    answerList("/api/rest/v1/measurement-families", () => ({ a: 1 }));
    const akeneo = client();
    await expect(akeneo.measurementFamilies.list()).rejects.toThrow(InvalidPageError);
    expect(await drain(akeneo.measurementFamilies.all())).toBeInstanceOf(InvalidPageError);
  });
});
