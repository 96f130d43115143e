import type { PhpGetQueryParameters, PhpQueryParameters } from "./php-arguments.js";
import type { PhpNdjsonBody } from "./php-ndjson-body.js";
import type { PhpPage } from "./php-page.js";
import type { PhpUpsertLine } from "./php-upsert-lines.js";

// The PHP-style APIs are typed from the facades they adapt: the item a facade's `all()` yields,
// the data its `get()` answers, the body its `upsert()` takes, the element its `upsertList()`
// takes. `Parent` lists the parent codes every method takes first, as the PHP client does.

type Codes = readonly string[];

/** The item type a facade's `all()` yields. */
export type FacadeItem<F> = F extends { all: (...args: never[]) => AsyncIterable<infer T> }
  ? T
  : never;

/** The data a facade's `get()` answers. */
export type FacadeData<F> = F extends { get: (...args: never[]) => Promise<infer D> } ? D : never;

/** The body a facade's `upsert()` takes after its codes. */
export type FacadeBody<F, Parent extends Codes> = F extends {
  upsert: (...args: infer A) => unknown;
}
  ? A extends [...Parent, string, infer B, ...unknown[]]
    ? B
    : never
  : never;

/** The element a facade's `upsertList()` takes after its parent codes. */
export type FacadeElement<F, Parent extends Codes> = F extends {
  upsertList: (...args: infer A) => unknown;
}
  ? A extends [...Parent, Iterable<infer E> | AsyncIterable<infer E>, ...unknown[]]
    ? E
    : never
  : never;

/** The data of `create(code, data)`: the body without the key, which the code argument gives. */
export type PhpCreateData<B, Key extends string> = Omit<B, Key> & { [K in Key]?: never };

/** The data of `upsert(code, data)`: the body, its key optional (the URL names it). */
export type PhpUpsertData<B, Key extends string> = Omit<B, Key> & Partial<Pick<B, Key & keyof B>>;

/** The HTTP status of a single write: 201 when created, 204 when updated. */
export type PhpWriteStatus = 201 | 204;

/** `get(...parents, code, queryParameters?)`. */
export interface PhpGetMethod<F, Parent extends Codes> {
  /** Returns the resource with this code. */
  get(
    ...args: [...Parent, code: string, queryParameters?: PhpGetQueryParameters]
  ): Promise<FacadeData<F>>;
}

/** `listPerPage(...parents, limit = 100, withCount = false, queryParameters = {})`. */
export interface PhpListPerPageMethod<F, Parent extends Codes> {
  /** Returns one page of the list. */
  listPerPage(
    ...args: [...Parent, limit?: number, withCount?: boolean, queryParameters?: PhpQueryParameters]
  ): Promise<PhpPage<FacadeItem<F>>>;
}

/** `all(...parents, pageSize, queryParameters = {})`: every item, lazily, reading one page ahead. */
export interface PhpAllMethod<F, Parent extends Codes> {
  /** Iterates every item of the list; `break` stops fetching. */
  all(
    ...args: [...Parent, pageSize?: number, queryParameters?: PhpQueryParameters]
  ): AsyncIterable<FacadeItem<F>>;
}

/** `all(...parents, queryParameters = {})` of the lists whose page size the server chooses. */
export interface PhpCursorAllMethod<F, Parent extends Codes> {
  /** Iterates every item of the list; `break` stops fetching. */
  all(...args: [...Parent, queryParameters?: PhpQueryParameters]): AsyncIterable<FacadeItem<F>>;
}

/** `create(...parents, code, data = {})` answering 201. */
export interface PhpCreateMethod<F, Parent extends Codes, Key extends string> {
  /** Creates the resource with this code (put into the body under its key); answers 201. */
  create(
    ...args: [...Parent, code: string, data?: PhpCreateData<FacadeBody<F, Parent>, Key>]
  ): Promise<201>;
}

/** `upsert(...parents, code, data = {})` and its alias `upsertAsync`, answering 201 or 204. */
export interface PhpUpsertMethods<F, Parent extends Codes, Key extends string> {
  /** Creates or updates the resource with this code; answers 201 (created) or 204 (updated). */
  upsert(
    ...args: [...Parent, code: string, data?: PhpUpsertData<FacadeBody<F, Parent>, Key>]
  ): Promise<PhpWriteStatus>;
  /** The same as `upsert` (every call is asynchronous here). */
  upsertAsync(
    ...args: [...Parent, code: string, data?: PhpUpsertData<FacadeBody<F, Parent>, Key>]
  ): Promise<PhpWriteStatus>;
}

/**
 * `upsertList(...parents, resources)` on an NDJSON list: one line per item, lazily. `resources`
 * is a list or, as in PHP, a ready-made NDJSON body (text, bytes, blob or stream).
 */
export interface PhpUpsertListMethods<F, Parent extends Codes, Key extends string> {
  /** Upserts the resources (batches of 100) and yields one line per item, in order. */
  upsertList(
    ...args: [
      ...Parent,
      resources:
        | Iterable<FacadeElement<F, Parent>>
        | AsyncIterable<FacadeElement<F, Parent>>
        | PhpNdjsonBody,
    ]
  ): AsyncIterable<PhpUpsertLine<Key>>;
  /** The same as `upsertList` (every call is asynchronous here). */
  upsertAsyncList(
    ...args: [
      ...Parent,
      resources:
        | Iterable<FacadeElement<F, Parent>>
        | AsyncIterable<FacadeElement<F, Parent>>
        | PhpNdjsonBody,
    ]
  ): AsyncIterable<PhpUpsertLine<Key>>;
}

/** `upsertList(...parents, resources)` on a JSON-array list: an array of answer entries. */
export interface PhpJsonUpsertListMethods<F, Parent extends Codes> {
  /** Upserts the resources and answers one entry per item, in order. */
  upsertList(
    ...args: [
      ...Parent,
      resources: Iterable<FacadeElement<F, Parent>> | AsyncIterable<FacadeElement<F, Parent>>,
    ]
  ): Promise<PhpUpsertLine[]>;
  /** The same as `upsertList` (every call is asynchronous here). */
  upsertAsyncList(
    ...args: [
      ...Parent,
      resources: Iterable<FacadeElement<F, Parent>> | AsyncIterable<FacadeElement<F, Parent>>,
    ]
  ): Promise<PhpUpsertLine[]>;
}

/** `delete(...parents, code)` answering 204. */
export interface PhpDeleteMethod<Parent extends Codes> {
  /** Deletes the resource with this code; answers 204. */
  delete(...args: [...Parent, code: string]): Promise<204>;
}

/** `get`, `listPerPage` and `all` of a paginated list read by code. */
export type PhpReadableApi<F, Parent extends Codes = []> = PhpGetMethod<F, Parent> &
  PhpListPerPageMethod<F, Parent> &
  PhpAllMethod<F, Parent>;

/** The PHP client's full set on a resource addressed by code, NDJSON list upsert included. */
export type PhpCodeApi<F, Parent extends Codes = [], Key extends string = "code"> = PhpReadableApi<
  F,
  Parent
> &
  PhpCreateMethod<F, Parent, Key> &
  PhpUpsertMethods<F, Parent, Key> &
  PhpUpsertListMethods<F, Parent, Key>;
