import { InvalidArgumentError } from "../../core/errors/index.js";
import { describeType } from "../../core/values/index.js";
import type { PageQueryInput } from "../pagination/index.js";
import { type SearchInput, serializeSearch } from "../search/index.js";

// Query parameters the SDK drives itself: pagination, and `search`/`with_count` which take a
// friendlier form below.
type ControlledQuery = "search" | "limit" | "with_count" | "page" | "search_after";

type SearchControl<Q> = "search" extends keyof Q
  ? {
      /** Filter: a search builder, a plain filter object or its JSON text; serialized once. */
      search?: SearchInput;
    }
  : unknown;
type LimitControl<Q> = "limit" extends keyof Q
  ? {
      /** Items per page, 1–100. @default 100 */
      limit?: number;
    }
  : unknown;
type CountControl<Q> = "with_count" extends keyof Q
  ? {
      /** Asks the server for `count` (costly on large catalogs). @default false */
      withCount?: boolean;
    }
  : unknown;
type PageControl<Q> = "page" extends keyof Q
  ? {
      /** Page number (offset pagination). @default 1 */
      page?: number;
    }
  : unknown;

type PassThrough<Q> = [Q] extends [never] ? unknown : Omit<Q, ControlledQuery>;

/** Options of `listPerPage`: the list's own query parameters plus `search`, `limit`, `withCount`. */
export type ListOptions<Q> = PassThrough<Q> &
  SearchControl<Q> &
  LimitControl<Q> &
  CountControl<Q> &
  PageControl<Q>;

/** Options of `all()` and `pages()`: filters, page size, and a checkpoint to resume from. */
export type IterateOptions<Q> = Omit<PassThrough<Q>, "pagination_type"> &
  SearchControl<Q> &
  LimitControl<Q> & {
    /** A checkpoint (`page.cursor`, `items.checkpoint()`) of an earlier iteration of this list. */
    resumeFrom?: string;
  };

const SDK_OPTIONS: ReadonlySet<string> = new Set(["search", "withCount", "resumeFrom"]);

/**
 * Turns list options into the query of the first page: `search` serialized once, `withCount` as
 * `with_count`, every other entry passed through after checking it is a plain value.
 *
 * @throws {InvalidArgumentError} for options that are not an object, an invalid filter, a `page`
 *   below 1, or a value that is not a string, number or boolean.
 */
export function buildListQuery(
  options: object | undefined,
): Record<string, PageQueryInput[string]> {
  const record = requireOptionsObject(options);
  const query: Record<string, string | number | boolean | undefined> = {};
  for (const [name, value] of Object.entries(record)) {
    if (SDK_OPTIONS.has(name) || value === undefined) continue;
    query[name] = requirePlainValue(name, value);
  }
  if (record.search !== undefined) query.search = serializeSearch(record.search as SearchInput);
  if (record.withCount !== undefined) query.with_count = requireFlag(record.withCount);
  if (record.page !== undefined) query.page = requirePageNumber(record.page);
  return query;
}

// A string would be read as options too: "str".search is String.prototype.search.
function requireOptionsObject(options: unknown): Record<string, unknown> {
  if (options === undefined) return {};
  if (typeof options === "object" && options !== null && !Array.isArray(options)) {
    return options as Record<string, unknown>;
  }
  throw new InvalidArgumentError(
    `List options must be an object, received ${describeType(options)}`,
  );
}

// Akeneo answers 422 for a page below 1: refuse it before sending.
function requirePageNumber(value: unknown): number {
  if (typeof value === "number" && Number.isSafeInteger(value) && value >= 1) return value;
  throw new InvalidArgumentError(
    `page must be an integer from 1, received ${typeof value === "number" ? String(value) : describeType(value)}`,
  );
}

/** Returns the `resumeFrom` checkpoint of iterate options, if any. */
export function readResumeFrom(options: object | undefined): string | undefined {
  const value = (options as { resumeFrom?: unknown } | undefined)?.resumeFrom;
  if (value === undefined || typeof value === "string") return value;
  throw new InvalidArgumentError(
    `resumeFrom must be a checkpoint string, received ${typeof value}`,
  );
}

function requirePlainValue(name: string, value: unknown): string | number | boolean {
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") {
    return value;
  }
  throw new InvalidArgumentError(
    `Query parameter "${name}" must be a string, number or boolean, received ${describeType(value)}`,
  );
}

function requireFlag(value: unknown): boolean {
  if (typeof value === "boolean") return value;
  throw new InvalidArgumentError(`withCount must be a boolean, received ${typeof value}`);
}
