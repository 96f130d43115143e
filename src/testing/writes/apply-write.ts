import { formatAkeneoDate } from "../clock.js";
import { isJsonObject, type JsonObject, type JsonValue } from "../json-types.js";
import type { CollectionAccess } from "../store/collection-access.js";
import { mergeResource } from "./merge-patch.js";
import type { ResourceWriter, WriteContext, WriteFailure } from "./resource-writer.js";

/** The result of one create or upsert. */
export type WriteOutcome =
  | { readonly status: 201 | 204; readonly key: string; readonly record: JsonObject }
  | (WriteFailure & { readonly key: string | undefined });

/** One write to perform. */
export interface WriteRequest {
  /** Key named in the URL, if any; the body must agree with it. */
  readonly urlKey: string | undefined;
  readonly input: JsonValue;
  /** `create` refuses an existing key; `upsert` creates or merges. */
  readonly mode: "create" | "upsert";
}

/** Validates, merges and stores one resource, answering Akeneo's status for it. */
export function applyWrite(
  access: CollectionAccess,
  writer: ResourceWriter,
  request: WriteRequest,
  context: WriteContext,
): WriteOutcome {
  const { input, urlKey } = request;
  if (!isJsonObject(input))
    return { status: 400, key: urlKey, message: "Invalid json message received" };
  const bodyKey = input[writer.keyField];
  if (urlKey !== undefined && bodyKey !== undefined && bodyKey !== urlKey) {
    const field = writer.keyField;
    const message = `The ${field} "${String(bodyKey)}" provided in the request body must match the ${field} "${urlKey}" provided in the url.`;
    return { status: 422, key: urlKey, message };
  }
  const generated = request.mode === "create" ? writer.generateKey?.() : undefined;
  const key = urlKey ?? (typeof bodyKey === "string" ? bodyKey : undefined) ?? generated;
  if (key === undefined || key === "") {
    return { ...blankKey(writer.keyField), key: undefined };
  }
  const unknown = Object.keys(input).find((name) => !isAllowed(writer, name));
  if (unknown !== undefined) {
    const message = `Property "${unknown}" does not exist. Check the expected format on the API documentation.`;
    return { status: 422, key, message };
  }
  const existing = access.find(key);
  if (request.mode === "create" && existing !== undefined) {
    const message = writer.duplicateMessage ?? "This value is already used.";
    return {
      status: 422,
      key,
      message: "Validation failed.",
      errors: [{ property: writer.keyField, message }],
    };
  }
  const body =
    writer.normalizeInput?.(stripServerProperties(writer, input), context) ??
    stripServerProperties(writer, input);
  const base = existing ?? writer.defaults?.(key, context) ?? {};
  const candidate = { ...mergeResource(base, body), [writer.keyField]: key };
  const failure = writer.validate?.(candidate, context, key);
  if (failure !== undefined) return { ...failure, key };
  const record = stamp(
    writer.complete?.(candidate, existing, context) ?? candidate,
    existing,
    writer,
    context,
  );
  return { status: access.save(key, record) === "created" ? 201 : 204, key, record };
}

function blankKey(field: string): WriteFailure {
  return {
    status: 422,
    message: "Validation failed.",
    errors: [{ property: field, message: "This value should not be blank." }],
  };
}

function isAllowed(writer: ResourceWriter, name: string): boolean {
  if (name === writer.keyField || name === "_links") return true;
  if (writer.serverProperties?.has(name)) return true;
  return writer.allowedProperties === undefined || writer.allowedProperties.has(name);
}

function stripServerProperties(writer: ResourceWriter, input: JsonObject): JsonObject {
  const body: JsonObject = {};
  for (const [name, value] of Object.entries(input)) {
    if (name !== "_links" && !writer.serverProperties?.has(name)) body[name] = value;
  }
  return body;
}

function stamp(
  record: JsonObject,
  existing: JsonObject | undefined,
  writer: ResourceWriter,
  context: WriteContext,
): JsonObject {
  if (writer.timestamps === undefined) return record;
  const now = formatAkeneoDate(context.nowMs);
  if (writer.timestamps === "updated") return { ...record, updated: now };
  return { ...record, created: existing?.created ?? now, updated: now };
}
