import { type FakeRequest, readHeader } from "../http/fake-request.js";
import type { Reply } from "../http/reply.js";
import type { OAuthState } from "./oauth-state.js";

/**
 * Answers 401 and returns false when the request carries no valid bearer token.
 */
export function checkBearerToken(request: FakeRequest, reply: Reply, oauth: OAuthState): boolean {
  const header = readHeader(request.headers, "authorization");
  const token = /^Bearer\s+(\S+)$/i.exec(header)?.[1];
  if (token === undefined) {
    reply.error(401, "Authentication is required");
    return false;
  }
  const verdict = oauth.verify(token);
  if (verdict === "valid") return true;
  reply.error(
    401,
    verdict === "expired"
      ? "The access token provided has expired."
      : "The access token provided is invalid.",
  );
  return false;
}
