import { AkeneoError, type AkeneoErrorOptions } from "./akeneo-error.js";

/**
 * A token store cannot be used: its file is a directory, its folder cannot be created, access is
 * denied. `code` is the system code when known (`EISDIR`, `EACCES`…).
 */
export class TokenStoreError extends AkeneoError {
  override name = "TokenStoreError";
  /** System error code such as `EACCES`, when known. */
  readonly code: string | undefined;

  constructor(message: string, options: AkeneoErrorOptions & { code?: string | undefined } = {}) {
    super(message, options);
    this.code = options.code;
  }
}

/**
 * A token store holds something that is not a token pair (a half-edited or truncated file).
 *
 * The client treats such a store as empty: it warns once, obtains a new pair and overwrites it.
 */
export class CorruptTokenStoreError extends TokenStoreError {
  override name = "CorruptTokenStoreError";
}
