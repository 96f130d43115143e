import { InvalidResponseError } from "../errors/index.js";
import type { SdkLogger } from "../logging/index.js";
import { describeUrlForLog } from "../logging/index.js";
import { discardAnswerBody } from "./held-body-answer.js";
import type { AttemptStage } from "./transport-stage.js";

const MAX_REDIRECTS = 5;
const REDIRECT_STATUSES: ReadonlySet<number> = new Set([301, 302, 303, 307, 308]);

function readLocation(request: Request, response: Response): URL | undefined {
  const location = response.headers.get("location");
  if (location === null) return undefined;
  try {
    return new URL(location, request.url);
  } catch {
    return undefined;
  }
}

// Credentials in a Location would end up in `Request`'s own error message and in the 3xx
// answer's headers; no error of the SDK may carry them.
function refuseCredentials(request: Request, response: Response): InvalidResponseError {
  return new InvalidResponseError({
    reason: "unsafe-redirect",
    status: response.status,
    method: request.method,
    url: request.url,
    detail: "the redirect's Location carries user credentials; it was not followed",
  });
}

/**
 * Creates the stage that follows redirects only where credentials stay safe.
 *
 * A redirect is followed when it stays on the same origin and the request is a GET or HEAD
 * (nothing to re-send), at most 5 times. Any other redirect (another host, scheme or port, or a
 * request with a body such as the token call) is not followed: the 3xx answer comes back as an
 * error, so no token, password or body ever leaves the configured origin. A `Location` carrying
 * user credentials (`https://user:pass@…`) is refused with `InvalidResponseError`, which names
 * neither the Location nor the credentials.
 */
export function createRedirectStage(next: AttemptStage, logger: SdkLogger): AttemptStage {
  return async (request, signal) => {
    let current = request;
    for (let hop = 0; ; hop++) {
      const response = await next(current, signal);
      if (!REDIRECT_STATUSES.has(response.status)) return response;
      const location = readLocation(current, response);
      if (location !== undefined && (location.username !== "" || location.password !== "")) {
        await discardAnswerBody(response);
        throw refuseCredentials(current, response);
      }
      const followable = current.method === "GET" || current.method === "HEAD";
      if (
        location === undefined ||
        location.origin !== new URL(current.url).origin ||
        !followable ||
        hop >= MAX_REDIRECTS
      ) {
        logger.warn(
          `Not following redirect ${response.status} of ${current.method} ${describeUrlForLog(current.url)}`,
        );
        return response;
      }
      await discardAnswerBody(response);
      current = new Request(location, { method: current.method, headers: current.headers });
    }
  };
}
