import { describeType, isPlainRecord } from "../../core/values/index.js";
import { InvalidPageError } from "./invalid-page-error.js";
import type { PageBody } from "./page-source.js";

/**
 * Returns the body of a list answer after checking it has the shape of a page: an object whose
 * `_embedded.items` is an array.
 *
 * Anything else is refused rather than read as an empty page: a missing `_embedded` would end an
 * export silently, and `items` as an object or a string would be iterated as something else.
 *
 * @throws InvalidPageError naming what is wrong.
 */
export function requirePageBody<T>(
  body: unknown,
  listPath: string,
): PageBody<T> & {
  _embedded: { items: readonly T[] };
} {
  if (!isPlainRecord(body)) {
    throw new InvalidPageError(
      `The list answer is not a page (received ${describeType(body)})`,
      listPath,
    );
  }
  const embedded = body._embedded;
  if (!isPlainRecord(embedded)) {
    throw new InvalidPageError(
      `The list answer has ${embedded === undefined ? "no _embedded" : `an _embedded of type ${describeType(embedded)}`}`,
      listPath,
    );
  }
  if (!Array.isArray(embedded.items)) {
    throw new InvalidPageError(
      `The list answer's _embedded.items is not an array (received ${describeType(embedded.items)})`,
      listPath,
    );
  }
  return body as unknown as PageBody<T> & { _embedded: { items: readonly T[] } };
}

/**
 * Returns a list answered in one piece after checking it is an array.
 *
 * @throws InvalidPageError when it is anything else.
 */
export function requireListArray<T>(data: unknown, listPath: string): T[] {
  if (Array.isArray(data)) return data as T[];
  throw new InvalidPageError(
    `The list answer is not an array (received ${describeType(data)})`,
    listPath,
  );
}
