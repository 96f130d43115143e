import { randomUUID } from "node:crypto";
import type { OAuthState } from "../auth/oauth-state.js";
import type { FakeClock } from "../clock.js";
import { type FakeRequest, readMediaType } from "../http/fake-request.js";
import type { Reply } from "../http/reply.js";
import type { RouteDefinition } from "../http/router.js";
import type { JsonObject } from "../json-types.js";
import type { AppConnections } from "./app-connections.js";
import type { OpenIdSigner } from "./openid-signer.js";

/** What the Apps routes share with the rest of the emulator. */
export interface AppsRouteContext {
  readonly connections: AppConnections;
  readonly oauth: OAuthState;
  readonly clock: FakeClock;
  /** The current key pair (tests may rotate it). */
  readonly signer: () => OpenIdSigner;
  /** The PIM's public URL: the `iss` of every `id_token`. */
  readonly publicUrl: () => string;
  /** Called once per token exchange, with its HTTP status. */
  readonly onExchange: (status: number) => void;
}

const ID_TOKEN_LIFETIME_S = 3600;

/** Creates the authorize, token and OpenID public key routes of Akeneo's Apps flow. */
export function createAppsRoutes(context: AppsRouteContext): RouteDefinition[] {
  return [
    {
      name: "akeneo_connectivity_connection_connect_apps_v1_authorize",
      method: "GET",
      path: "/connect/apps/v1/authorize",
      authenticated: false,
      produces: "any",
      handle: (request, reply) => answerAuthorize(request, reply, context),
    },
    {
      name: "akeneo_connectivity_connection_connect_apps_v1_token",
      method: "POST",
      path: "/connect/apps/v1/oauth2/token",
      authenticated: false,
      handle: (request, reply) => {
        answerExchange(request, reply, context);
        context.onExchange(reply.status ?? 0);
      },
    },
    {
      name: "akeneo_connectivity_connection_connect_apps_v1_openid_public_key",
      method: "GET",
      path: "/connect/apps/v1/openid/public-key",
      authenticated: false,
      handle: (_request, reply) => reply.json(200, { public_key: context.signer().certificatePem }),
    },
  ];
}

function answerAuthorize(request: FakeRequest, reply: Reply, context: AppsRouteContext): void {
  const app = context.connections.find(request.query.get("client_id") ?? "");
  if (app === undefined) {
    reply.json(400, { error: "invalid_client", error_description: "Unknown client_id" });
    return;
  }
  if (request.query.get("response_type") !== "code") {
    reply.json(400, {
      error: "unsupported_response_type",
      error_description: "response_type must be code",
    });
    return;
  }
  const requested = (request.query.get("scope") ?? "").split(" ").filter((s) => s !== "");
  const code = context.connections.authorize(app.clientId, requested);
  const target = new URL(app.callbackUrl);
  if (code === undefined) {
    target.searchParams.set("error", "access_denied");
    target.searchParams.set("error_description", "The user refused to connect the App");
  } else {
    target.searchParams.set("code", code);
  }
  const state = request.query.get("state");
  if (state !== null) target.searchParams.set("state", state);
  reply.empty(302, { location: target.toString() });
}

function answerExchange(request: FakeRequest, reply: Reply, context: AppsRouteContext): void {
  const fields = readFields(request);
  if (fields.grant_type !== "authorization_code") {
    reply.json(400, {
      error: "unsupported_grant_type",
      error_description: "grant_type must be authorization_code",
    });
    return;
  }
  const outcome = context.connections.exchange(fields);
  if ("error" in outcome) {
    reply.json(400, { error: outcome.error, error_description: outcome.description });
    return;
  }
  const accessToken = randomUUID().replace(/-/g, "") + randomUUID().replace(/-/g, "");
  context.oauth.addAppToken(accessToken);
  const body: JsonObject = {
    access_token: accessToken,
    token_type: "bearer",
    scope: outcome.scopes.join(" "),
  };
  if (outcome.scopes.includes("openid")) {
    body.id_token = createIdToken(context, outcome.clientId, outcome.scopes);
  }
  reply.json(200, body);
}

function createIdToken(
  context: AppsRouteContext,
  clientId: string,
  scopes: readonly string[],
): string {
  const user = context.connections.user;
  // Akeneo writes iat and exp with microseconds.
  const issuedAtS = context.clock.now() / 1000;
  const claims: Record<string, unknown> = {
    iss: context.publicUrl(),
    jti: randomUUID(),
    sub: user.id,
    aud: clientId,
    iat: issuedAtS,
    exp: issuedAtS + ID_TOKEN_LIFETIME_S,
  };
  if (scopes.includes("email")) Object.assign(claims, { email: user.email, email_verified: false });
  if (scopes.includes("profile")) {
    Object.assign(claims, { firstname: user.firstName, lastname: user.lastName });
  }
  return context.signer().signJwt(claims);
}

function readFields(request: FakeRequest): Record<string, string> {
  const text = request.body.toString("utf8");
  if (readMediaType(request.headers) !== "application/json") {
    return Object.fromEntries(new URLSearchParams(text));
  }
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed !== "object" || parsed === null) return {};
    return Object.fromEntries(
      Object.entries(parsed).filter(
        (entry): entry is [string, string] => typeof entry[1] === "string",
      ),
    );
  } catch {
    return {};
  }
}
