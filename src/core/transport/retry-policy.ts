/** The resolved retry settings. */
export interface RetryPolicy {
  /** Retries after the first attempt; 0 disables retrying. */
  maxRetries: number;
  /** First backoff ceiling; doubles on each retry. */
  baseDelayMs: number;
  /** Upper bound of any computed backoff. */
  maxDelayMs: number;
  /** Longest `Retry-After` honoured; a longer one stops retrying and surfaces the answer. */
  maxRetryAfterMs: number;
}

/** What happened on one attempt, as seen by the retry verdict. */
export interface AttemptOutcome {
  /** 1 for the first attempt. */
  attempt: number;
  /** HTTP method (upper-case). */
  method: string;
  /** False when the body cannot be sent again (a stream). */
  replayable: boolean;
  /** The answer's status, when an answer arrived. */
  status?: number;
  /** The failure, when no answer arrived. */
  error?: unknown;
  /** The parsed `Retry-After`, when the answer had one. */
  retryAfterMs?: number | undefined;
}

/** Either wait `delayMs` and try again, or stop (with the reason, for logs). */
export type RetryVerdict = { retry: true; delayMs: number } | { retry: false; reason: string };

const IDEMPOTENT_METHODS: ReadonlySet<string> = new Set([
  "GET",
  "HEAD",
  "OPTIONS",
  "PUT",
  "PATCH",
  "DELETE",
]);

/** Tells whether sending a request twice has the effect of sending it once (Akeneo upserts do). */
export function isIdempotentMethod(method: string): boolean {
  return IDEMPOTENT_METHODS.has(method.toUpperCase());
}

/**
 * Tells whether a status is worth another attempt.
 *
 * 408 and 429 mean the server did not process the request, so they are retried for any method.
 * 5xx (except 501 Not Implemented and 505, which never change) only for idempotent methods: a POST
 * may have been processed before the gateway failed.
 */
export function isRetryableStatus(status: number, idempotent: boolean): boolean {
  if (status === 408 || status === 429) return true;
  if (status < 500 || status > 599 || status === 501 || status === 505) return false;
  return idempotent;
}

/**
 * Tells whether a failure without an answer is worth another attempt.
 *
 * A refused connection never reached the server, so any method may retry it; a reset or a timeout
 * may have happened after the server acted, so only idempotent methods retry those.
 */
export function isRetryableFailure(error: unknown, idempotent: boolean): boolean {
  if (!(error instanceof Error)) return false;
  if (error.name === "AbortedError") return false;
  if (error.name === "ConnectionError") {
    return idempotent || (error as Error & { code?: string }).code === "ECONNREFUSED";
  }
  return error.name === "TimeoutError" && idempotent;
}

/** Full-jitter exponential backoff: a random wait up to min(cap, base × 2^(attempt−1)). */
export function computeBackoffMs(
  attempt: number,
  policy: RetryPolicy,
  random: () => number,
): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  return Math.floor(random() * ceiling);
}

/** Decides, from one attempt's outcome, whether to retry and after how long. Pure. */
export function decideRetry(
  outcome: AttemptOutcome,
  policy: RetryPolicy,
  random: () => number,
): RetryVerdict {
  if (outcome.attempt > policy.maxRetries) return { retry: false, reason: "retries exhausted" };
  if (!outcome.replayable) return { retry: false, reason: "body cannot be sent again" };
  const idempotent = isIdempotentMethod(outcome.method);
  if (outcome.status !== undefined) {
    if (!isRetryableStatus(outcome.status, idempotent)) {
      return { retry: false, reason: `status ${outcome.status} is final` };
    }
  } else if (!isRetryableFailure(outcome.error, idempotent)) {
    return { retry: false, reason: "failure is final" };
  }
  if (outcome.retryAfterMs !== undefined) {
    if (outcome.retryAfterMs > policy.maxRetryAfterMs) {
      return { retry: false, reason: `Retry-After ${outcome.retryAfterMs} ms is too long` };
    }
    return { retry: true, delayMs: outcome.retryAfterMs };
  }
  return { retry: true, delayMs: computeBackoffMs(outcome.attempt, policy, random) };
}
