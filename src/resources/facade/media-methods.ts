import { type CallOptions, withCallOptions } from "../../core/client/index.js";
import { serializePath } from "../../core/paths/index.js";
import {
  checkAssetFileUploadAnswer,
  createMediaDownload,
  createMediaUploadBody,
  type MediaDownload,
  type MediaUploadTarget,
  prepareUploadFile,
  readMediaCode,
  type UploadFileOptions,
  type UploadSource,
} from "../media/index.js";
import { type KnownFacadeOperation, operationOf } from "../operation-table.js";
import { readCallOptions } from "./call-arguments.js";
import { readCodes } from "./method-builders.js";
import { callEndpointForAnswer, type ResourceContext } from "./resource-context.js";

type Method = (...args: never[]) => unknown;

/**
 * What an upload method does with the answer: read the new media code, nothing, or refuse an
 * answer that lists errors (PAM files).
 */
export type UploadAnswer = "code" | "none" | "errors";

/**
 * Options of an upload: how the file is named and typed, extra plain form fields, and the call
 * options (`signal`, `timeoutMs`) of the request.
 */
export interface UploadOptions extends UploadFileOptions, CallOptions {
  /** Plain form fields sent with the file (objects as their JSON text). */
  fields?: Readonly<Record<string, string | object>>;
}

/**
 * Builds `upload(...codes, source, target?, options?)` when `withTarget`, else
 * `upload(...codes, source, options?)`.
 *
 * The file is streamed from its source (a path is never read whole); the temporary copy of a
 * stream is removed once the request ends, whatever its outcome.
 */
export function buildUpload<M extends Method>(
  context: ResourceContext,
  operation: KnownFacadeOperation,
  answer: UploadAnswer,
  withTarget: boolean,
): M {
  const { endpoint, path: template, pathParameters: pathNames } = operationOf(operation);
  return (async (...args: unknown[]) => {
    const path = readCodes(pathNames, args);
    const source = args[pathNames.length] as UploadSource;
    const target = (withTarget ? args[pathNames.length + 1] : {}) as MediaUploadTarget;
    const options = (args[pathNames.length + (withTarget ? 2 : 1)] ?? {}) as UploadOptions;
    const { signal, timeoutMs, ...fileOptions } = options;
    const call = readCallOptions(callOptionsOf(signal, timeoutMs));
    const body = createMediaUploadBody(new Blob(), target ?? {});
    const upload = await prepareUploadFile(source, fileOptions, context.platform);
    try {
      const init = withCallOptions(
        { params: { path }, body: { ...toFields(fileOptions.fields), ...body, file: upload.file } },
        call,
      );
      const { data, response } = await callEndpointForAnswer(context, endpoint, init as never);
      if (answer === "errors") {
        checkAssetFileUploadAnswer(data, serializePath(template, path));
      }
      return answer === "code" ? readMediaCode(response.headers) : undefined;
    } finally {
      await upload.release();
    }
  }) as unknown as M;
}

/** Builds `download(...codes, call?)` answering a `MediaDownload` (stream, type, name, `downloadTo`). */
export function buildDownload<M extends Method>(
  context: ResourceContext,
  operation: KnownFacadeOperation,
): M {
  const { endpoint, pathParameters: pathNames } = operationOf(operation);
  return (async (...args: unknown[]): Promise<MediaDownload> => {
    const path = readCodes(pathNames, args);
    const init = withCallOptions({ params: { path } }, readCallOptions(args[pathNames.length]));
    const { data, response } = await callEndpointForAnswer(context, endpoint, init as never);
    const fallbackFileName = path[pathNames[pathNames.length - 1] ?? ""];
    return createMediaDownload(data as ReadableStream<Uint8Array>, response.headers, {
      fallbackFileName,
      platform: context.platform,
    });
  }) as unknown as M;
}

function callOptionsOf(signal: unknown, timeoutMs: unknown): CallOptions {
  const call: Record<string, unknown> = {};
  if (signal !== undefined) call.signal = signal;
  if (timeoutMs !== undefined) call.timeoutMs = timeoutMs;
  return call as CallOptions;
}

function toFields(fields: UploadOptions["fields"]): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [name, value] of Object.entries(fields ?? {})) {
    result[name] = typeof value === "string" ? value : JSON.stringify(value);
  }
  return result;
}
