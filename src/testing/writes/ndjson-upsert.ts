import { type FakeRequest, readMediaType } from "../http/fake-request.js";
import type { Reply } from "../http/reply.js";
import type { JsonObject, JsonValue } from "../json-types.js";
import type { CollectionAccess } from "../store/collection-access.js";
import { applyWrite } from "./apply-write.js";
import {
  type BulkLimits,
  tooManyItemsMessage,
  unsupportedTypeMessage,
  waitForBatch,
} from "./bulk-limits.js";
import type { ResourceWriter, WriteContext } from "./resource-writer.js";

/** The media type of Akeneo's NDJSON bulk requests and answers. */
export const COLLECTION_MEDIA_TYPE = "application/vnd.akeneo.collection+json";

/** Where the lines of a bulk upsert go. */
export interface BulkTarget {
  readonly access: CollectionAccess;
  readonly writer: ResourceWriter;
  readonly context: WriteContext;
}

/**
 * Answers an NDJSON bulk upsert: refuses the whole request on a wrong content type
 * (415), too many lines or a too long line (413); otherwise answers 200 and streams one
 * result line per input line, failing lines included.
 */
export async function answerNdjsonUpsert(
  request: FakeRequest,
  reply: Reply,
  target: BulkTarget,
  limits: BulkLimits,
): Promise<void> {
  const mediaType = readMediaType(request.headers);
  if (mediaType !== COLLECTION_MEDIA_TYPE) {
    reply.error(415, unsupportedTypeMessage(mediaType, COLLECTION_MEDIA_TYPE));
    return;
  }
  const lines = request.body.toString("utf8").split(/\r?\n/);
  while (lines.length > 0 && lines[lines.length - 1]?.trim() === "") lines.pop();
  if (lines.length > limits.maxItems) {
    reply.error(413, tooManyItemsMessage(limits));
    return;
  }
  if (lines.some((line) => line.length > limits.maxLineLength)) {
    reply.error(413, "Line is too long");
    return;
  }
  await waitForBatch(limits);
  const writer = reply.startNdjson();
  for (const [index, line] of lines.entries()) writer.write(upsertLine(line, index + 1, target));
  writer.end();
}

function upsertLine(line: string, number: number, target: BulkTarget): JsonObject {
  const keyField = target.writer.keyField;
  let input: JsonValue;
  try {
    input = JSON.parse(line) as JsonValue;
  } catch {
    return { line: number, status_code: 400, message: "Invalid json message received" };
  }
  const outcome = applyWrite(
    target.access,
    target.writer,
    { urlKey: undefined, input, mode: "upsert" },
    target.context,
  );
  const result: JsonObject = { line: number };
  if (outcome.key !== undefined) result[keyField] = outcome.key;
  result.status_code = outcome.status;
  if ("message" in outcome) {
    result.message = outcome.message;
    if (outcome.errors !== undefined) result.errors = outcome.errors;
  }
  return result;
}
