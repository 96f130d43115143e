import { InvalidPageError } from "./invalid-page-error.js";
import type { PageQuery } from "./page-source.js";

/**
 * Empty pages in a row that still announce a next page before a walk gives up: a real list never
 * answers this, while a broken server could otherwise send fresh `next` links forever.
 */
export const MAX_EMPTY_PAGES_IN_A_ROW = 10;

/**
 * Where a walk along `next` links stands before fetching its next page.
 *
 * Every page reached records the page it was reached from, so a link back to an earlier page of
 * the walk is a cycle, while fetching the same next page twice (a retry) is not.
 */
export interface WalkStep {
  readonly listPath: string;
  readonly reachedFrom: Map<string, string | null>;
  /** Key of the page this step leaves from; `null` at the start. */
  readonly from: string | null;
  /** Empty pages with a next link met just before this step. */
  readonly emptyInARow: number;
}

/** Returns the first step of a new walk of the list at `listPath`. */
export function startWalk(listPath: string): WalkStep {
  return { listPath, reachedFrom: new Map(), from: null, emptyInARow: 0 };
}

/**
 * Returns the key of the page about to be fetched for `query`.
 *
 * @throws InvalidPageError when the walk reached that page already from another page (a cycle).
 */
export function enterPage(step: WalkStep, query: PageQuery): string {
  const key = describeQuery(query);
  const earlier = step.reachedFrom.get(key);
  if (earlier !== undefined && earlier !== step.from) {
    throw new InvalidPageError(
      "Pagination cycle: a next link leads back to a page already read in this iteration",
      step.listPath,
    );
  }
  return key;
}

/**
 * Records the page fetched for `key` and returns the step that leaves from it.
 *
 * @throws InvalidPageError after `MAX_EMPTY_PAGES_IN_A_ROW` empty pages with a next link.
 */
export function leavePage(
  step: WalkStep,
  key: string,
  itemCount: number,
  hasNext: boolean,
): WalkStep {
  step.reachedFrom.set(key, step.from);
  const emptyInARow = itemCount === 0 && hasNext ? step.emptyInARow + 1 : 0;
  if (emptyInARow >= MAX_EMPTY_PAGES_IN_A_ROW) {
    throw new InvalidPageError(
      `${MAX_EMPTY_PAGES_IN_A_ROW} empty pages in a row each announced a next page`,
      step.listPath,
    );
  }
  return { ...step, from: key, emptyInARow };
}

/**
 * Tells whether the walk could go on from the page `fromKey`, entered with `step`, to the page
 * `nextKey`, whatever the page holds: no cycle, and not the last empty page allowed.
 */
export function mayFollow(step: WalkStep, fromKey: string, nextKey: string): boolean {
  const earlier = step.reachedFrom.get(nextKey);
  return (
    nextKey !== fromKey &&
    (earlier === undefined || earlier === fromKey) &&
    step.emptyInARow + 1 < MAX_EMPTY_PAGES_IN_A_ROW
  );
}

/** Returns a key for a query that ignores the order of its parameters and their types. */
export function describeQuery(query: PageQuery): string {
  return JSON.stringify(
    Object.entries(query)
      .map(([name, value]) => [name, String(value)])
      .sort(([a], [b]) => (a! < b! ? -1 : a! > b! ? 1 : 0)),
  );
}
