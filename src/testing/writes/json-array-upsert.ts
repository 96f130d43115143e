import { type FakeRequest, readMediaType } from "../http/fake-request.js";
import type { Reply } from "../http/reply.js";
import { isJsonObject, type JsonObject, type JsonValue } from "../json-types.js";
import { applyWrite } from "./apply-write.js";
import {
  type BulkLimits,
  tooManyItemsMessage,
  unsupportedTypeMessage,
  waitForBatch,
} from "./bulk-limits.js";
import type { BulkTarget } from "./ndjson-upsert.js";

/**
 * Answers a JSON-array bulk upsert (reference entity records, assets, measurement
 * families): HTTP 200 with one `{code, status_code, message?, errors?}` per item.
 */
export async function answerJsonArrayUpsert(
  request: FakeRequest,
  reply: Reply,
  target: BulkTarget,
  limits: BulkLimits,
): Promise<void> {
  const mediaType = readMediaType(request.headers);
  if (mediaType !== "application/json") {
    reply.error(415, unsupportedTypeMessage(mediaType, "application/json"));
    return;
  }
  let items: JsonValue;
  try {
    items = JSON.parse(request.body.toString("utf8")) as JsonValue;
  } catch {
    reply.error(400, "Invalid json message received");
    return;
  }
  if (!Array.isArray(items)) {
    reply.error(400, "Invalid json message received");
    return;
  }
  if (items.length > limits.maxItems) {
    reply.error(413, tooManyItemsMessage(limits));
    return;
  }
  await waitForBatch(limits);
  reply.json(
    200,
    items.map((item) => upsertItem(item, target)),
  );
}

function upsertItem(item: JsonValue, target: BulkTarget): JsonObject {
  const outcome = applyWrite(
    target.access,
    target.writer,
    { urlKey: undefined, input: item, mode: "upsert" },
    target.context,
  );
  const result: JsonObject = { code: outcome.key ?? givenCode(item), status_code: outcome.status };
  if ("message" in outcome) {
    result.message = outcome.message;
    if (outcome.errors !== undefined) result.errors = outcome.errors;
  }
  return result;
}

/** The code an item named, even a blank one, which Akeneo echoes in the item's result. */
function givenCode(item: JsonValue): string | null {
  const code = isJsonObject(item) ? item.code : undefined;
  return typeof code === "string" ? code : null;
}
