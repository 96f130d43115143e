import { AkeneoError } from "./akeneo-error.js";

/** Thrown on a second attempt to consume something that can be consumed only once. */
export class AlreadyConsumedError extends AkeneoError {
  override name = "AlreadyConsumedError";

  /** @param what What was consumed twice, e.g. "This page iteration". */
  constructor(what: string) {
    super(`${what} can be consumed only once and was already consumed; start a new one`);
  }
}

/**
 * Returns a guard that lets its first call through and throws `AlreadyConsumedError` afterwards.
 *
 * @param what Subject of the error message, e.g. "This upsertList result stream".
 */
export function createConsumeOnceGuard(what: string): () => void {
  let consumed = false;
  return () => {
    if (consumed) throw new AlreadyConsumedError(what);
    consumed = true;
  };
}
