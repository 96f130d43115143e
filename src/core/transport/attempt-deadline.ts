import type { AttemptSignal, FetchLike } from "./transport-stage.js";

// A symbol on the fetch, not a WeakSet: no module holds state.
const READS_ATTEMPT_DEADLINES = Symbol("readsAttemptDeadlines");

type AbortListener = () => void;

/**
 * What aborts one attempt (its timeout or the caller's abort), without an `AbortSignal` unless a
 * `fetch` needs one.
 *
 * On Node, an `AbortSignal` per attempt, listened to by the HTTP engine, costs more than the rest
 * of the transport's stages together. This holds the same state (`aborted`, `reason`) and the two
 * listener methods undici and the Node adapter use; a `fetch` that is not marked as reading it
 * (`markReadsAttemptDeadlines`) gets a real `AbortSignal` from `toAbortSignal()`, which follows it.
 */
export class AttemptDeadline implements AttemptSignal {
  #aborted = false;
  #reason: unknown;
  #listeners: AbortListener[] = [];
  #controller: AbortController | undefined;

  /** True once the attempt is aborted. */
  get aborted(): boolean {
    return this.#aborted;
  }

  /** Why the attempt was aborted (a `TimeoutError`, or the caller's reason). */
  get reason(): unknown {
    return this.#reason;
  }

  /** Aborts the attempt once: every listener runs, and so does the signal's, if one was made. */
  abort(reason: unknown): void {
    if (this.#aborted) return;
    this.#aborted = true;
    this.#reason = reason;
    const listeners = this.#listeners;
    this.#listeners = [];
    for (const listener of listeners) listener();
    this.#controller?.abort(reason);
  }

  /** Runs `listener` once when the attempt aborts (the `abort` type is the only one). */
  addEventListener(_type: "abort", listener: AbortListener): void {
    if (!this.#aborted) this.#listeners.push(listener);
  }

  /** Forgets a listener added with `addEventListener`. */
  removeEventListener(_type: "abort", listener: AbortListener): void {
    const index = this.#listeners.indexOf(listener);
    if (index !== -1) this.#listeners.splice(index, 1);
  }

  /** Returns an `AbortSignal` that aborts with this attempt, made on first use. */
  toAbortSignal(): AbortSignal {
    if (this.#controller === undefined) {
      this.#controller = new AbortController();
      if (this.#aborted) this.#controller.abort(this.#reason);
    }
    return this.#controller.signal;
  }
}

/**
 * Marks a `fetch` as one that takes an `AttemptDeadline` as its `signal` (undici takes any object
 * with `aborted`, `reason` and `addEventListener`), so that no `AbortSignal` is made per attempt.
 */
export function markReadsAttemptDeadlines<F extends FetchLike>(fetchImpl: F): F {
  Object.defineProperty(fetchImpl, READS_ATTEMPT_DEADLINES, { value: true });
  return fetchImpl;
}

/** Returns the signal to hand a `fetch`: the deadline itself when it reads one, else a real signal. */
export function signalForFetch(signal: AttemptSignal, fetchImpl: FetchLike): AbortSignal {
  if (!(signal instanceof AttemptDeadline)) return signal as AbortSignal;
  const readsDeadlines = READS_ATTEMPT_DEADLINES in fetchImpl;
  // The marked adapter reads only `aborted`, `reason` and the two listener methods.
  return readsDeadlines ? (signal as unknown as AbortSignal) : signal.toAbortSignal();
}
