import { loadPageStep, type Page } from "./page.js";
import type { PageQuery, PageSource } from "./page-source.js";
import { startWalk } from "./page-walk-guard.js";

type LoadedStep<T> = ReturnType<typeof loadPageStep<T>>;

// Marked handled at once: Node would otherwise report a failure of the page read ahead as
// unhandled while the loop is still on the page before. `await` still throws it, in order.
function loadAhead<T>(load: () => LoadedStep<T>): LoadedStep<T> {
  const pending = load();
  pending.catch(() => undefined);
  return pending;
}

/**
 * Walks a list along its `next` links from `firstQuery`, asking for the next page as soon as a
 * page arrives, so that the server works on it while the caller works on the current one.
 *
 * Nothing is fetched before the first `next()`. At most two pages are held; a caller that stops
 * leaves at most one page read for nothing. A failure of the page read ahead is thrown when the
 * caller asks for that page. A source with a `walk` of its own is walked by it instead.
 */
export async function* readPagesAhead<T>(
  source: PageSource<T>,
  firstQuery: PageQuery | null,
): AsyncGenerator<Page<T>> {
  if (firstQuery !== null && source.walk !== undefined) {
    yield* source.walk(firstQuery);
    return;
  }
  let pending: LoadedStep<T> | undefined =
    firstQuery === null
      ? undefined
      : loadPageStep(source, firstQuery, firstQuery, startWalk(source.path));
  while (pending !== undefined) {
    const { page, next: step } = await pending;
    const { nextQuery } = page;
    pending =
      nextQuery === null
        ? undefined
        : loadAhead(() => loadPageStep(source, nextQuery, nextQuery, step));
    yield page;
  }
}
