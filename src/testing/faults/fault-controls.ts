import { isMatchingRequest, type RequestFilter } from "../request-log.js";

/** Which requests a fault applies to, and when. */
export interface FaultTiming {
  /** Matching requests to let through before the fault starts. @default 0 */
  readonly after?: number;
  /** How many matching requests the fault hits. @default 1 */
  readonly times?: number;
  /** Only requests passing this filter count. @default every request */
  readonly match?: RequestFilter;
}

/** Options of a fault that answers an error status. */
export interface StatusFaultOptions extends FaultTiming {
  /** @default 503 */
  readonly status?: number;
  /** Sends `Retry-After` with this many seconds. */
  readonly retryAfterS?: number;
}

/** Options of a fault that drops the connection. */
export interface ResetFaultOptions extends FaultTiming {
  /** Drop before any byte of the answer, or after half of its body. @default "before-response" */
  readonly phase?: "before-response" | "mid-body";
}

/** What the server does instead of (or while) answering one request. */
export type FaultAction =
  | { readonly kind: "status"; readonly status: number; readonly retryAfterS?: number }
  | { readonly kind: "html"; readonly status: number }
  | { readonly kind: "reset"; readonly phase: "before-response" | "mid-body" };

/** Switches for the failures a test wants the emulator to produce, changeable at run time. */
export interface FaultControls {
  /** Answers Akeneo-style JSON errors (5xx by default) to the chosen requests. */
  failRequests(options?: StatusFaultOptions): void;
  /** Answers a non-JSON HTML error page, as a proxy would, to the chosen requests. */
  answerHtmlErrorPage(options?: FaultTiming & { readonly status?: number }): void;
  /** Drops the connection of the chosen requests. */
  resetConnections(options?: ResetFaultOptions): void;
  /** Caps concurrent requests; the ones beyond answer 429 (with `Retry-After` when given). */
  limitConcurrency(max: number, options?: { readonly retryAfterS?: number }): void;
  /** Delays every answer (or the matching ones) by this many milliseconds; 0 turns it off. */
  setLatency(ms: number, match?: RequestFilter): void;
  /** Makes every bulk upsert request spend this many milliseconds before answering. */
  setBulkBatchDelay(ms: number): void;
  /** Removes every fault, limit and delay. */
  clear(): void;
}

/** The server-side view of the faults: what to do with the request arriving now. */
export interface FaultState extends FaultControls {
  /** Consumes the next fault that applies to this request, if any. */
  takeFault(request: { method: string; path: string }): FaultAction | undefined;
  latencyFor(request: { method: string; path: string }): number;
  readonly bulkBatchDelayMs: number;
  readonly concurrency: { readonly max: number; readonly retryAfterS: number | undefined };
}

interface ArmedFault {
  readonly action: FaultAction;
  readonly match: RequestFilter | undefined;
  skip: number;
  remaining: number;
}

/** Creates fault switches with nothing armed. */
export function createFaultState(): FaultState {
  let armed: ArmedFault[] = [];
  let latency = { ms: 0, match: undefined as RequestFilter | undefined };
  let bulkBatchDelayMs = 0;
  let concurrency = { max: Number.POSITIVE_INFINITY, retryAfterS: undefined as number | undefined };
  const arm = (action: FaultAction, timing: FaultTiming): void => {
    armed.push({
      action,
      match: timing.match,
      skip: checkCount(timing.after ?? 0, "after"),
      remaining: checkCount(timing.times ?? 1, "times"),
    });
  };
  return {
    failRequests: (options = {}) =>
      arm(
        { kind: "status", status: options.status ?? 503, retryAfterS: options.retryAfterS },
        options,
      ),
    answerHtmlErrorPage: (options = {}) =>
      arm({ kind: "html", status: options.status ?? 502 }, options),
    resetConnections: (options = {}) =>
      arm({ kind: "reset", phase: options.phase ?? "before-response" }, options),
    limitConcurrency: (max, options = {}) => {
      concurrency = { max: checkCount(max, "max"), retryAfterS: options.retryAfterS };
    },
    setLatency: (ms, match) => {
      latency = { ms: checkCount(ms, "ms"), match };
    },
    setBulkBatchDelay: (ms) => {
      bulkBatchDelayMs = checkCount(ms, "ms");
    },
    clear: () => {
      armed = [];
      latency = { ms: 0, match: undefined };
      bulkBatchDelayMs = 0;
      concurrency = { max: Number.POSITIVE_INFINITY, retryAfterS: undefined };
    },
    takeFault: (request) => takeArmedFault(armed, request),
    latencyFor: (request) =>
      latency.match === undefined || isMatchingRequest(request, latency.match) ? latency.ms : 0,
    get bulkBatchDelayMs() {
      return bulkBatchDelayMs;
    },
    get concurrency() {
      return concurrency;
    },
  };
}

function takeArmedFault(
  armed: ArmedFault[],
  request: { method: string; path: string },
): FaultAction | undefined {
  let chosen: FaultAction | undefined;
  for (const fault of armed) {
    if (fault.remaining === 0) continue;
    if (fault.match !== undefined && !isMatchingRequest(request, fault.match)) continue;
    if (fault.skip > 0) {
      fault.skip -= 1;
      continue;
    }
    if (chosen === undefined) {
      chosen = fault.action;
      fault.remaining -= 1;
    }
  }
  return chosen;
}

function checkCount(value: number, name: string): number {
  if (!(value >= 0)) throw new RangeError(`${name} must be a number >= 0, got ${value}`);
  return value;
}
