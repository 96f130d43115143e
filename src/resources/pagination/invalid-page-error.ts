import { AkeneoError, type AkeneoErrorOptions } from "../../core/errors/index.js";

/**
 * Thrown when a list answer is not a page of that list: not an object, no `_embedded.items`
 * array, a pagination cycle, or too many empty pages in a row that still announce a next one.
 */
export class InvalidPageError extends AkeneoError {
  override name = "InvalidPageError";
  /** Path of the list being read. */
  readonly listPath: string;

  constructor(message: string, listPath: string, options: AkeneoErrorOptions = {}) {
    super(`${message} (reading ${listPath})`, options);
    this.listPath = listPath;
  }
}
