import { DEFAULT_MAX_NDJSON_LINE_BYTES } from "../ndjson/index.js";
import { DEFAULT_MAX_ANSWER_BYTES, type ResolvedClientOptions } from "./client-options.js";
import { requireInteger } from "./option-checks.js";

/** The client option names this module resolves. */
export const ANSWER_LIMIT_KEYS = ["maxAnswerBytes", "maxNdjsonLineBytes"] as const;

// One GiB: a larger limit is no limit on the machines this runs on.
const MAX_LIMIT_BYTES = 1_073_741_824;

/** The resolved size limits on answers. */
export type AnswerLimits = Pick<ResolvedClientOptions, "maxAnswerBytes" | "maxNdjsonLineBytes">;

/**
 * Checks the size limits on answers and fills in their defaults.
 *
 * @throws {InvalidOptionError} when a limit is not an integer from 1 to 1 GiB.
 */
export function resolveAnswerLimits(options: {
  maxAnswerBytes?: unknown;
  maxNdjsonLineBytes?: unknown;
}): AnswerLimits {
  return {
    maxAnswerBytes:
      options.maxAnswerBytes === undefined
        ? DEFAULT_MAX_ANSWER_BYTES
        : requireInteger("maxAnswerBytes", options.maxAnswerBytes, 1, MAX_LIMIT_BYTES),
    maxNdjsonLineBytes:
      options.maxNdjsonLineBytes === undefined
        ? DEFAULT_MAX_NDJSON_LINE_BYTES
        : requireInteger("maxNdjsonLineBytes", options.maxNdjsonLineBytes, 1, MAX_LIMIT_BYTES),
  };
}
