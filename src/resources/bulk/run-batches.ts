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
}

/**
 * Sends prepared batches with bounded concurrency and yields one result per entry, in input order.
 *
 * At most `concurrency` batches are in flight, and at most `2 × concurrency` batches (sent or
 * waiting to be consumed) are held: the input is read only as fast as results are consumed.
 * Leaving the loop early aborts the batches in flight and stops reading the input.
 *
 * @throws the input's own error, or the signal's reason, after the results of every batch
 *   already read.
 */
export async function* runBatches<T>(
  batches: AsyncIterator<BatchEntry<T>[]>,
  settings: BatchRunnerSettings<T>,
): AsyncGenerator<UpsertLineResult<T>> {
  const abort = new AbortController();
  const window: BatchResults<T>[] = [];
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

  const send = async (results: BatchResults<T>): Promise<void> => {
    inFlight += 1;
    try {
      await sendAndCollect(results, settings, abort.signal);
    } finally {
      inFlight -= 1;
      notify();
      void pump();
    }
  };

  // Reads the input one batch at a time, only while there is room; never runs twice at once.
  const pump = async (): Promise<void> => {
    if (pumping) return;
    pumping = true;
    try {
      while (!inputDone && inFlight < settings.concurrency && window.length < maxHeld) {
        if (settings.signal?.aborted) throw settings.signal.reason;
        const next = await batches.next();
        if (next.done || abort.signal.aborted) {
          inputDone = true;
          break;
        }
        const results = new BatchResults(next.value, settings.answerStyle, notify);
        window.push(results);
        void send(results);
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
    if (stopError) throw stopError.error;
  } finally {
    settings.signal?.removeEventListener("abort", forwardAbort);
    abort.abort();
    batches.return?.(undefined).catch(() => undefined);
  }
}

async function sendAndCollect<T>(
  results: BatchResults<T>,
  settings: BatchRunnerSettings<T>,
  signal: AbortSignal,
): Promise<void> {
  const items = results.sentItems();
  if (items.length === 0) return results.finish();
  let answer: Awaited<ReturnType<SendBatch<T>>>;
  try {
    answer = await settings.sendBatch(items, signal, results.takeEncodedBody());
  } catch (error) {
    return results.failBatch(error instanceof Error ? error : new Error(String(error)));
  }
  try {
    for await (const entry of readBatchAnswer(answer, settings.answerStyle)) results.accept(entry);
    results.finish();
  } catch (cause) {
    results.finish(cause);
  }
}
