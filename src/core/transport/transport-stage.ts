/**
 * One stage of the transport: sends a request (through the next stage) and returns the answer.
 *
 * `signal` aborts this attempt; stages may narrow it (the timeout stage adds its own deadline).
 */
export type TransportStage = (request: Request, signal: AbortSignal) => Promise<Response>;

/** A `fetch` implementation the transport can call (the global one by default). */
export type FetchLike = (input: Request, init?: RequestInit) => Promise<Response>;

/** The finished transport: the `fetch` handed to openapi-fetch. */
export type Transport = (request: Request) => Promise<Response>;
