import type { AkeneoErrorDetail } from "../../core/errors/index.js";
import type { UpsertLineResult } from "../bulk/index.js";

/**
 * One result of a PHP-style list upsert: the server's answer entry for one item. `line` counts
 * the caller's items from 1, across the batches of 100 the SDK sends.
 */
export type PhpUpsertLine<Key extends string = "code"> = {
  /** Position of the item in the caller's list, from 1 (NDJSON lists only). */
  line?: number;
  /** HTTP status of the item: 201 created, 204 updated, 4xx refused. */
  status_code: number;
  /** Akeneo's message, on a refused item. */
  message?: string;
  /** Akeneo's validation details, on a refused item. */
  errors?: readonly AkeneoErrorDetail[];
} & { [K in Key]: string };

/**
 * Returns the PHP-shaped lines of an NDJSON upsert run, lazily and in input order.
 *
 * An item that got no answer line (its batch failed, or the answer was cut for good) ends the
 * iteration with that item's error, as a failed request ends the PHP client's call.
 */
export async function* toPhpUpsertLines<T, Key extends string>(
  results: AsyncIterable<UpsertLineResult<T>>,
  key: Key,
): AsyncGenerator<PhpUpsertLine<Key>, void, undefined> {
  for await (const result of results) {
    yield { ...answerOf(result, key), line: result.index + 1 };
  }
}

/**
 * Returns every answer entry of a JSON-array upsert run (records, assets, measurement families)
 * as one array, as the PHP client does for those lists.
 *
 * @throws the error of the first item that got no answer entry.
 */
export async function collectPhpUpsertEntries<T>(
  results: AsyncIterable<UpsertLineResult<T>>,
): Promise<PhpUpsertLine[]> {
  const entries: PhpUpsertLine[] = [];
  for await (const result of results) entries.push(answerOf(result, "code"));
  return entries;
}

function answerOf<T, Key extends string>(
  result: UpsertLineResult<T>,
  key: Key,
): PhpUpsertLine<Key> {
  if (result.answer === undefined && result.status === "failed" && result.error !== undefined) {
    throw result.error;
  }
  const entry: Record<string, unknown> = { ...result.answer };
  entry[key] = typeof entry[key] === "string" ? entry[key] : result.code;
  if (typeof entry.status_code !== "number" && result.statusCode !== undefined) {
    entry.status_code = result.statusCode;
  }
  return entry as PhpUpsertLine<Key>;
}
