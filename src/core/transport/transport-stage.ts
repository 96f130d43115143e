/**
 * One stage of the transport: sends a request (through the next stage) and returns the answer.
 *
 * `signal` aborts this attempt; stages may narrow it (the timeout stage adds its own deadline).
 */
export type TransportStage = (request: Request, signal: AbortSignal) => Promise<Response>;

/** What the stages inside an attempt read of what aborts it: whether it did, and why. */
export interface AttemptSignal {
  /** True once the attempt is aborted. */
  readonly aborted: boolean;
  /** Why it was aborted. */
  readonly reason: unknown;
}

/**
 * A stage inside one attempt (reading the answer, checking redirects, logging, `fetch`): it only
 * reads its signal, which is the attempt's (`AttemptAbort`), or the caller's
 * `AbortSignal` when the call has no timeout.
 */
export type AttemptStage = (request: Request, signal: AttemptSignal) => Promise<Response>;

/** A `fetch` implementation the transport can call (the global one by default). */
export type FetchLike = (input: Request, init?: RequestInit) => Promise<Response>;

/** The finished transport: the `fetch` handed to openapi-fetch. */
export type Transport = (request: Request) => Promise<Response>;
