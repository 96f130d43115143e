import {
  AkeneoError,
  type AkeneoErrorOptions,
  InvalidArgumentError,
} from "../../core/errors/index.js";

/** An input item named by its position and code. */
export interface ItemReference {
  /** 0-based position in the caller's input. */
  index: number;
  /** The item's code, when known. */
  code: string | undefined;
}

/** An item too long for one NDJSON line: refused before sending (Akeneo answers 413 for it). */
export class OversizeItemError extends InvalidArgumentError {
  override name = "OversizeItemError";
  /** Which item. */
  readonly item: ItemReference;
  /** Its encoded size in UTF-8 bytes. */
  readonly sizeBytes: number;
  /** The largest size accepted. */
  readonly maxBytes: number;

  constructor(item: ItemReference, sizeBytes: number, maxBytes: number) {
    super(
      `Item #${item.index}${describeCode(item.code)} is ${sizeBytes} bytes long once encoded; ` +
        `the limit is ${maxBytes}: it was not sent`,
    );
    this.item = item;
    this.sizeBytes = sizeBytes;
    this.maxBytes = maxBytes;
  }
}

/**
 * The answer to a batch ended, or could not be read, before every item of the batch had its line.
 *
 * Each item without a line gets a failed result carrying this error; `missing` lists them all.
 */
export class IncompleteBatchAnswerError extends AkeneoError {
  override name = "IncompleteBatchAnswerError";
  /** The items of the batch that got no answer, in input order. */
  readonly missing: readonly ItemReference[];

  constructor(
    missing: readonly ItemReference[],
    sentCount: number,
    reason: string,
    options: AkeneoErrorOptions = {},
  ) {
    super(
      `The answer has no result for ${missing.length} of the ${sentCount} item(s) sent ` +
        `(input positions ${describePositions(missing)}): ${reason}`,
      options,
    );
    this.missing = Object.freeze([...missing]);
  }
}

/**
 * Reading the caller's input failed: every item read before got its result first; the input's own
 * error is the `cause`. Always this class, even when the input threw an SDK error, so that a failing
 * source (another PIM, a database) is never mistaken for a failure of the target PIM.
 */
export class UpsertInputError extends AkeneoError {
  override name = "UpsertInputError";
  /** Items read from the input before it failed. */
  readonly itemsRead: number;

  constructor(itemsRead: number, cause: unknown) {
    super(
      `Reading the upsertList input failed after ${itemsRead} item(s): ${
        cause instanceof Error ? cause.message : String(cause)
      }`,
      { cause },
    );
    this.itemsRead = itemsRead;
  }
}

function describeCode(code: string | undefined): string {
  return code === undefined ? "" : ` (${JSON.stringify(code)})`;
}

function describePositions(items: readonly ItemReference[]): string {
  const shown = items.slice(0, 20).map((item) => item.index);
  return items.length > shown.length ? `${shown.join(", ")}, …` : shown.join(", ");
}
