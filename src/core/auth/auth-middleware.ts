import type { Middleware } from "openapi-fetch";
import { type AkeneoApiError, createApiError, isAuthenticationError } from "../errors/index.js";
import type { TextRedactor } from "../redact/index.js";
import { canReplay, rebuildRequest } from "../transport/index.js";
import { parseJsonOrText } from "../values/index.js";
import { readBearerToken, setBearerToken } from "./current-bearer.js";
import type { AuthenticationLookup } from "./operation-authentication.js";
import type { TokenCycler } from "./token-cycler.js";

/** The 401 the caller would have seen, explaining why renewing the token failed. */
async function explainFailedRenewal(
  request: Request,
  response: Response,
  failure: AkeneoApiError,
  redact: TextRedactor | undefined,
): Promise<AkeneoApiError> {
  return createApiError({
    status: response.status,
    body: parseJsonOrText(await response.text().catch(() => "")),
    headers: response.headers,
    request: { method: request.method, url: request.url },
    cause: failure,
    context: `token renewal failed: ${failure.message}`,
    redact,
  });
}

/**
 * Creates the openapi-fetch middleware that authenticates every call.
 *
 * Before a request: attaches `Authorization: Bearer …`, fetching or renewing the token first when
 * it is missing or about to expire. After a 401: one shared renewal (all concurrent 401s wait
 * for the same one), then one replay of the request, rebuilt from its original body, through
 * the same transport. The replay's answer, even another 401, goes to the caller. App tokens are
 * never renewed, and a request with a one-shot stream body is not replayed: its 401 surfaces.
 *
 * Operations that `authenticationOf` does not report as `"bearer"` (the token endpoint, which takes
 * HTTP Basic client credentials, and the public ones) are left alone: they keep the caller's own
 * `Authorization` header, never cause a token request, and their 401 goes to the caller.
 *
 * @param redact The client's redactor, which removes its own secrets by value from that error.
 * @throws {AuthenticationError} from the request when the token cannot be renewed; it carries the
 *   original 401 (status, body, URL) and the token endpoint's refusal as `cause`.
 */
export function createAuthMiddleware(
  cycler: TokenCycler,
  authenticationOf: AuthenticationLookup,
  redact?: TextRedactor,
): Middleware {
  const usesBearer = (request: Request, schemaPath: string): boolean =>
    authenticationOf(request.method, schemaPath) === "bearer";
  return {
    async onRequest({ request, schemaPath }) {
      if (!usesBearer(request, schemaPath)) return undefined;
      setBearerToken(request.headers, await cycler.ensureFresh());
      return request;
    },
    async onResponse({ request, response, options, schemaPath }) {
      if (response.status !== 401 || cycler.mode === "app" || !canReplay(request)) return undefined;
      if (!usesBearer(request, schemaPath)) return undefined;
      let token: string;
      try {
        token = await cycler.renewRejected(readBearerToken(request) ?? "");
      } catch (failure) {
        if (isAuthenticationError(failure)) {
          throw await explainFailedRenewal(request, response, failure, redact);
        }
        throw failure;
      }
      await response.body?.cancel().catch(() => undefined);
      const headers = new Headers(request.headers);
      setBearerToken(headers, token);
      return options.fetch(rebuildRequest(request, headers));
    },
  };
}
