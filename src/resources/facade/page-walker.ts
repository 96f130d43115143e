import {
  type FetchResultLike,
  parseJsonAnswer,
  requestOf,
  unwrap,
} from "../../core/errors/index.js";
import type { TextRedactor } from "../../core/redact/index.js";
import {
  type PageBody,
  type PageQuery,
  type PageSource,
  type UnparsedPage,
  type WalkPages,
  walkBeforeParse,
} from "../pagination/index.js";
import type { EndpointFunction } from "./endpoint-types.js";
import type { ResourceContext } from "./resource-context.js";

/**
 * Builds the walk that `pages()` and `all()` take through a list, from the list's source and how
 * its page requests are sent (`endpoint` called with `init(query)`); an entry whose runtime gains
 * from reading pages unparsed puts one in the resource context (the Node entry:
 * `readPagesBeforeParse`).
 */
export type PageWalker = <T>(
  source: PageSource<T>,
  context: ResourceContext,
  endpoint: EndpointFunction,
  init: (query: PageQuery) => object,
) => WalkPages<T>;

function toUnparsedPage<T>(
  result: FetchResultLike,
  redact: TextRedactor | undefined,
): UnparsedPage<T> {
  // An empty body is "no data", as it is when the transport parses.
  const text = (unwrap(result, redact) as string | undefined) || undefined;
  return {
    text,
    parse: () =>
      text === undefined
        ? undefined
        : (parseJsonAnswer(text, result.response, requestOf(result)) as PageBody<T>),
  };
}

/**
 * The Node entry's page walker: each next page is asked for before the current one is parsed
 * (`walkBeforeParse`), its request written by undici while the parse runs. In a browser the
 * request would leave only after the parse, so the web build walks pages as the engine does.
 */
export const readPagesBeforeParse: PageWalker = (source, context, endpoint, init) =>
  walkBeforeParse(source, async (query) => {
    const result = await endpoint(context.api, { ...init(query), parseAs: "text" } as never);
    return toUnparsedPage(result, context.redact);
  });
