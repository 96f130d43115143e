import { createConsumeOnceGuard, NodeOnlyFeatureError } from "../../core/errors/index.js";
import type { Platform } from "../../core/platform/index.js";
import { readContentDispositionFileName } from "./content-disposition.js";

/** A downloaded media file: its bytes as a stream, with what the server said about them. */
export interface MediaDownload {
  /** The file's bytes, read as they arrive; readable once. */
  readonly stream: ReadableStream<Uint8Array>;
  /** `Content-Type` of the answer, when given. */
  readonly contentType: string | undefined;
  /** File name from `Content-Disposition`, else the fallback (last segment only). */
  readonly fileName: string | undefined;
  /** Size in bytes from `Content-Length`, when given. */
  readonly contentLength: number | undefined;
  /**
   * Streams the file to `path` (through a temporary file renamed into place, so no partial file
   * is ever left at `path`) and returns `path`. Node only: the web build has no file system.
   *
   * @throws AlreadyConsumedError when the stream was already read or saved.
   * @throws NodeOnlyFeatureError on the web build (the stream stays readable).
   */
  downloadTo(path: string): Promise<string>;
}

/** How a download is described when the answer is silent. */
export interface MediaDownloadOptions {
  /** File name when the answer has no `Content-Disposition` (e.g. the media code's last segment). */
  fallbackFileName?: string;
  /** Where `downloadTo` gets its file writing from. @default the web build's (none) */
  platform?: Platform;
}

/**
 * Wraps a download answer (the stream from openapi-fetch's `parseAs: "stream"` and the response
 * headers) as a `MediaDownload`.
 */
export function createMediaDownload(
  body: ReadableStream<Uint8Array> | null | undefined,
  headers: Headers,
  options: MediaDownloadOptions = {},
): MediaDownload {
  const stream =
    body ?? new ReadableStream<Uint8Array>({ start: (controller) => controller.close() });
  const claim = createConsumeOnceGuard("This download's stream");
  const length = Number(headers.get("content-length") ?? Number.NaN);
  const fallback = options.fallbackFileName?.split("/").pop() || undefined;
  return {
    get stream(): ReadableStream<Uint8Array> {
      claim();
      return stream;
    },
    contentType: headers.get("content-type") ?? undefined,
    fileName: readContentDispositionFileName(headers.get("content-disposition")) ?? fallback,
    contentLength: Number.isSafeInteger(length) && length >= 0 ? length : undefined,
    downloadTo: async (path: string): Promise<string> => {
      const write = options.platform?.writeFileAtomically;
      if (write === undefined) {
        throw new NodeOnlyFeatureError("MediaDownload.downloadTo()", "read `stream` instead");
      }
      claim();
      await write(stream, path);
      return path;
    },
  };
}
