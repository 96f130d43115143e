import type { AkeneoError } from "../../core/errors/index.js";
import { BatchResults } from "./batch-results.js";
import type { BatchEntry } from "./prepare-batches.js";
import { readBatchAnswer } from "./read-batch-answer.js";
import type { BatchAnswerStyle, SendBatch, UpsertLineResult } from "./upsert-types.js";

/** How batches are sent: the callback, the answer style and the number in flight. */
export interface BatchRunnerSettings<T> {
  sendBatch: SendBatch<T>;
  answerStyle: BatchAnswerStyle;
  concurrency: number;
  signal: AbortSignal | undefined;
  /** Longest NDJSON answer line read (the decoder's default when undefined). */
  maxAnswerLineBytes?: number | undefined;
  /** Times the items left without an answer line are sent again (upserts are idempotent). */
  maxResends: number;
  /** Builds the error that ends a run the caller aborted, from the signal's reason. */
  abortError: (reason: unknown) => AkeneoError;
}

/** A batch on its way, with the batches it must wait for. */
interface Flight<T> {
  results: BatchResults<T>;
  done: Promise<void>;
}

/**
 * Sends prepared batches with bounded concurrency and yields one result per entry, in input order.
 *
 * At most `concurrency` batches are in flight, and at most `2 × concurrency` batches (sent or
 * waiting to be consumed) are held: the input is read only as fast as results are consumed.
 * A batch holding a code that an earlier, unfinished batch also holds waits for that batch, so
 * that the last write of a code in input order is the one the server keeps.
 * Leaving the loop early aborts the batches in flight and stops reading the input; the caller's
 * signal does the same, and every item already read gets a result (`AbortedError` for those whose
 * batch it stopped) before the run ends with that error.
 *
 * @throws UpsertInputError after the results of every item read, when reading the input fails.
 * @throws AbortedError (from `abortError`) after those results, when the caller's signal aborts.
 */
export async function* runBatches<T>(
  batches: AsyncIterator<BatchEntry<T>[]>,
  settings: BatchRunnerSettings<T>,
): AsyncGenerator<UpsertLineResult<T>> {
  const abort = new AbortController();
  const window: BatchResults<T>[] = [];
  const lastWriter = new Map<string, Flight<T>>();
  const maxHeld = settings.concurrency * 2;
  let inFlight = 0;
  let pumping = false;
  let inputDone = false;
  let stopError: { error: unknown } | undefined;
  let waiters: (() => void)[] = [];

  const notify = (): void => {
    const woken = waiters;
    waiters = [];
    for (const wake of woken) wake();
  };
  const changed = (): Promise<void> => new Promise((resolve) => waiters.push(resolve));
  const callerAbort = (): AkeneoError | undefined =>
    settings.signal?.aborted ? settings.abortError(settings.signal.reason) : undefined;

  const send = async (results: BatchResults<T>, after: readonly Promise<void>[]): Promise<void> => {
    inFlight += 1;
    try {
      await Promise.all(after);
      const aborted = callerAbort();
      if (aborted) results.failBatch(aborted);
      else await sendAndCollect(results, settings, abort.signal, callerAbort);
    } finally {
      inFlight -= 1;
      notify();
      void pump();
    }
  };

  const launch = (results: BatchResults<T>): void => {
    const codes = results.codes();
    const after = new Set<Promise<void>>();
    for (const code of codes) {
      const earlier = lastWriter.get(code);
      if (earlier) after.add(earlier.done);
    }
    const flight: Flight<T> = { results, done: Promise.resolve() };
    flight.done = send(results, [...after]).finally(() => {
      for (const code of codes) if (lastWriter.get(code) === flight) lastWriter.delete(code);
    });
    for (const code of codes) lastWriter.set(code, flight);
  };

  // Reads the input one batch at a time, only while there is room; never runs twice at once.
  const pump = async (): Promise<void> => {
    if (pumping) return;
    pumping = true;
    try {
      while (!inputDone && inFlight < settings.concurrency && window.length < maxHeld) {
        const aborted = callerAbort();
        if (aborted) throw aborted;
        if (abort.signal.aborted) break;
        const next = await batches.next();
        if (next.done) {
          inputDone = true;
          break;
        }
        const results = new BatchResults(next.value, settings.answerStyle, notify);
        window.push(results);
        launch(results);
      }
    } catch (error) {
      inputDone = true;
      stopError = { error };
    } finally {
      pumping = false;
      notify();
    }
  };

  // The caller's signal also cancels the requests in flight.
  const forwardAbort = (): void => abort.abort(settings.signal?.reason);
  settings.signal?.addEventListener("abort", forwardAbort, { once: true });
  try {
    void pump();
    for (;;) {
      const head = window[0];
      if (head === undefined) {
        if (inputDone && !pumping) break;
        await changed();
        continue;
      }
      const next = head.takeNext();
      if (next === "wait") await changed();
      else if (next === "done") {
        window.shift();
        void pump();
      } else yield next;
    }
    const aborted = callerAbort();
    if (aborted) throw aborted;
    if (stopError) throw stopError.error;
  } finally {
    settings.signal?.removeEventListener("abort", forwardAbort);
    abort.abort();
    batches.return?.(undefined).catch(() => undefined);
  }
}

// Sends a batch, then sends again the items an interrupted answer left without a line.
async function sendAndCollect<T>(
  results: BatchResults<T>,
  settings: BatchRunnerSettings<T>,
  signal: AbortSignal,
  callerAbort: () => AkeneoError | undefined,
): Promise<void> {
  const items = results.sentItems();
  if (items.length === 0) return results.finish();
  let body = results.takeEncodedBody();
  for (let resends = 0; ; resends += 1) {
    let answer: Awaited<ReturnType<SendBatch<T>>>;
    try {
      answer = await settings.sendBatch(results.sentItems(), signal, body);
    } catch (error) {
      return results.failBatch(callerAbort() ?? toError(error));
    }
    let cause: unknown;
    try {
      for await (const entry of readBatchAnswer(
        answer,
        settings.answerStyle,
        settings.maxAnswerLineBytes,
      )) {
        results.accept(entry);
      }
    } catch (error) {
      cause = error;
    }
    const aborted = callerAbort();
    if (aborted) return results.failBatch(aborted);
    if (results.unansweredCount() === 0 || resends >= settings.maxResends) {
      return results.finish(cause);
    }
    body = results.prepareResend();
  }
}

function toError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}
