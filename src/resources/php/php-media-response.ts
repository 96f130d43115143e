import type { MediaDownload } from "../media/index.js";

/**
 * Returns a downloaded media file as a web `Response` (status 200), as the PHP client returns its
 * PSR-7 response: the body is the file's stream, read as it arrives; `Content-Type`,
 * `Content-Disposition` and `Content-Length` carry what the server said about the file.
 */
export function toPhpMediaResponse(download: MediaDownload): Response {
  const headers = new Headers();
  if (download.contentType !== undefined) headers.set("content-type", download.contentType);
  if (download.fileName !== undefined) {
    // RFC 6266's extended form: any file name fits in a header value this way.
    headers.set(
      "content-disposition",
      `attachment; filename*=UTF-8''${encodeURIComponent(download.fileName)}`,
    );
  }
  if (download.contentLength !== undefined) {
    headers.set("content-length", String(download.contentLength));
  }
  return new Response(download.stream, { status: 200, headers });
}
