import { InvalidArgumentError } from "../../core/errors/index.js";
import { isPlainRecord } from "../../core/values/index.js";

/**
 * A ready-made NDJSON body, one JSON object per line, as the PHP client's `upsertList` accepts in
 * place of an array (it takes a PSR-7 stream).
 */
export type PhpNdjsonBody = string | Uint8Array | Blob | ReadableStream<Uint8Array>;

/** Tells whether an `upsertList` argument is a ready-made NDJSON body rather than a list. */
export function isPhpNdjsonBody(value: unknown): value is PhpNdjsonBody {
  return (
    typeof value === "string" ||
    value instanceof Uint8Array ||
    value instanceof Blob ||
    value instanceof ReadableStream
  );
}

/**
 * Returns the items of an NDJSON body. A string is checked now; bytes, a blob or a stream are read
 * whole and checked when the iteration starts, before the first item is given (so before any
 * batch is sent). Empty lines (a trailing newline, `\r\n` endings) are skipped.
 *
 * @throws {InvalidArgumentError} naming the first line that is not a JSON object.
 */
export function readPhpNdjsonBody(body: PhpNdjsonBody): Iterable<object> | AsyncIterable<object> {
  if (typeof body === "string") return parseNdjsonItems(body);
  if (body instanceof Uint8Array) return parseNdjsonItems(new TextDecoder().decode(body));
  return {
    [Symbol.asyncIterator]: async function* () {
      yield* parseNdjsonItems(await new Response(body).text());
    },
  };
}

function parseNdjsonItems(text: string): object[] {
  const items: object[] = [];
  text.split("\n").forEach((raw, index) => {
    const line = raw.trim();
    if (line === "") return;
    let item: unknown;
    try {
      item = JSON.parse(line);
    } catch {
      throw new InvalidArgumentError(`resources line ${index + 1} is not valid JSON`);
    }
    if (!isPlainRecord(item)) {
      throw new InvalidArgumentError(`resources line ${index + 1} is not a JSON object`);
    }
    items.push(item);
  });
  return items;
}
