import type { Middleware } from "openapi-fetch";
import { markAnswerReading } from "../transport/index.js";

/**
 * Creates the openapi-fetch middleware that tells the transport how each answer will be read
 * (`parseAs`), so that the transport reads a JSON answer whole within the attempt and leaves
 * a download as a stream.
 */
export function createAnswerReadingMiddleware(): Middleware {
  return {
    onRequest({ request, options }) {
      markAnswerReading(request, options.parseAs);
      return undefined;
    },
  };
}
