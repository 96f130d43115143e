/** How often, and for how long, to knock on a server that is starting. */
export interface AnswerWaitOptions {
  /** Give up after this long. */
  timeoutMs: number;
  /** Pause between two attempts. */
  intervalMs: number;
  /** Stops waiting early, e.g. because the server process exited; its message explains why. */
  abandoned?: () => string | undefined;
}

const ATTEMPT_TIMEOUT_MS = 1_000;

/**
 * Polls a URL until the server answers with any HTTP status.
 *
 * @throws Error when the server does not answer within `timeoutMs` or waiting is abandoned.
 */
export async function waitUntilAnswering(url: string, options: AnswerWaitOptions): Promise<void> {
  const deadline = Date.now() + options.timeoutMs;
  let lastFailure = "no attempt made";
  while (Date.now() < deadline) {
    const reason = options.abandoned?.();
    if (reason !== undefined) throw new Error(reason);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(ATTEMPT_TIMEOUT_MS) });
      await response.body?.cancel();
      return;
    } catch (error) {
      lastFailure = error instanceof Error ? error.message : String(error);
    }
    await new Promise((resolve) => setTimeout(resolve, options.intervalMs));
  }
  throw new Error(
    `${url} did not answer within ${options.timeoutMs} ms (last failure: ${lastFailure})`,
  );
}
