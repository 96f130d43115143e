/**
 * The public API of akeneo-pim-sdk: the client and its options, the tree-shakable core and facade
 * factories, the resources, the errors, the generated endpoint functions and types, and the Apps
 * OAuth helpers.
 *
 * This is the web build, which loads on every runtime with `fetch`, Web Crypto, `TextEncoder` and
 * web streams; Node, Bun and Deno load src/node/index.ts instead (the `node` package condition),
 * which has the same exports with Node's file system behind them.
 *
 * @module akeneo-pim-sdk
 */

export type { RawClient } from "../generated/endpoints.js";
export * from "../generated/index.js";
export {
  type AkeneoClient,
  type BoundEndpoints,
  createAkeneoClient,
} from "./akeneo-client.js";
export { type AkeneoCore, createAkeneoCore } from "./akeneo-core.js";
export * from "./apps/index.js";
export * from "./catalog/index.js";
export { AkeneoPimClientBuilder, type AkeneoPimClientBuilderOptions } from "./client-builder.js";
export type {
  AppAuthOptions,
  AuthOptions,
  PasswordAuthOptions,
  RenewableAuthOptions,
  TokenAuthOptions,
  TokenChangeListener,
  TokenPair,
  TokenStore,
} from "./core/auth/index.js";
export { createMemoryTokenStore, type FileTokenStoreOptions } from "./core/auth/index.js";
export { createFileTokenStore } from "./core/auth/unavailable-file-token-store.js";
export {
  type CallOptions,
  type ClientOptions,
  DEFAULT_MAX_ANSWER_BYTES,
  DEFAULT_MAX_CONCURRENCY,
  DEFAULT_MAX_RETRIES,
  DEFAULT_TIMEOUT_MS,
  type ExtraHeaders,
  type RetryOptions,
  withCallOptions,
} from "./core/client/index.js";
export {
  AbortedError,
  AkeneoApiError,
  AkeneoError,
  type AkeneoErrorDetail,
  AuthenticationError,
  BadRequestError,
  ConnectionError,
  CorruptTokenStoreError,
  ForbiddenError,
  InvalidArgumentError,
  InvalidOptionError,
  InvalidResponseError,
  type InvalidResponseReason,
  InvalidTokenAnswerError,
  isAbortedError,
  isAkeneoApiError,
  isAkeneoError,
  isAuthenticationError,
  isConnectionError,
  isInvalidResponseError,
  isNotFoundError,
  isRateLimitError,
  isTimeoutError,
  isUnprocessableEntityError,
  MethodNotAllowedError,
  NodeOnlyFeatureError,
  NotAcceptableError,
  NotFoundError,
  PayloadTooLargeError,
  RateLimitError,
  ServerError,
  TimeoutError,
  TokenStoreError,
  UnprocessableEntityError,
  UnsupportedMediaTypeError,
  UriTooLongError,
} from "./core/errors/index.js";
export { createConsoleLogger, type Logger, type LogLevel } from "./core/logging/index.js";
export type { Limiter, LimiterRequest } from "./core/transport/index.js";
export {
  IncompleteBatchAnswerError,
  InvalidBatchAnswerError,
  MAX_ITEMS_PER_BATCH,
  OversizeItemError,
  type UpsertFailure,
  type UpsertFailureKind,
  UpsertInputError,
  type UpsertLineResult,
  type UpsertListOutcome,
  type UpsertListRun,
  type UpsertSuccess,
  type UpsertSummary,
} from "./resources/bulk/index.js";
export type { AkeneoResources } from "./resources/create-resources.js";
export type { UpsertListCallOptions } from "./resources/facade/bulk-methods.js";
export type { IterateOptions, ListOptions } from "./resources/facade/list-options.js";
export type { UploadOptions } from "./resources/facade/media-methods.js";
export type { ResourceContext } from "./resources/facade/resource-context.js";
export type { CreatedResource, UpsertOutcome } from "./resources/facade/write-outcomes.js";
export * from "./resources/facades.js";
export {
  AssetFileUploadError,
  type AssetFileUploadProblem,
  type MediaDownload,
  type MediaUploadTarget,
  MissingMediaCodeError,
  type ProductMediaTarget,
  type ProductModelMediaTarget,
  type UploadSource,
} from "./resources/media/index.js";
export {
  AlreadyConsumedError,
  DEFAULT_PAGE_SIZE,
  InvalidPageError,
  type ItemIterable,
  MAX_EMPTY_PAGES_IN_A_ROW,
  type Page,
  type PageIterable,
  type PageLinks,
  UnexpectedLinkError,
} from "./resources/pagination/index.js";
export * from "./resources/php/index.js";
export { PHP_ACCESSOR_NAMES, type PhpAccessors } from "./resources/php-accessors.js";
export type { ProductSearchBody } from "./resources/product-search.js";
export {
  type ConditionOptions,
  createSearch,
  SearchBuilder,
  type SearchCondition,
  type SearchFilter,
  type SearchInput,
  type SearchOperator,
} from "./resources/search/index.js";
