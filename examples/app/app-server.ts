import { randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import {
  type AppScope,
  completeAppActivation,
  createAkeneoClient,
  createAuthorizationRequest,
  isAkeneoError,
  readActivationRequest,
} from "../../src/node/index.js";

/** What the example App is configured with (from the App's page in the PIM or the App Portal). */
export interface ExampleAppOptions {
  readonly clientId: string;
  readonly clientSecret: string;
  readonly scopes: readonly AppScope[];
  /** Port on 127.0.0.1. @default 0 (any free port) */
  readonly port?: number;
}

/** A running example App. */
export interface ExampleApp {
  /** Base URL; the activation URL is `${url}/activate`, the callback URL `${url}/callback`. */
  readonly url: string;
  /** Stops the server. */
  close(): Promise<void>;
}

interface PendingActivation {
  readonly state: string;
  readonly pimUrl: string;
  readonly scopes: readonly AppScope[];
}

const SESSION_COOKIE = "example_app_session";

/**
 * Starts a minimal Akeneo App on node:http: `/activate` sends the PIM user to the consent screen,
 * `/callback` finishes the connection and makes a first API call with the new token.
 */
export async function startExampleApp(options: ExampleAppOptions): Promise<ExampleApp> {
  // A real App keeps these in its session store and its database; memory is enough here.
  const pending = new Map<string, PendingActivation>();
  const server = createServer((req, res) => {
    const path = (req.url ?? "/").split("?")[0];
    const route = path === "/activate" ? activate : path === "/callback" ? callback : undefined;
    if (route === undefined) return send(res, 404, "Not found");
    route(req, res, options, pending).catch((error: unknown) => {
      // SDK errors never carry the secret, the code or a token: their name and message are safe.
      const text = isAkeneoError(error) ? `${error.name}: ${error.message}` : "Internal error";
      send(res, isAkeneoError(error) ? 400 : 500, text);
    });
  });
  const url = await listen(server, options.port ?? 0);
  return { url, close: () => stop(server) };
}

async function activate(
  req: IncomingMessage,
  res: ServerResponse,
  options: ExampleAppOptions,
  pending: Map<string, PendingActivation>,
): Promise<void> {
  const { pimUrl } = readActivationRequest(req.url ?? "");
  const request = createAuthorizationRequest({
    pimUrl,
    clientId: options.clientId,
    scopes: options.scopes,
  });
  const session = randomBytes(24).toString("base64url");
  pending.set(session, { state: request.state, pimUrl: request.pimUrl, scopes: request.scopes });
  res.writeHead(302, {
    location: request.url,
    "set-cookie": `${SESSION_COOKIE}=${session}; Path=/; HttpOnly; SameSite=Lax`,
  });
  res.end();
}

async function callback(
  req: IncomingMessage,
  res: ServerResponse,
  options: ExampleAppOptions,
  pending: Map<string, PendingActivation>,
): Promise<void> {
  const session = readCookie(req, SESSION_COOKIE);
  const activation = session === undefined ? undefined : pending.get(session);
  if (session === undefined || activation === undefined) {
    return send(res, 400, "No activation in progress in this browser");
  }
  pending.delete(session);
  const { token, user } = await completeAppActivation({
    callbackUrl: req.url ?? "",
    expectedState: activation.state,
    pimUrl: activation.pimUrl,
    clientId: options.clientId,
    clientSecret: options.clientSecret,
    requestedScopes: activation.scopes,
  });
  const client = createAkeneoClient({
    baseUrl: activation.pimUrl,
    auth: { type: "app", token: token.accessToken },
  });
  const page = await client.products.listPerPage({ limit: 1 });
  const who =
    user === undefined ? "an unnamed user" : `${user.firstName} ${user.lastName} <${user.email}>`;
  const missing = token.scopes.missing.length > 0 ? token.scopes.missing.join(" ") : "none";
  send(
    res,
    200,
    `Connected by ${who}. Scopes not granted: ${missing}. First product: ${page.items[0]?.identifier ?? "none"}`,
  );
}

function readCookie(req: IncomingMessage, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? "").split(";")) {
    const [key, value] = part.trim().split("=");
    if (key === name && value) return value;
  }
  return undefined;
}

function send(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { "content-type": "text/plain; charset=utf-8" });
  res.end(text);
}

function listen(server: Server, port: number): Promise<string> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => {
      resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    });
  });
}

function stop(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()));
    server.closeAllConnections();
  });
}
