import type { SdkLogger } from "../logging/index.js";
import { describeUrlForLog } from "../logging/index.js";
import type { TransportStage } from "./transport-stage.js";

const MAX_REDIRECTS = 5;
const REDIRECT_STATUSES: ReadonlySet<number> = new Set([301, 302, 303, 307, 308]);

function findSameOriginTarget(request: Request, response: Response): URL | undefined {
  const location = response.headers.get("location");
  if (location === null) return undefined;
  let target: URL;
  try {
    target = new URL(location, request.url);
  } catch {
    return undefined;
  }
  return target.origin === new URL(request.url).origin ? target : undefined;
}

/**
 * Creates the stage that follows redirects only where credentials stay safe.
 *
 * A redirect is followed when it stays on the same origin and the request is a GET or HEAD
 * (nothing to re-send), at most 5 times. Any other redirect (another host, scheme or port, or a
 * request with a body such as the token call) is not followed: the 3xx answer comes back as an
 * error, so no token, password or body ever leaves the configured origin.
 */
export function createRedirectStage(next: TransportStage, logger: SdkLogger): TransportStage {
  return async (request, signal) => {
    let current = request;
    for (let hop = 0; ; hop++) {
      const response = await next(current, signal);
      if (!REDIRECT_STATUSES.has(response.status)) return response;
      const target = findSameOriginTarget(current, response);
      const followable = current.method === "GET" || current.method === "HEAD";
      if (target === undefined || !followable || hop >= MAX_REDIRECTS) {
        logger.warn(
          `Not following redirect ${response.status} of ${current.method} ${describeUrlForLog(current.url)}`,
        );
        return response;
      }
      await response.body?.cancel().catch(() => undefined);
      current = new Request(target, { method: current.method, headers: current.headers });
    }
  };
}
