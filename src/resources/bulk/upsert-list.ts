import {
  AbortedError,
  createConsumeOnceGuard,
  InvalidArgumentError,
} from "../../core/errors/index.js";
import { describeType } from "../../core/values/index.js";
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

/** Times the items an interrupted answer left without a line are sent again, by default. */
export const DEFAULT_MAX_RESENDS = 3;

const MAX_RESENDS = 10;

const KNOWN_OPTIONS: ReadonlySet<string> = new Set([
  "sendBatch",
  "answerStyle",
  "codeOf",
  "concurrency",
  "batchSize",
  "maxItemBytes",
  "maxAnswerLineBytes",
  "maxResends",
  "signal",
  "target",
]);

/**
 * Upserts a list of items in batches and streams one result per item, in input order.
 *
 * The input (an array or any sync or async iterable) is read lazily, in batches of at most 100
 * items, sent `concurrency` at a time. Each result names the item's input position (`index`) and
 * code; a failed item never stops the others. Items too long for one line are refused before
 * sending (`failure: "not-sent"`); a batch whose request fails after retries gives each of its
 * items a `batch-failed` result carrying the error; an answer that ends or breaks before every
 * line sends those items again (upserts are idempotent; `maxResends` times at most), then gives
 * those still without a line a `no-answer` result carrying an `IncompleteBatchAnswerError` that
 * lists them. A code already in an unfinished batch waits for that batch: the last write of a code
 * in input order wins. Nothing is sent before iteration starts.
 *
 * @throws InvalidArgumentError for a bad input or option (before anything is read or sent).
 * @throws UpsertInputError when reading the input fails, after every item read has its result.
 * @throws AbortedError when `signal` aborts, after every item read has its result.
 * @throws AlreadyConsumedError when the results are iterated a second time.
 * @example
 * const run = upsertList(products, {
 *   answerStyle: "ndjson",
 *   codeOf: (product) => product.identifier,
 *   target: { method: "PATCH", url: "/api/rest/v1/products" },
 *   sendBatch: async (_items, signal, encodedBody) =>
 *     unwrap(await upsertProducts(client, { body: encodedBody as never, signal })),
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
  checkOptionNames(options);
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
  const maxResends = checkCount(
    "maxResends",
    options.maxResends,
    DEFAULT_MAX_RESENDS,
    MAX_RESENDS,
    0,
  );
  const signal = checkSignal(options.signal);
  const target = options.target ?? { method: "PATCH", url: "" };
  const abortError = (reason: unknown) =>
    new AbortedError({ method: target.method, url: target.url, cause: reason });
  return { ...options, concurrency, batchSize, maxItemBytes, maxResends, signal, abortError };
}

function checkOptionNames(options: unknown): void {
  if (options === null || typeof options !== "object") {
    throw new InvalidArgumentError(
      `upsertList options must be an object, received ${describeType(options)}`,
    );
  }
  for (const name of Object.keys(options)) {
    if (!KNOWN_OPTIONS.has(name)) {
      throw new InvalidArgumentError(`upsertList does not know the option "${name}"`);
    }
  }
}

/**
 * Returns the signal after checking it is an `AbortSignal` (by its shape, so that a signal from
 * another realm or a polyfill is accepted).
 */
function checkSignal(signal: unknown): AbortSignal | undefined {
  if (signal === undefined) return undefined;
  const candidate = signal as Partial<AbortSignal> | null;
  if (
    candidate !== null &&
    typeof candidate === "object" &&
    typeof candidate.aborted === "boolean" &&
    typeof candidate.addEventListener === "function" &&
    typeof candidate.removeEventListener === "function"
  ) {
    return signal as AbortSignal;
  }
  throw new InvalidArgumentError(`signal must be an AbortSignal, received ${describeType(signal)}`);
}

function checkCount(
  name: string,
  value: number | undefined,
  fallback: number,
  max: number,
  min = 1,
): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new InvalidArgumentError(
      `${name} must be an integer from ${min} to ${max}, received ${describeValue(value)}`,
    );
  }
  return value;
}

function describeValue(value: unknown): string {
  return typeof value === "number" ? String(value) : describeType(value);
}
