import { openAsBlob } from "node:fs";
import { stat } from "node:fs/promises";
import { basename } from "node:path";
import { InvalidArgumentError } from "../../core/errors/index.js";
import { spoolStream } from "./spool-stream.js";

/**
 * What can be uploaded: a file path, a Blob or File, bytes, or a web ReadableStream.
 *
 * A path is streamed from disk; a stream is first spooled to a temporary file, so that neither
 * is ever held whole in memory and a retried or replayed request can read the body again.
 */
export type UploadSource = string | Blob | Uint8Array | ReadableStream<Uint8Array>;

/** How an upload source is named and typed. */
export interface UploadFileOptions {
  /** File name sent to Akeneo. @default the path's base name, the File's name, or "file" */
  fileName?: string;
  /** Content type of the file part. @default the Blob's type, else none (Akeneo detects it) */
  contentType?: string;
  /** Where a stream is spooled. @default os.tmpdir() */
  temporaryDirectory?: string;
}

/** A file ready to be sent as a multipart part, and the clean-up to run once the upload ends. */
export interface UploadFile {
  /** The file part: a File backed by disk for paths and streams. */
  file: File;
  /** Removes any temporary file; call it once the request has completed (or failed). */
  release(): Promise<void>;
}

const DEFAULT_FILE_NAME = "file";

/**
 * Turns an upload source into a `File` that `fetch` streams from its origin.
 *
 * - path: a file-backed Blob (`fs.openAsBlob`), read from disk while sending;
 * - Blob / File: used as is (renamed or retyped if asked);
 * - bytes: wrapped without further copies beyond the Blob's own;
 * - ReadableStream: spooled to a private temporary file (removed by `release()`), then read from
 *   disk like a path. The stream must not be locked or read already.
 *
 * @throws InvalidArgumentError for an empty or unreadable path, a path that is not a regular file
 *   (a directory, a named pipe, a device), a locked stream or an unsupported source.
 */
export async function prepareUploadFile(
  source: UploadSource,
  options: UploadFileOptions = {},
): Promise<UploadFile> {
  if (typeof source === "string") return fromPath(source, options);
  if (source instanceof Blob) return { file: asFile(source, options), release: noCleanup };
  if (source instanceof Uint8Array)
    return {
      file: asFile(new Blob([source as Uint8Array<ArrayBuffer>]), options),
      release: noCleanup,
    };
  if (source instanceof ReadableStream) return fromStream(source, options);
  throw new InvalidArgumentError(
    "An upload needs a file path, a Blob, a Uint8Array or a ReadableStream",
  );
}

async function fromPath(path: string, options: UploadFileOptions): Promise<UploadFile> {
  if (path.trim() === "") throw new InvalidArgumentError("The upload file path is empty");
  let blob: Blob;
  try {
    await requireRegularFile(path);
    blob = await openAsBlob(path);
  } catch (cause) {
    if (cause instanceof InvalidArgumentError) throw cause;
    throw new InvalidArgumentError(`Cannot read the upload file ${path}`, { cause });
  }
  const named = { ...options, fileName: options.fileName ?? basename(path) };
  return { file: asFile(blob, named), release: noCleanup };
}

// Reading a FIFO blocks a thread of the event loop until a writer comes (timers never fire), a
// device such as /dev/zero reports size 0 and is sent empty, a directory fails mid-request:
// only a regular file has a size known in advance that matches what is sent.
async function requireRegularFile(path: string): Promise<void> {
  const info = await stat(path);
  if (!info.isFile()) {
    throw new InvalidArgumentError(
      `The upload path ${path} is not a regular file (${describeFileKind(info)})`,
    );
  }
}

function describeFileKind(info: Awaited<ReturnType<typeof stat>>): string {
  if (info.isDirectory()) return "a directory";
  if (info.isFIFO()) return "a named pipe";
  if (info.isCharacterDevice() || info.isBlockDevice()) return "a device";
  if (info.isSocket()) return "a socket";
  return "not a file";
}

async function fromStream(
  stream: ReadableStream<Uint8Array>,
  options: UploadFileOptions,
): Promise<UploadFile> {
  if (stream.locked) {
    throw new InvalidArgumentError("The upload stream is locked or was already consumed");
  }
  const spooled = await spoolStream(stream, options.temporaryDirectory);
  try {
    const blob = await openAsBlob(spooled.path);
    return { file: asFile(blob, options), release: spooled.remove };
  } catch (error) {
    await spooled.remove();
    throw error;
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
