import type { AttemptAbort, AttemptSignal } from "../core/transport/index.js";

type AbortListener = () => void;

/**
 * What aborts one attempt of the undici adapter (its timeout or the caller's abort), without an
 * `AbortSignal`.
 *
 * On Node, an `AbortSignal` per attempt, listened to by the HTTP engine, costs more than the rest
 * of the transport's stages together. This holds the same state (`aborted`, `reason`) and the two
 * listener methods the adapter uses, and is its own signal.
 */
export class AttemptDeadline implements AttemptAbort, AttemptSignal {
  #aborted = false;
  #reason: unknown;
  #listeners: AbortListener[] = [];

  /** The deadline itself: the adapter reads it as the attempt's signal. */
  get signal(): AttemptSignal {
    return this;
  }

  /** True once the attempt is aborted. */
  get aborted(): boolean {
    return this.#aborted;
  }

  /** Why the attempt was aborted (a `TimeoutError`, or the caller's reason). */
  get reason(): unknown {
    return this.#reason;
  }

  /** Aborts the attempt once: every listener runs. */
  abort(reason: unknown): void {
    if (this.#aborted) return;
    this.#aborted = true;
    this.#reason = reason;
    const listeners = this.#listeners;
    this.#listeners = [];
    for (const listener of listeners) listener();
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
}
