import { InvalidArgumentError } from "../../core/errors/index.js";
import type { SearchInput } from "../search/index.js";

/**
 * Query parameters as the PHP client takes them: an associative array of plain values, `search`
 * as a filter object, a builder or its JSON text. `limit` and `with_count` have their own
 * arguments and are refused here, as the PHP client refuses them.
 */
export type PhpQueryParameters = {
  readonly [name: string]: string | number | boolean | SearchInput | undefined;
} & {
  readonly search?: SearchInput;
  readonly limit?: never;
  readonly with_count?: never;
};

/** Query parameters of a single read (`with_quality_scores`, `attributes`…). */
export type PhpGetQueryParameters = Readonly<Record<string, string | number | boolean | undefined>>;

/** The list options a facade takes, built from the PHP arguments. */
export type FacadeListOptions = Readonly<Record<string, unknown>>;

/**
 * Turns the PHP arguments `(limit, withCount, queryParameters)` into the facade's list options.
 *
 * @throws {InvalidArgumentError} when the query is not an object or holds `limit` or `with_count`.
 */
export function toListOptions(
  limit: unknown,
  withCount: unknown,
  queryParameters: unknown,
): FacadeListOptions {
  const query = requireQueryParameters(queryParameters);
  return { ...query, limit, withCount };
}

/**
 * Turns the PHP arguments `(pageSize, queryParameters)` of `all()` into the facade's options;
 * `pageSize` undefined lets the server choose, as the PHP client does for records and assets.
 *
 * @throws {InvalidArgumentError} when the query is not an object or holds `limit` or `with_count`.
 */
export function toIterateOptions(pageSize: unknown, queryParameters: unknown): FacadeListOptions {
  const query = requireQueryParameters(queryParameters);
  return pageSize === undefined ? query : { ...query, limit: pageSize };
}

function requireQueryParameters(value: unknown): Record<string, unknown> {
  if (value === undefined) return {};
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new InvalidArgumentError(
      `queryParameters must be an object, received ${value === null ? "null" : Array.isArray(value) ? "an array" : typeof value}`,
    );
  }
  for (const reserved of ["limit", "with_count"]) {
    if (reserved in value) {
      throw new InvalidArgumentError(
        `queryParameters may not hold "${reserved}": pass it as its own argument`,
      );
    }
  }
  return value as Record<string, unknown>;
}

/**
 * Returns the body the PHP client sends for `create(code, data)` or a code-injecting `upsert`:
 * `data` without `_links`, with `code` under `key`.
 *
 * @throws {InvalidArgumentError} when `data` is not an object or already holds one of `refused`.
 */
export function withInjectedCode(
  key: string,
  code: unknown,
  data: unknown,
  refused: readonly string[] = [key],
): Record<string, unknown> {
  const body = withoutLinks(data);
  for (const name of refused) {
    if (name in body) {
      throw new InvalidArgumentError(
        `data may not hold "${name}": it is given by the ${key} argument`,
      );
    }
  }
  return { ...body, [key]: code };
}

/**
 * Returns `data` without its `_links`, which the PHP client strips before sending.
 *
 * @throws {InvalidArgumentError} when `data` is not an object.
 */
export function withoutLinks(data: unknown): Record<string, unknown> {
  if (data === undefined) return {};
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    throw new InvalidArgumentError(
      `data must be an object, received ${data === null ? "null" : Array.isArray(data) ? "an array" : typeof data}`,
    );
  }
  const { _links: _ignored, ...rest } = data as Record<string, unknown>;
  return rest;
}
