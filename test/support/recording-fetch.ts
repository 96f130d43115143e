import type { FetchLike } from "../../src/core/transport/index.js";

/** One request that reached the server and what came back, as the wire saw it. */
export interface RecordedExchange {
  readonly method: string;
  readonly url: string;
  readonly status: number;
  /** Prism's `sl-violations` header, parsed; empty when Prism reported nothing. */
  readonly violations: readonly unknown[];
}

/** A `fetch` that records every exchange, and the record. */
export interface RecordingFetch {
  readonly fetch: FetchLike;
  readonly exchanges: RecordedExchange[];
}

/** Reads Prism's `sl-violations` header: a JSON array, or a raw string if it is not JSON. */
export function readViolations(headers: Headers): unknown[] {
  const header = headers.get("sl-violations");
  if (header === null) return [];
  try {
    const parsed: unknown = JSON.parse(header);
    return Array.isArray(parsed) ? parsed : [parsed];
  } catch {
    return [header];
  }
}

/**
 * Wraps the global `fetch` so that tests can inspect the requests an SDK client sent on its own
 * (token requests of the auth cycle included) and Prism's verdict on each.
 */
export function createRecordingFetch(): RecordingFetch {
  const exchanges: RecordedExchange[] = [];
  const fetch: FetchLike = async (input, init) => {
    const response = await globalThis.fetch(input, init);
    exchanges.push({
      method: input.method,
      url: input.url,
      status: response.status,
      violations: readViolations(response.headers),
    });
    return response;
  };
  return { fetch, exchanges };
}
