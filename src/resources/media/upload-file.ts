import { InvalidArgumentError, NodeOnlyFeatureError } from "../../core/errors/index.js";
import { type Platform, WEB_PLATFORM } from "../../core/platform/index.js";

/**
 * What can be uploaded: a file path (Node only), a Blob or File, bytes, or a web ReadableStream.
 *
 * On Node a path is streamed from disk and a stream is first spooled to a temporary file, so that
 * neither is ever held whole in memory and a retried or replayed request can read the body again.
 * The web build has no file system: it refuses a path and reads a stream into memory.
 */
export type UploadSource = string | Blob | Uint8Array | ReadableStream<Uint8Array>;

/** How an upload source is named and typed. */
export interface UploadFileOptions {
  /** File name sent to Akeneo. @default the path's base name, the File's name, or "file" */
  fileName?: string;
  /** Content type of the file part. @default the Blob's type, else none (Akeneo detects it) */
  contentType?: string;
  /** Where a stream is spooled (Node only). @default os.tmpdir() */
  temporaryDirectory?: string;
}

/** A file ready to be sent as a multipart part, and the clean-up to run once the upload ends. */
export interface UploadFile {
  /** The file part: a File backed by disk for paths and, on Node, streams. */
  file: File;
  /** Removes any temporary file; call it once the request has completed (or failed). */
  release(): Promise<void>;
}

const DEFAULT_FILE_NAME = "file";

/**
 * Turns an upload source into a `File` that `fetch` streams from its origin.
 *
 * - path: the platform opens it (Node: a file-backed Blob, read from disk while sending);
 * - Blob / File: used as is (renamed or retyped if asked);
 * - bytes: wrapped without further copies beyond the Blob's own;
 * - ReadableStream: spooled by the platform to a private temporary file (removed by `release()`),
 *   or read into memory where there is no file system. The stream must not be locked or read.
 *
 * @throws InvalidArgumentError for an empty or unreadable path, a path that is not a regular file
 *   (a directory, a named pipe, a device), a locked stream or an unsupported source.
 * @throws NodeOnlyFeatureError for a path on a platform without a file system (the web build).
 */
export async function prepareUploadFile(
  source: UploadSource,
  options: UploadFileOptions = {},
  platform: Platform = WEB_PLATFORM,
): Promise<UploadFile> {
  if (typeof source === "string") return fromPath(source, options, platform);
  if (source instanceof Blob) return { file: asFile(source, options), release: noCleanup };
  if (source instanceof Uint8Array)
    return {
      file: asFile(new Blob([source as Uint8Array<ArrayBuffer>]), options),
      release: noCleanup,
    };
  if (source instanceof ReadableStream) return fromStream(source, options, platform);
  throw new InvalidArgumentError(
    "An upload needs a file path, a Blob, a Uint8Array or a ReadableStream",
  );
}

async function fromPath(
  path: string,
  options: UploadFileOptions,
  platform: Platform,
): Promise<UploadFile> {
  if (path.trim() === "") throw new InvalidArgumentError("The upload file path is empty");
  if (platform.openFile === undefined) {
    throw new NodeOnlyFeatureError(
      "An upload from a file path",
      "pass a Blob, a File, a Uint8Array or a ReadableStream instead",
    );
  }
  const opened = await platform.openFile(path);
  const named = { ...options, fileName: options.fileName ?? opened.name };
  return { file: asFile(opened.blob, named), release: opened.release };
}

async function fromStream(
  stream: ReadableStream<Uint8Array>,
  options: UploadFileOptions,
  platform: Platform,
): Promise<UploadFile> {
  if (stream.locked) {
    throw new InvalidArgumentError("The upload stream is locked or was already consumed");
  }
  if (platform.spoolStream === undefined) {
    // Without a file system the bytes are held in memory: a retry or a replay after a 401 must be
    // able to send them again, which a one-shot stream cannot.
    return { file: asFile(await readWhole(stream), options), release: noCleanup };
  }
  const spooled = await platform.spoolStream(stream, options.temporaryDirectory);
  return { file: asFile(spooled.blob, options), release: spooled.release };
}

async function readWhole(stream: ReadableStream<Uint8Array>): Promise<Blob> {
  try {
    return await new Response(stream).blob();
  } catch (cause) {
    throw new InvalidArgumentError("The upload stream failed while it was read", { cause });
  }
}

// A File built from a Blob keeps a reference to it: a disk-backed Blob stays on disk.
function asFile(blob: Blob, options: UploadFileOptions): File {
  const name = options.fileName ?? (blob instanceof File ? blob.name : DEFAULT_FILE_NAME);
  const type = options.contentType ?? blob.type;
  if (blob instanceof File && blob.name === name && blob.type === type) return blob;
  return new File([blob], name, { type });
}

async function noCleanup(): Promise<void> {}
