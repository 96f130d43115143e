/** What a limiter is told about the attempt that asks for a slot. */
export interface LimiterRequest {
  /**
   * Aborts the wait: the caller's own signal or, when the caller gave none, one that never aborts,
   * shared by the client's calls. Either may live as long as the client: remove what you add to
   * it once the wait is over (on Node 20, `AbortSignal.any()` keeps a reference per call on it).
   */
  readonly signal: AbortSignal;
  /**
   * Longest wait in ms for a slot, from the call's timeout; `undefined` when the call has none.
   * A limiter that waits on something outside the process must give up by then.
   */
  readonly timeoutMs: number | undefined;
  /** Token calls, which every queued call waits for anyway: served before queued attempts. */
  readonly priority: boolean;
  /** Method of the attempt, for error messages. */
  readonly method: string;
  /** URL of the attempt, for error messages. */
  readonly url: string;
}

/**
 * Hands out the right to send one attempt: a concurrency slot and a start within the rate budget.
 *
 * The client calls `acquire` before each attempt and the returned function once the attempt's
 * answer headers arrive or the attempt fails; nothing is sent without a slot. Pass one to the
 * `limiter` client option to share the budget between processes (see `akeneo-pim-sdk/redis`).
 */
export interface Limiter {
  /**
   * Resolves with the function that frees the slot (idempotent) once the attempt may be sent.
   *
   * Rejects with an `AkeneoError` when no slot can be had within `timeoutMs`, or with the signal's
   * reason when it aborts.
   */
  acquire(request: LimiterRequest): Promise<() => void>;
}
