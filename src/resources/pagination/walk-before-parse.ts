import { letRequestGoOut } from "./let-request-go-out.js";
import { type PageVisit, readNextQuery, readPageStep } from "./page.js";
import type { PageQuery, PageSource, UnparsedPage, WalkPages } from "./page-source.js";
import {
  describeQuery,
  enterPage,
  mayFollow,
  startWalk,
  type WalkStep,
} from "./page-walk-guard.js";
import { peekNextLink } from "./peek-next-link.js";

/**
 * Fetches the page answered for this query, read whole but unparsed.
 *
 * Implementations throw the SDK's API errors (via `unwrap()`) on a non-2xx answer.
 */
export type FetchUnparsedPage<T> = (query: PageQuery) => Promise<UnparsedPage<T>>;

/** A page asked for: where the walk stands on it, and its answer, not parsed yet. */
interface PageLoad<T> {
  visit: PageVisit;
  answer: UnparsedPage<T>;
}

/** The next page, asked for before the parse of the page whose link names it. */
interface Forecast<T> {
  href: string;
  answer: Promise<UnparsedPage<T>>;
}

// Marked handled at once: Node would otherwise report a failure of a page asked for ahead as
// unhandled while the loop is still on the page before. `await` still throws it, in order.
function handled<V>(pending: Promise<V>): Promise<V> {
  pending.catch(() => undefined);
  return pending;
}

async function askForPage<T>(
  fetchPage: FetchUnparsedPage<T>,
  step: WalkStep,
  query: PageQuery,
  sent?: Promise<UnparsedPage<T>>,
): Promise<PageLoad<T>> {
  const key = enterPage(step, query);
  return {
    visit: { query, firstQuery: query, step, key },
    answer: await (sent ?? fetchPage(query)),
  };
}

// Asks for the next page as soon as the unparsed page names it, unless the walk could refuse to
// go there (a link leaving the list, a cycle, the last empty page allowed): the parsed page then
// decides, as it does for every page.
function forecastNext<T>(
  path: string,
  fetchPage: FetchUnparsedPage<T>,
  load: PageLoad<T>,
): Forecast<T> | undefined {
  const { text } = load.answer;
  const href = text === undefined ? undefined : peekNextLink(text);
  if (href === undefined) return undefined;
  let query: PageQuery;
  try {
    query = readNextQuery(href, path, load.visit.key);
  } catch {
    return undefined;
  }
  if (!mayFollow(load.visit.step, load.visit.key, describeQuery(query))) return undefined;
  return { href, answer: handled(fetchPage(query)) };
}

/**
 * Returns a walk of the list that asks for each next page before it parses the current one, so
 * that the server prepares the next page while this one is parsed (a page of 100 products takes
 * as long to parse as the server takes to answer).
 *
 * The next link is read off the opening of the unparsed body (`peekNextLink`); the walk follows
 * the parsed page's own link, and a forecast it does not confirm is dropped, read for nothing.
 * Otherwise it walks as the engine's read-ahead does: nothing is fetched before the first
 * `next()`, at most two pages are held, a caller that stops leaves at most one page read for
 * nothing, and a failure of the page asked for ahead is thrown when the caller asks for it.
 */
export function walkBeforeParse<T>(
  source: PageSource<T>,
  fetchPage: FetchUnparsedPage<T>,
): WalkPages<T> {
  return async function* (firstQuery) {
    let pending = askForPage(fetchPage, startWalk(source.path), firstQuery);
    for (;;) {
      const load = await pending;
      const forecast = forecastNext(source.path, fetchPage, load);
      if (forecast !== undefined) await letRequestGoOut();
      const { page, next } = readPageStep(source, load.visit, load.answer.parse());
      const { nextQuery } = page;
      if (nextQuery === null) {
        yield page;
        return;
      }
      const sent =
        forecast !== undefined && page.links.next === forecast.href ? forecast.answer : undefined;
      pending = handled(askForPage(fetchPage, next, nextQuery, sent));
      yield page;
    }
  };
}
