import type { AttemptSignal, FetchLike } from "./transport-stage.js";

// A symbol on the fetch, not a WeakSet: no module holds state.
const CREATES_ATTEMPT_ABORTS = Symbol("createsAttemptAborts");

/** What aborts one attempt (its timeout, or the caller's abort), and the signal `fetch` is handed. */
export interface AttemptAbort {
  /** The attempt's signal, read by the stages inside it and handed to `fetch`. */
  readonly signal: AttemptSignal;
  /** Aborts the attempt, once. */
  abort(reason: unknown): void;
}

/** Creates what aborts one attempt. */
export type CreateAttemptAbort = () => AttemptAbort;

/** Creates what aborts one attempt with an `AbortController`, whose signal any `fetch` reads. */
export function createControllerAbort(): AttemptAbort {
  const controller = new AbortController();
  return { signal: controller.signal, abort: (reason) => controller.abort(reason) };
}

/**
 * Marks a `fetch` that reads signals of its own kind, lighter than an `AbortSignal` per attempt,
 * and gives how its attempts are aborted.
 */
export function markCreatesAttemptAborts<F extends FetchLike>(
  fetchImpl: F,
  create: CreateAttemptAbort,
): F {
  Object.defineProperty(fetchImpl, CREATES_ATTEMPT_ABORTS, { value: create });
  return fetchImpl;
}

/**
 * Returns how the attempts of `fetchImpl` are aborted: its own way when marked, else with an
 * `AbortController`.
 */
export function attemptAbortsOf(fetchImpl: FetchLike): CreateAttemptAbort {
  return (
    (fetchImpl as FetchLike & { [CREATES_ATTEMPT_ABORTS]?: CreateAttemptAbort })[
      CREATES_ATTEMPT_ABORTS
    ] ?? createControllerAbort
  );
}
