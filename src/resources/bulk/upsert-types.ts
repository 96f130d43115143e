import type { AkeneoErrorDetail } from "../../core/errors/index.js";

/** How an endpoint answers a batch: NDJSON lines (13 endpoints) or one JSON array (3 endpoints). */
export type BatchAnswerStyle = "ndjson" | "json-array";

/**
 * What `sendBatch` may return: the answer's byte stream (openapi-fetch with `parseAs: "stream"`),
 * the `Response`, its text, or the already parsed lines / array. `null`/`undefined` mean an
 * empty answer (every item of the batch then fails as unanswered).
 */
export type BatchAnswer =
  | ReadableStream<Uint8Array>
  | Response
  | string
  | readonly unknown[]
  | null
  | undefined;

/**
 * Sends one batch (at most 100 items) and returns the server's answer.
 *
 * Called with the items in input order; NDJSON answer line `n` belongs to `items[n - 1]`. Throw
 * when the request fails for good (after the transport's retries): every item of the batch then
 * gets a failed result carrying that error. `signal` aborts when the caller stops consuming.
 * `encodedBody` holds the same items already encoded (NDJSON lines, or a JSON array): sending it
 * instead of `items` spares encoding them a second time (`serializeRequestBody` sends a string
 * body as is).
 */
export type SendBatch<T> = (
  items: readonly T[],
  signal: AbortSignal,
  encodedBody: string,
) => Promise<BatchAnswer>;

/** Why an item failed. */
export type UpsertFailureKind =
  /** The server answered a 4xx line for this item. */
  | "rejected"
  /** The item was never sent: too long for one line, or no JSON form. */
  | "not-sent"
  /** Its batch failed at the transport level (after retries); `error` says why. */
  | "batch-failed"
  /** The answer stopped or was unreadable before this item's line; `error` says why. */
  | "no-answer";

/** What every result carries: which input item it is about. */
export interface UpsertResultBase<T> {
  /** 0-based position of the item in the caller's input. */
  index: number;
  /** The item's code (identifier, uuid or code), from the key function or the server's answer. */
  code: string | undefined;
  /** The item as given. */
  item: T;
  /** The server's answer line for this item, when there was one. */
  answer: Readonly<Record<string, unknown>> | undefined;
}

/** The server created (201) or updated (204) the item. */
export interface UpsertSuccess<T> extends UpsertResultBase<T> {
  status: "created" | "updated";
  /** HTTP status of the item's line. */
  statusCode: number;
}

/** The item was not upserted. */
export interface UpsertFailure<T> extends UpsertResultBase<T> {
  status: "failed";
  /** Why it failed. */
  failure: UpsertFailureKind;
  /** HTTP status of the item's line (`rejected` only). */
  statusCode: number | undefined;
  /** Akeneo's message, or the error's message when the item got no answer line. */
  message: string;
  /** Akeneo's validation details (`rejected` only; empty otherwise). */
  errors: readonly AkeneoErrorDetail[];
  /** The error behind a `not-sent`, `batch-failed` or `no-answer` failure. */
  error: Error | undefined;
}

/** The outcome for one input item; each input item gets exactly one. */
export type UpsertLineResult<T> = UpsertSuccess<T> | UpsertFailure<T>;

/** Counts of the results handed out so far (final once the iteration ends). */
export interface UpsertSummary {
  total: number;
  created: number;
  updated: number;
  failed: number;
}

/** How `upsertList` reads, splits and sends its input. */
export interface UpsertListOptions<T> {
  /** Sends one batch; see `SendBatch`. */
  sendBatch: SendBatch<T>;
  /** How the endpoint answers. */
  answerStyle: BatchAnswerStyle;
  /** Returns an item's code (its `identifier`, `uuid` or `code`) for results and errors. */
  codeOf: (item: T) => string | undefined;
  /**
   * Batches in flight at once (1–10; Akeneo allows 4 concurrent calls per connection).
   * @default 4
   */
  concurrency?: number;
  /**
   * Items per request (1–100; Akeneo refuses more than 100).
   * @default 100
   */
  batchSize?: number;
  /**
   * Longest encoded item accepted, in UTF-8 bytes; a longer item fails as `not-sent`.
   * @default 1_000_000 for NDJSON (Akeneo's line limit); no limit for JSON arrays
   */
  maxItemBytes?: number;
  /**
   * Longest line of an NDJSON answer read, in UTF-8 bytes; a longer line ends the reading of
   * that answer with `NdjsonDecodeError` (`line-too-long`).
   * @default 8 MiB (the client passes its `maxNdjsonLineBytes`)
   */
  maxAnswerLineBytes?: number;
  /**
   * Times the items an interrupted answer left without a line are sent again (0–10): bulk
   * upserts are idempotent, so a re-send gives them their true result.
   * @default 3
   */
  maxResends?: number;
  /**
   * Stops reading and sending: every item already read gets a result (a failed one carrying
   * `AbortedError` when its batch was stopped), then the iteration throws `AbortedError`, whose
   * `cause` is the signal's reason.
   */
  signal?: AbortSignal;
  /** The bulk request, named by the `AbortedError` of an aborted run. */
  target?: { method: string; url: string };
}

/** Results of an `upsertList` call, streamed in input order; iterable once. */
export interface UpsertListRun<T> extends AsyncIterable<UpsertLineResult<T>> {
  /** Counts of the results handed out so far. */
  readonly summary: UpsertSummary;
  /** Consumes the whole run and returns every result with the summary (for small lists). */
  collect(): Promise<UpsertListOutcome<T>>;
}

/** Every result of a run, with the summary. */
export interface UpsertListOutcome<T> {
  results: UpsertLineResult<T>[];
  summary: UpsertSummary;
}
