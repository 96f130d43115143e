export { AlreadyConsumedError, createConsumeOnceGuard } from "../../core/errors/index.js";
export { buildFirstPageQuery, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "./first-page-query.js";
export { InvalidPageError } from "./invalid-page-error.js";
export { type ItemIterable, iterateItems } from "./iterate-items.js";
export {
  iteratePages,
  type ListPageOptions,
  listPerPage,
  type PageIterable,
  type PaginateOptions,
} from "./iterate-pages.js";
export { loadPage, type Page, type PageLinks } from "./page.js";
export { requireListArray, requirePageBody } from "./page-shape.js";
export type {
  FetchPage,
  PageBody,
  PageLink,
  PageQuery,
  PageQueryInput,
  PageSource,
  UnparsedPage,
  WalkPages,
} from "./page-source.js";
export { MAX_EMPTY_PAGES_IN_A_ROW } from "./page-walk-guard.js";
export { readLinkQuery } from "./read-link-query.js";
export { UnexpectedLinkError } from "./unexpected-link-error.js";
export { type FetchUnparsedPage, walkBeforeParse } from "./walk-before-parse.js";
