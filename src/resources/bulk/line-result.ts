import type { AkeneoErrorDetail } from "../../core/errors/index.js";
import type { BatchEntry } from "./prepare-batches.js";
import type { UpsertFailure, UpsertFailureKind, UpsertLineResult } from "./upsert-types.js";

/** Builds the result of an item from its answer entry (`status_code` 201, 204 or 4xx). */
export function resultFromAnswer<T>(
  entry: BatchEntry<T>,
  answer: Readonly<Record<string, unknown>>,
): UpsertLineResult<T> {
  const { index, item } = entry;
  const code = entry.code ?? codeOfAnswer(answer);
  const statusCode = typeof answer.status_code === "number" ? answer.status_code : undefined;
  // Literal objects rather than spreads: this runs once per item of every import.
  if (statusCode !== undefined && statusCode >= 200 && statusCode < 300) {
    const status = statusCode === 201 ? "created" : "updated";
    return { index, code, item, answer, status, statusCode };
  }
  return {
    index,
    code,
    item,
    answer,
    status: "failed",
    failure: "rejected",
    statusCode,
    message: typeof answer.message === "string" ? answer.message : describeStatus(statusCode),
    errors: Array.isArray(answer.errors) ? (answer.errors as AkeneoErrorDetail[]) : [],
    error: undefined,
  };
}

/** Builds the failed result of an item that got no answer line, carrying the error why. */
export function failedResult<T>(
  entry: BatchEntry<T>,
  failure: Exclude<UpsertFailureKind, "rejected">,
  error: Error,
): UpsertFailure<T> {
  return {
    index: entry.index,
    code: entry.code,
    item: entry.item,
    answer: undefined,
    status: "failed",
    failure,
    statusCode: undefined,
    message: error.message,
    errors: [],
    error,
  };
}

/** Returns the code an answer entry names: `identifier`, `uuid` or `code`. */
export function codeOfAnswer(answer: Readonly<Record<string, unknown>>): string | undefined {
  for (const key of ["identifier", "uuid", "code"]) {
    const value = answer[key];
    if (typeof value === "string") return value;
  }
  return undefined;
}

function describeStatus(statusCode: number | undefined): string {
  return statusCode === undefined ? "The answer line has no status_code" : `Status ${statusCode}`;
}
