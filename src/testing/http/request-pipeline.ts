import { type IncomingMessage, type ServerResponse, STATUS_CODES } from "node:http";
import { checkBearerToken } from "../auth/bearer-guard.js";
import type { OAuthState } from "../auth/oauth-state.js";
import type { FaultAction, FaultState } from "../faults/fault-controls.js";
import { maskHeaders, type RequestRecorder } from "../request-log.js";
import { answerCors } from "./cors.js";
import { type FakeRequest, readHeader, splitRequestTarget } from "./fake-request.js";
import { Reply } from "./reply.js";
import type { RouteDefinition, Router } from "./router.js";

/** What the pipeline needs from the emulator. */
export interface PipelineParts {
  readonly router: Router;
  readonly oauth: OAuthState;
  readonly faults: FaultState;
  readonly log: RequestRecorder;
  /** Answers cross-origin requests (`FakePimOptions.cors`). */
  readonly cors: boolean;
}

const MAX_BODY_BYTES = 256 * 1024 * 1024;
const JSON_ACCEPTS = [
  "*/*",
  "application/*",
  "application/json",
  "application/vnd.akeneo.collection+json",
];

/**
 * Creates the node:http listener: log → faults → concurrency limit → latency → body →
 * route → Accept → bearer token → handler.
 */
export function createRequestPipeline(
  parts: PipelineParts,
): (req: IncomingMessage, res: ServerResponse) => void {
  let sequence = 0;
  let inFlight = 0;
  return (req, res) => {
    // A preflight is the browser's question, not a call of the API: it is neither logged nor faulted.
    if (parts.cors && answerCors(req, res)) return;
    sequence += 1;
    inFlight += 1;
    const started = Date.now();
    const method = req.method ?? "GET";
    const { rawPath, query } = splitRequestTarget(req.url ?? "/");
    const fault = parts.faults.takeFault({ method, path: rawPath });
    const reply = new Reply(res, fault?.kind === "reset" && fault.phase === "mid-body");
    let bodyBytes = 0;
    const entry = {
      sequence,
      method,
      path: rawPath,
      query: Object.fromEntries(query),
      headers: maskHeaders(req.headers),
    };
    res.on("close", () => {
      inFlight -= 1;
      const status = res.writableFinished && reply.status !== undefined ? reply.status : "reset";
      parts.log.record({ ...entry, bodyBytes, status, durationMs: Date.now() - started });
    });
    const { max, retryAfterS } = parts.faults.concurrency;
    if (inFlight > max) {
      const headers = retryAfterS === undefined ? {} : { "retry-after": String(retryAfterS) };
      reply.json(
        429,
        { code: 429, message: "You have exceeded the limit of API requests per second." },
        headers,
      );
      return;
    }
    void (async () => {
      await sleep(parts.faults.latencyFor({ method, path: rawPath }));
      const body = await readBody(req);
      bodyBytes = body?.length ?? 0;
      if (body === undefined) return reply.error(413, "Request Entity Too Large");
      if (fault !== undefined && applyFault(fault, reply)) return;
      await dispatch(
        parts,
        { method, rawPath, query, headers: req.headers, body, params: {} },
        reply,
      );
    })().catch(() => {
      if (!reply.started) reply.error(500, "Internal Server Error");
    });
  };
}

async function dispatch(parts: PipelineParts, request: FakeRequest, reply: Reply): Promise<void> {
  const match = parts.router.match(request.method, request.rawPath);
  if (match.kind === "none") {
    return reply.error(404, `No route found for "${request.method} ${request.rawPath}"`);
  }
  if (match.kind === "wrong-method") {
    const allowed = [...new Set(match.allowed)].join(", ");
    return reply.error(
      405,
      `No route found for "${request.method} ${request.rawPath}": Method Not Allowed (Allow: ${allowed})`,
    );
  }
  if (!isAcceptable(match.route, readHeader(request.headers, "accept"))) {
    const accept = readHeader(request.headers, "accept");
    return reply.error(
      406,
      `"${accept}" in "Accept" header is not valid. Only "application/json" is allowed.`,
    );
  }
  if (match.route.authenticated && !checkBearerToken(request, reply, parts.oauth)) return;
  await match.route.handle({ ...request, params: match.params }, reply);
}

/** Answers the fault; returns false when the request should still be handled (mid-body cut). */
function applyFault(fault: FaultAction, reply: Reply): boolean {
  if (fault.kind === "reset") {
    if (fault.phase === "mid-body") return false;
    reply.reset();
  } else if (fault.kind === "html") {
    const title = `${fault.status} ${STATUS_CODES[fault.status] ?? "Error"}`;
    reply.html(
      fault.status,
      `<html><head><title>${title}</title></head><body><h1>${title}</h1><hr>proxy</body></html>`,
    );
  } else {
    reply.json(
      fault.status,
      { code: fault.status, message: STATUS_CODES[fault.status] ?? "Error" },
      fault.retryAfterS === undefined ? {} : { "retry-after": String(fault.retryAfterS) },
    );
  }
  return true;
}

function isAcceptable(route: RouteDefinition, accept: string): boolean {
  if (accept === "" || route.produces === "binary" || route.produces === "any") return true;
  return accept
    .split(",")
    .some((range) => JSON_ACCEPTS.includes((range.split(";")[0] ?? "").trim().toLowerCase()));
}

function readBody(req: IncomingMessage): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let total = 0;
    req.on("data", (chunk: Buffer) => {
      total += chunk.length;
      if (total <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    req.on("end", () => resolve(total > MAX_BODY_BYTES ? undefined : Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

function sleep(ms: number): Promise<void> {
  return ms <= 0 ? Promise.resolve() : new Promise((resolve) => setTimeout(resolve, ms));
}
