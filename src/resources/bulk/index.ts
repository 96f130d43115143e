export {
  IncompleteBatchAnswerError,
  type ItemReference,
  OversizeItemError,
  UpsertInputError,
} from "./bulk-errors.js";
export { InvalidBatchAnswerError } from "./read-batch-answer.js";
export {
  DEFAULT_MAX_RESENDS,
  DEFAULT_UPSERT_CONCURRENCY,
  MAX_ITEMS_PER_BATCH,
  MAX_LINE_BYTES,
  upsertList,
} from "./upsert-list.js";
export type {
  BatchAnswer,
  BatchAnswerStyle,
  SendBatch,
  UpsertFailure,
  UpsertFailureKind,
  UpsertLineResult,
  UpsertListOptions,
  UpsertListOutcome,
  UpsertListRun,
  UpsertResultBase,
  UpsertSuccess,
  UpsertSummary,
} from "./upsert-types.js";
