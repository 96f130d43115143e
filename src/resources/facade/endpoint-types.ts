import type { RawClient } from "../../../generated/endpoints.js";
import type { FetchResultLike, UnwrappedData } from "../../core/errors/index.js";

/** Any generated endpoint function: `(client, init)` answering openapi-fetch's result. */
export type EndpointFunction = (client: RawClient, init: never) => Promise<FetchResultLike>;

/** The `init` argument a generated endpoint function takes. */
export type InitOf<F> = F extends (client: RawClient, init: infer I) => unknown
  ? NonNullable<I>
  : never;

/** The success data of a generated endpoint function, after `unwrap()`. */
export type DataOf<F> = F extends (...args: never[]) => Promise<infer R>
  ? [R] extends [FetchResultLike]
    ? UnwrappedData<R>
    : never
  : never;

type ParamsOf<F> = InitOf<F> extends { params?: infer P } ? NonNullable<P> : never;

/** The query parameters of a generated endpoint function (`never` when it takes none). */
export type QueryOf<F> = ParamsOf<F> extends { query?: infer Q } ? NonNullable<Q> : never;

/** The request body of a generated endpoint function. */
export type BodyOf<F> = InitOf<F> extends { body?: infer B } ? NonNullable<B> : never;

/** The element type of a generated endpoint function's body when it is an array. */
export type ElementOf<B> = B extends readonly (infer E)[] ? E : B;

/** The type of the items of a generated list function's pages. */
export type ItemOf<F> =
  DataOf<F> extends { _embedded?: { items?: readonly (infer T)[] } }
    ? T
    : DataOf<F> extends readonly (infer T)[]
      ? T
      : never;

/** An answer the description documents without a body, though the server sends JSON. */
export type UndocumentedJson = Readonly<Record<string, unknown>>;
