import { createConsumeOnceGuard, InvalidArgumentError } from "../../core/errors/index.js";
import { prepareBatches } from "./prepare-batches.js";
import { runBatches } from "./run-batches.js";
import type {
  UpsertLineResult,
  UpsertListOptions,
  UpsertListRun,
  UpsertSummary,
} from "./upsert-types.js";

/** Batches in flight by default: Akeneo's limit of concurrent calls per connection. */
export const DEFAULT_UPSERT_CONCURRENCY = 4;

/** Most items Akeneo accepts in one bulk request (more → 413). */
export const MAX_ITEMS_PER_BATCH = 100;

/** Longest NDJSON line Akeneo accepts (more → 413 "Line is too long"). */
export const MAX_LINE_BYTES = 1_000_000;

const MAX_CONCURRENCY = 10;

/**
 * Upserts a list of items in batches and streams one result per item, in input order.
 *
 * The input (an array or any sync or async iterable) is read lazily, in batches of at most 100
 * items, sent `concurrency` at a time. Each result names the item's input position (`index`) and
 * code; a failed item never stops the others. Items too long for one line are refused before
 * sending (`failure: "not-sent"`); a batch whose request fails after retries gives each of its
 * items a `batch-failed` result carrying the error; an answer that ends or breaks before every
 * line gives the items without a line a `no-answer` result carrying an `IncompleteBatchAnswerError`
 * that lists them. Nothing is sent before iteration starts.
 *
 * @throws InvalidArgumentError for a bad input or option (before anything is read or sent).
 * @throws AlreadyConsumedError when the results are iterated a second time.
 * @example
 * const run = upsertList(products, {
 *   answerStyle: "ndjson",
 *   codeOf: (product) => product.identifier,
 *   sendBatch: async (items, signal) =>
 *     unwrap(await patchProducts(client, { body: items, signal, parseAs: "stream", … })),
 * });
 * for await (const result of run) if (result.status === "failed") log(result.index, result.message);
 * console.log(run.summary); // { total, created, updated, failed }
 */
export function upsertList<T>(
  input: Iterable<T> | AsyncIterable<T>,
  options: UpsertListOptions<T>,
): UpsertListRun<T> {
  checkInput(input);
  const settings = resolveSettings(options);
  const summary: UpsertSummary = { total: 0, created: 0, updated: 0, failed: 0 };
  const claim = createConsumeOnceGuard("This upsertList result stream");

  async function* stream(): AsyncGenerator<UpsertLineResult<T>> {
    const batches = prepareBatches(input, settings);
    for await (const result of runBatches(batches, settings)) {
      summary.total += 1;
      summary[result.status] += 1;
      yield result;
    }
  }

  const run: UpsertListRun<T> = {
    get summary(): UpsertSummary {
      return { ...summary };
    },
    [Symbol.asyncIterator]: () => {
      claim();
      return stream();
    },
    collect: async () => {
      const results: UpsertLineResult<T>[] = [];
      for await (const result of run) results.push(result);
      return { results, summary: { ...summary } };
    },
  };
  return run;
}

function checkInput(input: unknown): void {
  const iterable =
    input !== null &&
    typeof input === "object" &&
    (Symbol.iterator in input || Symbol.asyncIterator in input);
  if (!iterable) {
    throw new InvalidArgumentError(
      `upsertList expects an array or an iterable of items, received ${describeType(input)}`,
    );
  }
}

function resolveSettings<T>(options: UpsertListOptions<T>) {
  const concurrency = checkCount(
    "concurrency",
    options.concurrency,
    DEFAULT_UPSERT_CONCURRENCY,
    MAX_CONCURRENCY,
  );
  const batchSize = checkCount(
    "batchSize",
    options.batchSize,
    MAX_ITEMS_PER_BATCH,
    MAX_ITEMS_PER_BATCH,
  );
  const defaultMaxBytes =
    options.answerStyle === "ndjson" ? MAX_LINE_BYTES : Number.POSITIVE_INFINITY;
  const maxItemBytes = options.maxItemBytes ?? defaultMaxBytes;
  if (!(maxItemBytes > 0)) {
    throw new InvalidArgumentError(
      `maxItemBytes must be a positive number, received ${maxItemBytes}`,
    );
  }
  if (options.answerStyle !== "ndjson" && options.answerStyle !== "json-array") {
    throw new InvalidArgumentError(
      `answerStyle must be "ndjson" or "json-array", received ${JSON.stringify(options.answerStyle)}`,
    );
  }
  if (typeof options.sendBatch !== "function" || typeof options.codeOf !== "function") {
    throw new InvalidArgumentError("upsertList needs sendBatch and codeOf functions");
  }
  return { ...options, concurrency, batchSize, maxItemBytes, signal: options.signal };
}

function checkCount(
  name: string,
  value: number | undefined,
  fallback: number,
  max: number,
): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < 1 || value > max) {
    throw new InvalidArgumentError(
      `${name} must be an integer from 1 to ${max}, received ${value}`,
    );
  }
  return value;
}

function describeType(value: unknown): string {
  if (value === null) return "null";
  return typeof value === "string" ? "a string" : typeof value;
}
