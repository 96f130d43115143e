import { AkeneoError } from "./akeneo-error.js";

/**
 * The token endpoint answered 2xx with something that is not a usable token pair: no
 * `access_token`, or a token that cannot be sent in a header (control characters, spaces…).
 *
 * The message names the endpoint and the faulty field, never the token.
 */
export class InvalidTokenAnswerError extends AkeneoError {
  override name = "InvalidTokenAnswerError";
}
