import type { TransportStage } from "./transport-stage.js";

/** Adjusts a request just before it is sent (after waiting for a slot or a backoff). */
export type PrepareAttempt = (request: Request) => void;

/**
 * Creates the stage that calls `prepare` on each attempt right before it is sent.
 *
 * The client uses it to swap a Bearer token renewed while the request waited in the gate's
 * queue, so that queued calls do not meet a 401 for a token already replaced.
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
