import { InvalidArgumentError } from "../../core/errors/index.js";
import { decodeBase64, encodeBase64Url } from "../../core/values/index.js";
import type { PageQuery } from "./page-source.js";

// Versioned so that a future format can still read (or clearly refuse) older checkpoints.
const CHECKPOINT_PREFIX = "akeneo-page-v1.";

/** Where an iteration stands: the page to fetch next and how many of its items are done. */
export interface PagePosition {
  /** Query of the page to fetch next; `null` when the list is exhausted. */
  query: PageQuery | null;
  /** Items of that page already handed out, to skip when resuming. */
  skip: number;
}

/**
 * Encodes a position in a list as an opaque, URL-safe string that can be stored and passed back.
 *
 * The string holds the list's path and the next page's query (filters included), no credentials.
 */
export function encodeCheckpoint(path: string, position: PagePosition): string {
  const payload = JSON.stringify({ path, query: position.query, skip: position.skip });
  return CHECKPOINT_PREFIX + encodeBase64Url(new TextEncoder().encode(payload));
}

/**
 * Decodes a checkpoint made by `encodeCheckpoint` for the list at `path`.
 *
 * @throws InvalidArgumentError when the string is not a checkpoint or belongs to another list.
 */
export function decodeCheckpoint(checkpoint: string, path: string): PagePosition {
  if (typeof checkpoint !== "string" || !checkpoint.startsWith(CHECKPOINT_PREFIX)) {
    throw new InvalidArgumentError("resumeFrom is not a pagination checkpoint");
  }
  let payload: unknown;
  try {
    const bytes = decodeBase64(checkpoint.slice(CHECKPOINT_PREFIX.length));
    if (bytes === undefined) throw new InvalidArgumentError("The checkpoint is not base64url");
    payload = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch (cause) {
    throw new InvalidArgumentError("resumeFrom is a damaged pagination checkpoint", { cause });
  }
  if (!isPayload(payload)) {
    throw new InvalidArgumentError("resumeFrom is a damaged pagination checkpoint");
  }
  if (payload.path !== path) {
    throw new InvalidArgumentError(
      `resumeFrom was saved while reading ${payload.path}, not ${path}`,
    );
  }
  return { query: payload.query, skip: payload.skip };
}

interface CheckpointPayload {
  path: string;
  query: PageQuery | null;
  skip: number;
}

function isPayload(value: unknown): value is CheckpointPayload {
  if (value === null || typeof value !== "object") return false;
  const { path, query, skip } = value as Record<string, unknown>;
  return (
    typeof path === "string" &&
    Number.isSafeInteger(skip) &&
    (skip as number) >= 0 &&
    (query === null || isQuery(query))
  );
}

function isQuery(value: unknown): value is PageQuery {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return false;
  return Object.values(value).every((entry) =>
    ["string", "number", "boolean"].includes(typeof entry),
  );
}
