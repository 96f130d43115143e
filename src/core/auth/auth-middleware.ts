import type { Middleware } from "openapi-fetch";
import { type AkeneoApiError, isAuthenticationError } from "../errors/index.js";
import { canReplay, discardAnswerBody, rebuildRequest } from "../transport/index.js";
import { readBearerToken, setBearerToken } from "./current-bearer.js";
import type { AuthenticationLookup } from "./operation-authentication.js";
import type { TokenCycler } from "./token-cycler.js";

/** Receives the token endpoint's refusal when a renewal after a 401 fails. */
export type RenewalFailureReport = (failure: AkeneoApiError) => void;

/**
 * Creates the openapi-fetch middleware that authenticates a call.
 *
 * Before a request: attaches `Authorization: Bearer …`, fetching or renewing the token first when
 * it is missing or about to expire. After a 401: one shared renewal (all concurrent 401s wait
 * for the same one), then one replay of the request, rebuilt from its original body, through
 * the same transport. The replay's answer, even another 401, goes to the caller. App tokens are
 * never renewed, and a request with a one-shot stream body is not replayed: its 401 surfaces.
 * A call that waits for a transport slot while the token is renewed is sent with the new token
 * (`refreshBearerOnAttempt`, which the client hands the transport as its attempt hook).
 *
 * When the token endpoint refuses the renewal, the 401 itself goes to the caller, an error answer
 * like any other, and the refusal goes to `reportRenewalFailure`: the client creates one
 * middleware per call so that the refusal lands in that call's result (`renewalFailure`).
 *
 * Operations that `authenticationOf` does not report as `"bearer"` (the token endpoint, which takes
 * HTTP Basic client credentials, and the public ones) are left alone: they keep the caller's own
 * `Authorization` header, never cause a token request, and their 401 goes to the caller.
 *
 * @throws {AuthenticationError} from the request when the token a call needs before it is sent
 *   cannot be obtained (no answer exists yet to hand over).
 * @throws from the request what keeps a renewal after a 401 from any answer (a connection
 *   failure, a token store error), as a failed `fetch` would.
 */
export function createAuthMiddleware(
  cycler: TokenCycler,
  authenticationOf: AuthenticationLookup,
  reportRenewalFailure: RenewalFailureReport,
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
        if (!isAuthenticationError(failure)) throw failure;
        reportRenewalFailure(failure);
        return undefined;
      }
      await discardAnswerBody(response);
      const headers = new Headers(request.headers);
      setBearerToken(headers, token);
      return options.fetch(rebuildRequest(request, headers));
    },
  };
}
