import { InvalidResponseError } from "./invalid-response-error.js";
import type { RequestSummary } from "./request-summary.js";

/**
 * Parses the body of an answer that must be JSON, read whole as `text`.
 *
 * @throws {InvalidResponseError} `invalid-json` when it is not. The parser's own message quotes
 *   the body, which may hold anything: it is not kept as cause.
 */
export function parseJsonAnswer(
  text: string,
  response: Response,
  request: RequestSummary,
): unknown {
  try {
    return JSON.parse(text);
  } catch {
    const contentType = response.headers.get("content-type") ?? undefined;
    throw new InvalidResponseError({
      reason: "invalid-json",
      status: response.status,
      method: request.method,
      url: request.url,
      detail: `the body is not valid JSON (${contentType ?? "no Content-Type"}, ${new TextEncoder().encode(text).byteLength} bytes)`,
      contentType,
      excerpt: text,
    });
  }
}
