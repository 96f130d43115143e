import { AkeneoError, type AkeneoErrorOptions } from "../../core/errors/index.js";

/** Thrown when a pagination link in an answer does not point to a further page of the same list. */
export class UnexpectedLinkError extends AkeneoError {
  override name = "UnexpectedLinkError";
  /** Path of the list being read. */
  readonly expectedPath: string;
  /** Path named by the link (its query is left out). */
  readonly linkPath: string;

  constructor(
    message: string,
    expectedPath: string,
    linkPath: string,
    options: AkeneoErrorOptions = {},
  ) {
    super(`${message}: expected a page of ${expectedPath}, got a link to ${linkPath}`, options);
    this.expectedPath = expectedPath;
    this.linkPath = linkPath;
  }
}
