import type { Clock, FetchLike } from "../../../src/core/transport/index.js";

/** A request as the scripted fetch saw it. */
export interface RecordedRequest {
  method: string;
  url: string;
  headers: Headers;
  body: string;
  redirect: RequestRedirect;
}

/** Answers the n-th call (0-based); may throw to simulate a network failure. */
export type Responder = (request: RecordedRequest, index: number) => Response | Promise<Response>;

/** A fetch that answers from a script and records what it was sent. */
export interface ScriptedFetch {
  fetch: FetchLike;
  calls: RecordedRequest[];
}

/** Creates a fetch driven by `responder`, recording every request. */
export function createScriptedFetch(responder: Responder): ScriptedFetch {
  const calls: RecordedRequest[] = [];
  const fetch: FetchLike = async (input, init) => {
    const request = new Request(input, init);
    const recorded: RecordedRequest = {
      method: request.method,
      url: request.url,
      headers: request.headers,
      body: request.body === null ? "" : await request.text(),
      redirect: init?.redirect ?? request.redirect,
    };
    calls.push(recorded);
    return responder(recorded, calls.length - 1);
  };
  return { fetch, calls };
}

/** Answers in order from a list; the last entry repeats. */
export function sequence(...answers: (() => Response | Promise<Response>)[]): Responder {
  return (_request, index) => {
    const answer = answers[Math.min(index, answers.length - 1)];
    if (answer === undefined) throw new Error("empty sequence");
    return answer();
  };
}

/** A JSON response. */
export function json(
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json", ...headers },
  });
}

/** A network failure shaped like undici's (`TypeError` with a coded cause). */
export function networkFailure(code: string): Error {
  return new TypeError("fetch failed", { cause: Object.assign(new Error(code), { code }) });
}

/** A clock whose sleeps return at once and are recorded; `now` advances by the slept time. */
export interface FakeClock extends Clock {
  sleeps: number[];
  advance(ms: number): void;
}

/** Creates a fake clock starting at `startMs`. */
export function createFakeClock(startMs = 1_700_000_000_000): FakeClock {
  let now = startMs;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => now,
    advance: (ms) => {
      now += ms;
    },
    sleep: async (ms, signal) => {
      if (signal?.aborted) throw signal.reason;
      sleeps.push(ms);
      now += ms;
    },
  };
}

/** A token endpoint answer. */
export function tokenAnswer(access: string, refresh: string, expiresIn = 3600): Response {
  return json(200, {
    access_token: access,
    refresh_token: refresh,
    expires_in: expiresIn,
    token_type: "bearer",
    scope: null,
  });
}

/** A logger that records every entry. */
export function createRecordingLogger(): {
  entries: { level: string; message: string; details?: unknown }[];
  logger: Record<"debug" | "info" | "warn" | "error", (m: string, d?: unknown) => void>;
} {
  const entries: { level: string; message: string; details?: unknown }[] = [];
  const record = (level: string) => (message: string, details?: unknown) => {
    entries.push({ level, message, details });
  };
  return {
    entries,
    logger: {
      debug: record("debug"),
      info: record("info"),
      warn: record("warn"),
      error: record("error"),
    },
  };
}
