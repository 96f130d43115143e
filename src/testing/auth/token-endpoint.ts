import { type FakeRequest, readHeader, readMediaType } from "../http/fake-request.js";
import type { Reply } from "../http/reply.js";
import type { RouteDefinition } from "../http/router.js";
import type { OAuthState } from "./oauth-state.js";

/** One call of the token endpoint, kept so tests can count token requests. */
export interface TokenRequestRecord {
  /** The grant type sent, "" when none could be read. */
  readonly grantType: string;
  readonly status: number;
}

const CLIENT_MESSAGE =
  'Parameter "client_id" is missing or does not match any client, or secret is invalid';
const ACCEPTED_TYPES = ["application/json", "application/x-www-form-urlencoded"];

/** Creates the `POST /api/oauth/v1/token` route (password and refresh_token grants). */
export function createTokenRoute(
  oauth: OAuthState,
  records: TokenRequestRecord[],
): RouteDefinition {
  return {
    name: "fos_oauth_server_token",
    method: "POST",
    path: "/api/oauth/v1/token",
    authenticated: false,
    handle: (request, reply) => {
      const grantType = answerTokenRequest(request, reply, oauth);
      records.push({ grantType, status: reply.status ?? 0 });
    },
  };
}

function answerTokenRequest(request: FakeRequest, reply: Reply, oauth: OAuthState): string {
  const mediaType = readMediaType(request.headers);
  if (mediaType !== "" && !ACCEPTED_TYPES.includes(mediaType)) {
    reply.error(
      415,
      `'${mediaType}' in 'Content-type' header is not valid. Only 'application/json' or 'application/x-www-form-urlencoded' is allowed.`,
    );
    return "";
  }
  const fields = readTokenFields(request, mediaType);
  if (fields === undefined) {
    reply.error(400, "Invalid json message received");
    return "";
  }
  const grantType = fields.grant_type ?? "";
  const clientId = readBasicClient(request, oauth);
  if (clientId === undefined) {
    reply.error(422, CLIENT_MESSAGE);
    return grantType;
  }
  if (grantType === "password") answerPasswordGrant(fields, clientId, reply, oauth);
  else if (grantType === "refresh_token") answerRefreshGrant(fields, clientId, reply, oauth);
  else reply.error(422, "Invalid grant_type parameter or parameter missing");
  return grantType;
}

function answerPasswordGrant(
  fields: Record<string, string>,
  clientId: string,
  reply: Reply,
  oauth: OAuthState,
): void {
  const { username, password } = fields;
  if (!username || !password) {
    reply.error(
      422,
      'Parameter "grant_type", "username" or "password" is missing, empty or invalid',
    );
    return;
  }
  if (!oauth.isKnownUser(username, password)) {
    reply.error(422, "No user found for the given username and password");
    return;
  }
  sendTokens(reply, oauth.issue(clientId, username));
}

function answerRefreshGrant(
  fields: Record<string, string>,
  clientId: string,
  reply: Reply,
  oauth: OAuthState,
): void {
  const tokens = fields.refresh_token ? oauth.refresh(clientId, fields.refresh_token) : undefined;
  if (tokens === undefined) reply.error(422, "Refresh token is invalid or has expired");
  else sendTokens(reply, tokens);
}

function sendTokens(
  reply: Reply,
  tokens: { accessToken: string; refreshToken: string; expiresInS: number },
): void {
  reply.json(200, {
    access_token: tokens.accessToken,
    expires_in: tokens.expiresInS,
    token_type: "bearer",
    scope: null,
    refresh_token: tokens.refreshToken,
  });
}

function readTokenFields(
  request: FakeRequest,
  mediaType: string,
): Record<string, string> | undefined {
  const text = request.body.toString("utf8").trim();
  if (text === "") return undefined;
  if (mediaType === "application/x-www-form-urlencoded") {
    return Object.fromEntries(new URLSearchParams(text));
  }
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) return undefined;
    return Object.fromEntries(
      Object.entries(parsed).filter(
        (entry): entry is [string, string] => typeof entry[1] === "string",
      ),
    );
  } catch {
    return undefined;
  }
}

function readBasicClient(request: FakeRequest, oauth: OAuthState): string | undefined {
  const encoded = /^Basic\s+(\S+)$/i.exec(readHeader(request.headers, "authorization"))?.[1];
  if (encoded === undefined) return undefined;
  const decoded = Buffer.from(encoded, "base64").toString("utf8");
  const colon = decoded.indexOf(":");
  if (colon === -1) return undefined;
  const clientId = decoded.slice(0, colon);
  return oauth.isKnownClient(clientId, decoded.slice(colon + 1)) ? clientId : undefined;
}
