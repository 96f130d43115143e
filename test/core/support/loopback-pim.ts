import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** Credentials the loopback PIM accepts. */
export const CREDENTIALS = {
  clientId: "client-id",
  secret: "client-secret",
  username: "admin",
  password: "s3cret-pass",
} as const;

/** A request as the loopback PIM received it. */
export interface ReceivedRequest {
  method: string;
  path: string;
  headers: IncomingMessage["headers"];
  body: Buffer;
}

/** Handles a request before the default routes; returns true when it answered. */
export type Override = (
  request: ReceivedRequest,
  response: ServerResponse,
) => boolean | Promise<boolean>;

/** A minimal Akeneo on 127.0.0.1: token endpoint, Bearer checks, a few routes. */
export interface LoopbackPim {
  baseUrl: string;
  /** Grants received by the token endpoint, in order. */
  grants: Record<string, unknown>[];
  /** Every request received (token calls included). */
  requests: ReceivedRequest[];
  /** Lifetime of issued access tokens, in seconds. */
  expiresIn: number;
  /** Makes every issued access token invalid (as if expired). */
  expireAccessTokens(): void;
  /** Registers a valid refresh token (to seed token mode). */
  addRefreshToken(token: string): void;
  /** Registers a valid access token. */
  addAccessToken(token: string): void;
  /** Installs an override (replaces the previous one); `undefined` removes it. */
  override(handler: Override | undefined): void;
  close(): Promise<void>;
}

function readBody(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => resolve(Buffer.concat(chunks)));
    request.on("error", reject);
  });
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(text),
  });
  response.end(text);
}

/** Starts the loopback PIM on an ephemeral port of 127.0.0.1. */
export async function startLoopbackPim(options: { expiresIn?: number } = {}): Promise<LoopbackPim> {
  const accessTokens = new Set<string>();
  const refreshTokens = new Set<string>();
  const grants: Record<string, unknown>[] = [];
  const requests: ReceivedRequest[] = [];
  let override: Override | undefined;
  const expectedBasic = `Basic ${Buffer.from(`${CREDENTIALS.clientId}:${CREDENTIALS.secret}`).toString("base64")}`;

  const issue = (response: ServerResponse): void => {
    const access = `access-${randomUUID()}`;
    const refresh = `refresh-${randomUUID()}`;
    accessTokens.add(access);
    refreshTokens.add(refresh);
    sendJson(response, 200, {
      access_token: access,
      expires_in: pim.expiresIn,
      token_type: "bearer",
      scope: null,
      refresh_token: refresh,
    });
  };

  const handleToken = (request: ReceivedRequest, response: ServerResponse): void => {
    if (request.headers.authorization !== expectedBasic) {
      sendJson(response, 422, {
        code: 422,
        message:
          'Parameter "client_id" is missing or does not match any client, or secret is invalid',
      });
      return;
    }
    const grant = JSON.parse(request.body.toString("utf8")) as Record<string, unknown>;
    grants.push(grant);
    if (grant.grant_type === "password") {
      if (grant.username === CREDENTIALS.username && grant.password === CREDENTIALS.password)
        issue(response);
      else sendJson(response, 422, { code: 422, message: "Your authentication is invalid" });
      return;
    }
    const refresh = String(grant.refresh_token);
    if (refreshTokens.delete(refresh)) issue(response);
    else sendJson(response, 422, { code: 422, message: "Refresh token is invalid or has expired" });
  };

  const handleApi = async (request: ReceivedRequest, response: ServerResponse): Promise<void> => {
    const bearer = (request.headers.authorization ?? "").replace(/^Bearer /, "");
    if (!accessTokens.has(bearer)) {
      sendJson(response, 401, { code: 401, message: "The access token provided is invalid." });
      return;
    }
    if (request.method === "POST" && request.path === "/api/rest/v1/media-files") {
      const form = await new Request("http://127.0.0.1/", {
        method: "POST",
        headers: { "content-type": String(request.headers["content-type"]) },
        body: new Uint8Array(request.body),
      }).formData();
      const file = form.get("file");
      response.writeHead(201, {
        location: `http://internal.example:8080/api/rest/v1/media-files/a/b/c/${randomUUID()}_file.txt`,
      });
      response.end(
        JSON.stringify({
          product: form.get("product"),
          file: file instanceof Blob ? await file.text() : null,
        }),
      );
      return;
    }
    const match = /^\/api\/rest\/v1\/products\/(.+)$/.exec(request.path.split("?")[0] ?? "");
    if (request.method === "GET" && match) {
      sendJson(response, 200, { identifier: decodeURIComponent(match[1] ?? "") });
      return;
    }
    sendJson(response, 404, { code: 404, message: "Resource not found" });
  };

  const server = createServer(async (incoming, response) => {
    const request: ReceivedRequest = {
      method: incoming.method ?? "GET",
      path: incoming.url ?? "/",
      headers: incoming.headers,
      body: await readBody(incoming),
    };
    requests.push(request);
    if (override && (await override(request, response))) return;
    if (request.method === "POST" && request.path === "/api/oauth/v1/token")
      handleToken(request, response);
    else await handleApi(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  const pim: LoopbackPim = {
    baseUrl: `http://127.0.0.1:${port}`,
    grants,
    requests,
    expiresIn: options.expiresIn ?? 3600,
    expireAccessTokens: () => accessTokens.clear(),
    addRefreshToken: (token) => refreshTokens.add(token),
    addAccessToken: (token) => accessTokens.add(token),
    override: (handler) => {
      override = handler;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  return pim;
}
