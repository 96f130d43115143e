// A body that opens with its `_links` member, an object whose members are objects of strings, as
// Akeneo writes every list answer: `{"_links":{"self":{"href":"…"},"next":{"href":"…"}},…`.
// Each alternative starts with its own character, so a body that does not match fails fast.
const OPENING_LINKS =
  /^\s*\{\s*"_links"\s*:\s*(\{(?:[^{}"]|"(?:[^"\\]|\\.)*"|\{(?:[^{}"]|"(?:[^"\\]|\\.)*")*\})*\})/;

/**
 * Reads the `next` link of a page from its unparsed body when the body opens with its `_links`
 * member; `undefined` otherwise.
 *
 * This is a forecast, read in microseconds instead of the whole page's parse: the link the walk
 * follows is always the one of the parsed page, which a body repeating `_links` further on
 * could make differ.
 */
export function peekNextLink(text: string): string | undefined {
  const links = OPENING_LINKS.exec(text)?.[1];
  if (links === undefined) return undefined;
  try {
    const href = (JSON.parse(links) as { next?: { href?: unknown } }).next?.href;
    return typeof href === "string" ? href : undefined;
  } catch {
    return undefined;
  }
}
