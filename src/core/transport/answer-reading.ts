import { readKeptState } from "./replayable-request.js";

/**
 * How the caller will read an answer's body.
 *
 * - `json`: read whole and parsed as JSON (openapi-fetch's default `parseAs`).
 * - `whole`: read whole as text or bytes (the token endpoint, `parseAs: "text"`, `"blob"`…).
 * - `stream`: handed to the caller as a stream (downloads, NDJSON result streams).
 */
export type AnswerReading = "json" | "whole" | "stream";

/** Records on a request how its answer will be read, from openapi-fetch's `parseAs`. */
export function markAnswerReading(request: Request, parseAs: string | undefined): void {
  const kept = readKeptState(request);
  if (kept === undefined) return;
  if (parseAs === undefined || parseAs === "json") kept.answerReading = "json";
  else kept.answerReading = parseAs === "stream" ? "stream" : "whole";
}

/** Returns how a request's answer will be read; `whole` when nobody said. */
export function readAnswerReading(request: Request): AnswerReading {
  return readKeptState(request)?.answerReading ?? "whole";
}

/** Tells whether an answer's body goes to the caller as a stream rather than being read whole. */
export function isStreamedAnswer(request: Request, response: Response): boolean {
  // openapi-fetch reads error bodies whole whatever `parseAs` says.
  return response.ok && readAnswerReading(request) === "stream";
}
