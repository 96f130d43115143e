import type { CallOptions } from "../../core/client/index.js";
import type { UpsertListRun } from "../bulk/index.js";
import type { MediaDownload } from "../media/index.js";
import type { ItemIterable, Page, PageIterable } from "../pagination/index.js";
import type { UpsertListCallOptions } from "./bulk-methods.js";
import type { BodyOf, DataOf, ElementOf, ItemOf, QueryOf } from "./endpoint-types.js";
import type { IterateOptions, ListOptions } from "./list-options.js";
import type { CreatedResource, UpsertOutcome } from "./write-outcomes.js";

// Codes that address a resource, parents first: [] at the top, [attributeCode] for an option…
type Codes = readonly string[];
// The call options come last; an operation without query parameters has no query slot.
type QueryThenCall<F> = [QueryOf<F>] extends [never]
  ? [call?: CallOptions]
  : [query?: QueryOf<F>, call?: CallOptions];

/**
 * Returns one resource by its code(s); the query takes the operation's own parameters, the
 * last argument the call's `signal` and `timeoutMs`.
 */
export type GetMethod<F, C extends Codes = [code: string]> = (
  ...args: [...C, ...QueryThenCall<F>]
) => Promise<DataOf<F>>;

/** Fetches one page of a list; move on with `getNextPage()`. */
export type ListPerPageMethod<F, C extends Codes = []> = (
  ...args: [...C, options?: ListOptions<QueryOf<F>>, call?: CallOptions]
) => Promise<Page<ItemOf<F>>>;

/**
 * Iterates every item of a list, lazily, asking for the next page while the loop works through
 * the current one (two pages in memory at most); `break` stops fetching, past the page already
 * asked for. The call options apply to every page request.
 */
export type AllMethod<F, C extends Codes = []> = (
  ...args: [...C, options?: IterateOptions<QueryOf<F>>, call?: CallOptions]
) => ItemIterable<ItemOf<F>>;

/**
 * Iterates the pages of a list, lazily, asking for the next page while the loop works on one;
 * each page carries a resumable `cursor`.
 */
export type PagesMethod<F, C extends Codes = []> = (
  ...args: [...C, options?: IterateOptions<QueryOf<F>>, call?: CallOptions]
) => PageIterable<ItemOf<F>>;

/** Iterates a list Akeneo answers in one piece; nothing is fetched before the loop starts. */
export type AllUnpagedMethod<F, C extends Codes = []> = (
  ...args: [...C, call?: CallOptions]
) => AsyncIterable<ItemOf<F>>;

/** Returns every item of a list Akeneo answers in one piece. */
export type ListUnpagedMethod<F, C extends Codes = []> = (
  ...args: [...C, call?: CallOptions]
) => Promise<ItemOf<F>[]>;

/** Creates a resource and returns its code and `Location`. */
export type CreateMethod<F, C extends Codes = []> = (
  ...args: [...C, item: BodyOf<F>, ...QueryThenCall<F>]
) => Promise<CreatedResource>;

/** Creates or updates a resource by its code(s); tells which happened. */
export type UpsertMethod<F, C extends Codes = [code: string]> = (
  ...args: [...C, item: BodyOf<F>, ...QueryThenCall<F>]
) => Promise<UpsertOutcome>;

/** Deletes a resource by its code(s). */
export type DeleteMethod<C extends Codes = [code: string]> = (
  ...args: [...C, call?: CallOptions]
) => Promise<void>;

/** Downloads a media file by its code(s): a stream, its type and name, `downloadTo`. */
export type DownloadMethod<C extends Codes = [code: string]> = (
  ...args: [...C, call?: CallOptions]
) => Promise<MediaDownload>;

/**
 * Upserts items in batches of at most 100 and streams one result per item, in input order;
 * `summary` counts them, `collect()` gathers them. Nothing is sent before iteration starts.
 */
export type UpsertListMethod<F, C extends Codes = []> = (
  ...args: [
    ...C,
    items: Iterable<ElementOf<BodyOf<F>>> | AsyncIterable<ElementOf<BodyOf<F>>>,
    options?: UpsertListOptionsOf<F>,
  ]
) => UpsertListRun<ElementOf<BodyOf<F>>>;

/** Settings of one `upsertList` call, plus the bulk operation's own query parameters, if any. */
export type UpsertListOptionsOf<F> = UpsertListCallOptions &
  ([QueryOf<F>] extends [never] ? unknown : { query?: QueryOf<F> });
