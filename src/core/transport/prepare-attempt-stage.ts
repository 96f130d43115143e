import type { TransportStage } from "./transport-stage.js";

/** Adjusts a request just before it is sent (after waiting for a slot or a backoff). */
export type PrepareAttempt = (request: Request) => void;

/**
 * Creates the stage that calls `prepare` on each attempt right before it is sent.
 *
 * The client uses it to bring a request that waited for a slot or a backoff up to date with
 * what changed meanwhile (its auth layer puts on the token renewed while the call was queued).
 */
export function createPrepareAttemptStage(
  next: TransportStage,
  prepare: PrepareAttempt,
): TransportStage {
  return (request, signal) => {
    prepare(request);
    return next(request, signal);
  };
}
