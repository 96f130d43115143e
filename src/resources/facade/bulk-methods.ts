import { withCallOptions } from "../../core/client/index.js";
import { InvalidArgumentError } from "../../core/errors/index.js";
import {
  type BatchAnswerStyle,
  upsertList as runUpsertList,
  type UpsertListRun,
} from "../bulk/index.js";
import { readCallOptions } from "./call-arguments.js";
import type { EndpointFunction } from "./endpoint-types.js";
import { callEndpoint, type ResourceContext } from "./resource-context.js";

/** Per-call settings of `upsertList`. */
export interface UpsertListCallOptions {
  /** Batches in flight at once (1–10). @default 4 */
  concurrency?: number;
  /** Items per request (1–100). @default 100 */
  batchSize?: number;
  /** Times the items an interrupted answer left without a line are sent again (0–10). @default 3 */
  maxResends?: number;
  /**
   * Stops reading and sending: every item already read gets a result (failed with
   * `AbortedError` when its batch was stopped), then the iteration throws `AbortedError`.
   */
  signal?: AbortSignal;
  /**
   * Deadline of each attempt of each batch request in milliseconds; 0 disables it.
   *
   * @default the client's `timeoutMs`
   */
  timeoutMs?: number;
}

const CALL_OPTIONS: ReadonlySet<string> = new Set([
  "concurrency",
  "batchSize",
  "maxResends",
  "signal",
  "timeoutMs",
  "query",
]);

/** A bulk endpoint bound to its path and query parameters. */
export interface BulkTarget<T> {
  endpoint: EndpointFunction;
  answerStyle: BatchAnswerStyle;
  pathParams?: Readonly<Record<string, string>>;
  /** Path of the bulk request, named by errors (an aborted run's `AbortedError`). */
  path: string;
  query?: Readonly<Record<string, string | undefined>>;
  /** Returns an item's code for results (its `identifier`, `uuid` or `code`). */
  codeOf: (item: T) => string | undefined;
}

/**
 * Upserts items through a bulk endpoint in batches of at most 100, streaming one result per item.
 *
 * @throws {InvalidArgumentError} for a bad input or an unknown or bad option (before anything is
 *   sent).
 */
export function upsertInBatches<T>(
  context: ResourceContext,
  target: BulkTarget<T>,
  items: Iterable<T> | AsyncIterable<T>,
  // `query`: the bulk operation's own query parameters (typed per operation by the facade).
  options: UpsertListCallOptions & { query?: unknown } = {},
): UpsertListRun<T> {
  checkCallOptions(options);
  const call = readCallOptions(
    options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs },
  );
  const query = { ...target.query, ...readBulkQuery(options.query) };
  const params = { path: target.pathParams ?? {}, query };
  return runUpsertList(items, {
    concurrency: options.concurrency,
    batchSize: options.batchSize,
    maxResends: options.maxResends,
    maxAnswerLineBytes: context.maxNdjsonLineBytes,
    signal: options.signal,
    target: { method: "PATCH", url: target.path },
    answerStyle: target.answerStyle,
    codeOf: target.codeOf,
    sendBatch: (_batch, signal, encodedBody) =>
      // The engine has already encoded the batch (NDJSON lines or a JSON array) to check its
      // size; the request body serializer sends that text as it is instead of encoding again.
      callEndpoint(
        context,
        target.endpoint,
        withCallOptions({ params, body: encodedBody, signal }, call) as never,
      ) as never,
  });
}

function checkCallOptions(options: unknown): void {
  if (options === null || typeof options !== "object" || Array.isArray(options)) {
    throw new InvalidArgumentError(
      `upsertList options must be an object, received ${options === null ? "null" : Array.isArray(options) ? "an array" : typeof options}`,
    );
  }
  for (const name of Object.keys(options)) {
    if (!CALL_OPTIONS.has(name)) {
      throw new InvalidArgumentError(
        `upsertList does not know the option "${name}" (accepted: ${[...CALL_OPTIONS].join(", ")})`,
      );
    }
  }
}

function readBulkQuery(query: unknown): Record<string, string | number | boolean> {
  if (query === undefined) return {};
  if (query === null || typeof query !== "object" || Array.isArray(query)) {
    throw new InvalidArgumentError(`upsertList: query must be an object, received ${typeof query}`);
  }
  const checked: Record<string, string | number | boolean> = {};
  for (const [name, value] of Object.entries(query)) {
    if (value === undefined) continue;
    if (!["string", "number", "boolean"].includes(typeof value)) {
      throw new InvalidArgumentError(
        `upsertList: query parameter ${name} must be a string, number or boolean, received ${typeof value}`,
      );
    }
    checked[name] = value as string | number | boolean;
  }
  return checked;
}

/** Reads the `code` of an item. */
export function codeField(item: unknown): string | undefined {
  return readField(item, "code");
}

/** Reads the `identifier` of a product. */
export function identifierField(item: unknown): string | undefined {
  return readField(item, "identifier");
}

/** Reads the `uuid` of a product. */
export function uuidField(item: unknown): string | undefined {
  return readField(item, "uuid");
}

function readField(item: unknown, name: string): string | undefined {
  const value = (item as Record<string, unknown> | null | undefined)?.[name];
  return typeof value === "string" ? value : undefined;
}
