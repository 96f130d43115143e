import { type FakeRequest, readMediaType } from "../http/fake-request.js";
import type { Reply } from "../http/reply.js";
import type { JsonValue } from "../json-types.js";
import type { CollectionAccess } from "../store/collection-access.js";
import { applyWrite } from "../writes/apply-write.js";
import { unsupportedTypeMessage } from "../writes/bulk-limits.js";
import { answerJsonArrayUpsert } from "../writes/json-array-upsert.js";
import { answerNdjsonUpsert } from "../writes/ndjson-upsert.js";
import type { ResourceWriter, WriteContext } from "../writes/resource-writer.js";
import { buildItemUrl, type CollectionHandler, readItemKey } from "./collection-routes.js";
import type { CollectionSpec } from "./collection-spec.js";
import { type EmulatorContext, readBulkLimits } from "./emulator-context.js";

/** Answers `POST <collection>`: 201 with the new resource's URL in `Location`. */
export const answerCreate: CollectionHandler = (spec, context, request, reply, access) =>
  answerSingleWrite(spec, context, request, reply, access, "create");

/** Answers `PATCH <collection>/<key>`: 201 when created, 204 when updated, both with `Location`. */
export const answerUpsert: CollectionHandler = (spec, context, request, reply, access) =>
  answerSingleWrite(spec, context, request, reply, access, "upsert");

/** Answers `PATCH <collection>` with NDJSON or a JSON array, as the spec says. */
export const answerBulkUpsert: CollectionHandler = (spec, context, request, reply, access) => {
  const target = {
    access,
    writer: requireWriter(spec),
    context: buildWriteContext(context, request),
  };
  const limits = readBulkLimits(context);
  return spec.bulk === "json-array"
    ? answerJsonArrayUpsert(request, reply, target, limits)
    : answerNdjsonUpsert(request, reply, target, limits);
};

function answerSingleWrite(
  spec: CollectionSpec,
  context: EmulatorContext,
  request: FakeRequest,
  reply: Reply,
  access: CollectionAccess,
  mode: "create" | "upsert",
): void {
  const mediaType = readMediaType(request.headers);
  if (mediaType !== "application/json") {
    reply.error(415, unsupportedTypeMessage(mediaType, "application/json"));
    return;
  }
  const input = readJsonBody(request);
  if (input === undefined) {
    reply.error(400, "Invalid json message received");
    return;
  }
  const urlKey = mode === "upsert" ? readItemKey(spec, request) : undefined;
  const outcome = applyWrite(
    access,
    requireWriter(spec),
    { urlKey, input, mode },
    buildWriteContext(context, request),
  );
  if ("message" in outcome) {
    reply.error(
      outcome.status,
      outcome.message,
      outcome.errors === undefined ? {} : { errors: outcome.errors },
    );
    return;
  }
  const location = buildItemUrl(spec, context, request.params, spec.keyOf(outcome.record));
  reply.empty(outcome.status, { location });
}

function readJsonBody(request: FakeRequest): JsonValue | undefined {
  try {
    return JSON.parse(request.body.toString("utf8")) as JsonValue;
  } catch {
    return undefined;
  }
}

function buildWriteContext(context: EmulatorContext, request: FakeRequest): WriteContext {
  return { catalog: context.catalog, params: request.params, nowMs: context.clock.now() };
}

function requireWriter(spec: CollectionSpec): ResourceWriter {
  if (spec.writer === undefined)
    throw new Error(`The ${spec.stem} collection declares writes without a writer`);
  return spec.writer;
}
