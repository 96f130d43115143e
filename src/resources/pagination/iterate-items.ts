import { createConsumeOnceGuard } from "../../core/errors/index.js";
import { type PaginateOptions, resolveStart } from "./iterate-pages.js";
import { encodeCheckpoint, type PagePosition } from "./page-checkpoint.js";
import type { PageSource } from "./page-source.js";
import { readPagesAhead } from "./read-ahead.js";

/** Every item of a list, fetched page by page as the loop asks for them; iterable once. */
export interface ItemIterable<T> extends AsyncIterable<T> {
  /**
   * Returns a checkpoint just after the last item handed out; pass it as `resumeFrom` to continue
   * with the next item (the page holding it is fetched again, the items already handed out are
   * skipped).
   */
  checkpoint(): string;
}

/**
 * Iterates every item of a list, page after page, following each answer's `next` link.
 *
 * Nothing is fetched before the loop starts. The next page is requested as soon as a page
 * arrives, while the loop works through its items: at most two pages are held, and a `break`
 * leaves at most one page read for nothing. A failure of the next page is thrown after the last
 * item of the page before.
 *
 * @throws InvalidArgumentError for a bad `limit` or `resumeFrom` (before any request).
 * @throws AlreadyConsumedError when iterated a second time.
 * @throws UnexpectedLinkError when a `next` link leaves the list.
 * @throws InvalidPageError when an answer is not a page, or the links cycle or run through
 *   `MAX_EMPTY_PAGES_IN_A_ROW` empty pages.
 * @example
 * const products = iterateItems(source, { query: { search }, resumeFrom: saved });
 * for await (const product of products) {
 *   await index(product);
 *   saved = products.checkpoint();
 * }
 */
export function iterateItems<T>(
  source: PageSource<T>,
  options: PaginateOptions = {},
): ItemIterable<T> {
  const position = resolveStart(source, options);
  const claim = createConsumeOnceGuard("This item iteration");
  return {
    checkpoint: () => encodeCheckpoint(source.path, position),
    [Symbol.asyncIterator]: () => {
      claim();
      return walkItems(source, position)[Symbol.asyncIterator]();
    },
  };
}

// Advances `position` in place so that `checkpoint()` always reflects the last item handed out;
// once a page's last item is out, the position already names the next page.
async function* walkItems<T>(source: PageSource<T>, position: PagePosition): AsyncGenerator<T> {
  for await (const page of readPagesAhead(source, position.query)) {
    const { items } = page;
    const first = position.skip;
    if (first >= items.length) moveToNextPage(position, page.nextQuery);
    for (let index = first; index < items.length; index += 1) {
      if (index === items.length - 1) moveToNextPage(position, page.nextQuery);
      else position.skip = index + 1;
      yield items[index] as T;
    }
  }
}

function moveToNextPage(position: PagePosition, nextQuery: PagePosition["query"]): void {
  position.query = nextQuery;
  position.skip = 0;
}
