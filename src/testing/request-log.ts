import type { IncomingHttpHeaders } from "node:http";

/** One request as the emulator received and answered it; secrets are masked. */
export interface LoggedRequest {
  /** 1 for the first request the emulator received, then 2, 3, … */
  readonly sequence: number;
  readonly method: string;
  /** Raw path as sent, without the query string. */
  readonly path: string;
  readonly query: Readonly<Record<string, string>>;
  /** Request headers in lower case; credentials appear as `Bearer ***` / `Basic ***`. */
  readonly headers: Readonly<Record<string, string>>;
  readonly bodyBytes: number;
  /** Status sent, or `"reset"` when the connection was dropped instead. */
  readonly status: number | "reset";
  readonly durationMs: number;
}

/** Filters log entries by method and path (exact string or pattern). */
export interface RequestFilter {
  readonly method?: string;
  readonly path?: string | RegExp;
}

/** The requests an emulator received, for assertions. */
export interface RequestLog {
  /** Returns the logged requests in arrival order, optionally filtered. */
  entries(filter?: RequestFilter): LoggedRequest[];
  /** Counts the logged requests, optionally filtered. */
  count(filter?: RequestFilter): number;
  /** Forgets every logged request (sequence numbers keep counting). */
  clear(): void;
}

/** The writable side of the log, used by the server. */
export interface RequestRecorder extends RequestLog {
  record(entry: LoggedRequest): void;
}

const SECRET_HEADERS = new Set(["authorization", "proxy-authorization", "cookie", "x-api-key"]);

/** Creates an empty request log. */
export function createRequestLog(): RequestRecorder {
  let kept: LoggedRequest[] = [];
  const entries = (filter?: RequestFilter): LoggedRequest[] =>
    filter === undefined ? [...kept] : kept.filter((entry) => isMatchingRequest(entry, filter));
  return {
    record: (entry) => {
      kept.push(entry);
    },
    entries,
    count: (filter) => entries(filter).length,
    clear: () => {
      kept = [];
    },
  };
}

/** Tells whether a request (method and raw path) passes a filter. */
export function isMatchingRequest(
  request: { method: string; path: string },
  filter: RequestFilter,
): boolean {
  if (filter.method !== undefined && filter.method.toUpperCase() !== request.method) return false;
  if (filter.path === undefined) return true;
  return typeof filter.path === "string"
    ? filter.path === request.path
    : filter.path.test(request.path);
}

/** Copies request headers with credentials masked, keeping only the auth scheme. */
export function maskHeaders(headers: IncomingHttpHeaders): Record<string, string> {
  const masked: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined) continue;
    const text = Array.isArray(value) ? value.join(", ") : value;
    masked[name] = SECRET_HEADERS.has(name) ? maskCredential(text) : text;
  }
  return masked;
}

function maskCredential(value: string): string {
  const scheme = /^(Bearer|Basic)\s/i.exec(value);
  return scheme === null ? "***" : `${scheme[1]} ***`;
}
