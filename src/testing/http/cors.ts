import type { IncomingMessage, ServerResponse } from "node:http";

/** Answer headers the SDK reads, which a page of another origin may only read when exposed. */
const EXPOSED_HEADERS = [
  "Location",
  "Content-Disposition",
  "Content-Length",
  "Content-Type",
  "Retry-After",
  "Asset-media-file-code",
  "Reference-entities-media-file-code",
].join(", ");
const ALLOWED_METHODS = "GET, POST, PUT, PATCH, DELETE";
const PREFLIGHT_MAX_AGE_S = 600;

/**
 * Lets a page of any origin call the emulator: marks every answer as readable cross-origin and
 * answers preflight requests itself. Returns true when the request was a preflight, now answered.
 */
export function answerCors(req: IncomingMessage, res: ServerResponse): boolean {
  // No cookies are involved (the SDK sends a bearer token), so any origin may be allowed as "*".
  res.setHeader("access-control-allow-origin", "*");
  res.setHeader("access-control-expose-headers", EXPOSED_HEADERS);
  if (req.method !== "OPTIONS" || req.headers["access-control-request-method"] === undefined) {
    return false;
  }
  const requested = req.headers["access-control-request-headers"];
  res.writeHead(204, {
    "access-control-allow-methods": ALLOWED_METHODS,
    // A wildcard never covers Authorization: it has to be named.
    "access-control-allow-headers":
      requested === undefined
        ? "authorization, content-type, accept"
        : `authorization, ${requested}`,
    "access-control-max-age": String(PREFLIGHT_MAX_AGE_S),
  });
  res.end();
  return true;
}
