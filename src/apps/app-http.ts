import { InvalidResponseError } from "../core/errors/invalid-response-error.js";
import { AbortedError, ConnectionError } from "../core/errors/network-errors.js";
import type { FetchLike } from "../core/transport/transport-stage.js";

/** The most an Apps endpoint answer may weigh: its real answers are a few kilobytes. */
export const MAX_APPS_ANSWER_BYTES = 1024 * 1024;

/** How an Apps helper reaches the PIM: your `fetch` (default: the global one) and an abort signal. */
export interface AppsHttpOptions {
  /** The `fetch` to use. @default globalThis.fetch */
  fetch?: FetchLike;
  /** Cancels the request; pass `AbortSignal.timeout(ms)` for a deadline. */
  signal?: AbortSignal;
}

/** A read answer: its status and its body parsed as JSON (undefined when it is not JSON). */
export interface AppsAnswer {
  readonly status: number;
  readonly json: unknown;
}

/**
 * Sends one request to an Apps endpoint and reads its answer whole (bounded).
 *
 * Redirects are not followed: the token exchange carries the code and its challenge, and an
 * answer from another place than the PIM's own endpoint is not one to trust.
 */
export async function sendAppsRequest(
  url: string,
  init: { method: "GET" | "POST"; body?: string; headers?: Record<string, string> },
  options: AppsHttpOptions,
): Promise<AppsAnswer> {
  const fetchFn = options.fetch ?? globalThis.fetch;
  const request = new Request(url, {
    ...init,
    redirect: "manual",
    ...(options.signal === undefined ? {} : { signal: options.signal }),
  });
  let response: Response;
  try {
    response = await fetchFn(request);
  } catch (cause) {
    throw toNoAnswerError(init.method, url, cause, options.signal);
  }
  let text: string | undefined;
  try {
    text = await readBoundedText(response);
  } catch (cause) {
    throw toNoAnswerError(init.method, url, cause, options.signal);
  }
  if (text === undefined) {
    throw new InvalidResponseError({
      reason: "too-large",
      status: response.status,
      method: init.method,
      url,
      detail: `answer larger than ${MAX_APPS_ANSWER_BYTES} bytes`,
      limitBytes: MAX_APPS_ANSWER_BYTES,
    });
  }
  return { status: response.status, json: parseJson(text) };
}

function toNoAnswerError(
  method: string,
  url: string,
  cause: unknown,
  signal: AbortSignal | undefined,
): AbortedError | ConnectionError {
  if (signal?.aborted) return new AbortedError({ method, url, cause });
  return new ConnectionError({ method, url, cause });
}

async function readBoundedText(response: Response): Promise<string | undefined> {
  if (response.body === null) return "";
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > MAX_APPS_ANSWER_BYTES) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
