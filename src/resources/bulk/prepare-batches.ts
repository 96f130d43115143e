import { InvalidArgumentError } from "../../core/errors/index.js";
import { encodeNdjsonLine } from "../../core/ndjson/index.js";
import { describeType, utf8ByteLength } from "../../core/values/index.js";
import { OversizeItemError, UpsertInputError } from "./bulk-errors.js";

/** One input item on its way: its position, code, and whether it can be sent. */
export interface BatchEntry<T> {
  index: number;
  code: string | undefined;
  item: T;
  /** Why the item is not sent, or `undefined` when it is. */
  refusal: Error | undefined;
  /** The item's JSON text, kept until its batch is sent. */
  line: string | undefined;
}

/** How items are grouped and checked before sending. */
export interface BatchPlan<T> {
  batchSize: number;
  maxItemBytes: number;
  codeOf: (item: T) => string | undefined;
}

/**
 * Reads the input lazily and yields groups of at most `batchSize` entries, in input order.
 *
 * Each item is encoded once, to check that it has a JSON form and fits `maxItemBytes` (Akeneo counts
 * the line in bytes) and to hand the encoded batch to `sendBatch`; a refused item stays in its
 * group, in place, and is not sent. Items that are not objects (`null`, a number, a string, an
 * array) are refused the same way.
 *
 * @throws UpsertInputError when reading the input fails, once the items read before are yielded.
 */
export async function* prepareBatches<T>(
  input: Iterable<T> | AsyncIterable<T>,
  plan: BatchPlan<T>,
): AsyncGenerator<BatchEntry<T>[]> {
  let group: BatchEntry<T>[] = [];
  let index = 0;
  try {
    for await (const item of input) {
      group.push(prepareEntry(item, index, plan));
      index += 1;
      if (group.length === plan.batchSize) {
        yield group;
        group = [];
      }
    }
  } catch (cause) {
    // The items already read still get their results before the input's failure is raised.
    if (group.length > 0) yield group;
    throw new UpsertInputError(index, cause);
  }
  if (group.length > 0) yield group;
}

function prepareEntry<T>(item: T, index: number, plan: BatchPlan<T>): BatchEntry<T> {
  let code: string | undefined;
  if (item === null || typeof item !== "object" || Array.isArray(item)) {
    const refusal = new InvalidArgumentError(
      `Item #${index} is not an object (received ${describeType(item)}): it was not sent`,
    );
    return { index, code, item, refusal, line: undefined };
  }
  try {
    code = plan.codeOf(item);
    const line = encodeNdjsonLine(item);
    const sizeBytes = utf8ByteLength(line);
    const refusal =
      sizeBytes > plan.maxItemBytes
        ? new OversizeItemError({ index, code }, sizeBytes, plan.maxItemBytes)
        : undefined;
    return refusal
      ? { index, code, item, refusal, line: undefined }
      : { index, code, item, refusal, line };
  } catch (error) {
    const refusal = error instanceof Error ? error : new Error(String(error));
    return { index, code, item, refusal, line: undefined };
  }
}
