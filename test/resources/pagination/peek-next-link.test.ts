import { peekNextLink } from "../../../src/resources/pagination/peek-next-link.js";

const NEXT = "http://pim/api/rest/v1/products?search_after=9&limit=10";

describe("peekNextLink", () => {
  it("reads the next link of a body that opens with _links", () => {
    const text = JSON.stringify({
      _links: { self: { href: "http://pim/x" }, next: { href: NEXT } },
      _embedded: { items: [] },
    });
    expect(peekNextLink(text)).toBe(NEXT);
    expect(peekNextLink(` \n{ "_links" : {"next":{"href":"${NEXT}"}}, "_embedded":{}}`)).toBe(NEXT);
  });

  it("skips braces and escaped quotes inside strings", () => {
    const href = 'http://pim/api/rest/v1/products?search={"a":[1]}&q=\\"}';
    const text = `{"_links":{"self":{"href":"x}}}\\"{"},"next":{"href":${JSON.stringify(href)}}},"_embedded":{"items":[]}}`;
    expect(peekNextLink(text)).toBe(href);
  });

  it.each([
    ["no next link", '{"_links":{"self":{"href":"x"}},"_embedded":{"items":[]}}'],
    ["_links after another member", `{"current_page":1,"_links":{"next":{"href":"${NEXT}"}}}`],
    [
      "_links nested in an item",
      `{"_embedded":{"items":[{"_links":{"next":{"href":"${NEXT}"}}}]}}`,
    ],
    ["an href that is not a string", '{"_links":{"next":{"href":null}}}'],
    ["a next that is not an object", `{"_links":{"next":"${NEXT}"}}`],
    ["_links that is not an object", `{"_links":["${NEXT}"]}`],
    ["_links that never closes", `{"_links":{"next":{"href":"${NEXT}"}`],
    ["_links that is not JSON", `{"_links":{"next":{"href":'${NEXT}'}}}`],
    ["a body that is not JSON at all", "<html>{}</html>"],
    ["an empty body", ""],
  ])("returns undefined for %s", (_name, text) => {
    expect(peekNextLink(text)).toBeUndefined();
  });

  it("leaves _links nested deeper than links of strings", () => {
    expect(peekNextLink(`{"_links":{"next":{"href":"${NEXT}","x":{"y":1}}}}`)).toBeUndefined();
  });

  it("reads links of any length in one pass", () => {
    const long = `http://pim/api/rest/v1/products?search=${"%7B".repeat(100_000)}`;
    expect(peekNextLink(`{"_links":{"next":{"href":"${long}"}},"_embedded":{"items":[]}}`)).toBe(
      long,
    );
  });
});
