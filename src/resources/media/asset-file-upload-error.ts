import { AkeneoError, type AkeneoErrorOptions } from "../../core/errors/index.js";
import { isPlainRecord } from "../../core/values/index.js";

/** One problem Akeneo reports after a PAM file upload (a variation it could not generate…). */
export interface AssetFileUploadProblem {
  /** Channel of the file concerned, if any. */
  readonly channel?: string | null;
  /** Locale of the file concerned, if any. */
  readonly locale?: string | null;
  /** Akeneo's message. */
  readonly message?: string;
}

/**
 * Thrown when Akeneo accepts a PAM reference or variation file (2xx) but answers an `errors`
 * list, as the PHP client's `UploadAssetReferenceFileErrorException` is.
 */
export class AssetFileUploadError extends AkeneoError {
  override name = "AssetFileUploadError";
  /** The problems Akeneo listed. */
  readonly errors: readonly AssetFileUploadProblem[];

  constructor(
    message: string,
    errors: readonly AssetFileUploadProblem[],
    options?: AkeneoErrorOptions,
  ) {
    super(message, options);
    this.errors = errors;
  }
}

/**
 * Refuses the answer of a PAM file upload that lists errors.
 *
 * @throws {AssetFileUploadError} when the answer is an object whose `errors` is a non-empty list.
 */
export function checkAssetFileUploadAnswer(data: unknown, path: string): void {
  if (!isPlainRecord(data) || !Array.isArray(data.errors) || data.errors.length === 0) return;
  const detail = typeof data.message === "string" ? data.message : "the answer lists errors";
  const errors = data.errors.filter(isPlainRecord) as AssetFileUploadProblem[];
  throw new AssetFileUploadError(`POST ${path}: ${detail}`, errors);
}
