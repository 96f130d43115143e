import type { FakePim } from "../../../src/testing/index.js";

/** Answer of a call: status, headers and the body as text and (when JSON) parsed. */
export interface CallResult {
  readonly status: number;
  readonly headers: Headers;
  readonly text: string;
  readonly json: unknown;
}

/** Options of one call. */
export interface CallOptions {
  readonly method?: string;
  readonly body?: string | FormData;
  readonly headers?: Record<string, string>;
  readonly token?: string | null;
}

/** Builds the Basic header of the emulator's default client. */
export function basicAuth(pim: FakePim, secret = pim.credentials.secret): string {
  return `Basic ${Buffer.from(`${pim.credentials.clientId}:${secret}`).toString("base64")}`;
}

/** Calls the token endpoint with a JSON body. */
export async function requestToken(
  pim: FakePim,
  fields: Record<string, string>,
  headers: Record<string, string> = {},
): Promise<CallResult> {
  return call(pim, "/api/oauth/v1/token", {
    method: "POST",
    body: JSON.stringify(fields),
    headers: { "content-type": "application/json", authorization: basicAuth(pim), ...headers },
    token: null,
  });
}

/** Gets an access token by the password grant. */
export async function passwordToken(pim: FakePim): Promise<{ access: string; refresh: string }> {
  const { username, password } = pim.credentials;
  const answer = await requestToken(pim, { grant_type: "password", username, password });
  const body = answer.json as { access_token: string; refresh_token: string };
  return { access: body.access_token, refresh: body.refresh_token };
}

/** Calls the emulator; sends a bearer token issued directly unless `token` says otherwise. */
export async function call(
  pim: FakePim,
  path: string,
  options: CallOptions = {},
): Promise<CallResult> {
  const token = options.token === undefined ? pim.auth.issueTokens().accessToken : options.token;
  const headers: Record<string, string> = { ...(options.headers ?? {}) };
  if (token !== null) headers.authorization = `Bearer ${token}`;
  const response = await fetch(`${pim.url}${path}`, {
    method: options.method ?? "GET",
    headers,
    body: options.body,
  });
  const text = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, text, json };
}

/** Sends a JSON body with `application/json`. */
export function callJson(
  pim: FakePim,
  method: string,
  path: string,
  body: unknown,
): Promise<CallResult> {
  return call(pim, path, {
    method,
    body: JSON.stringify(body),
    headers: { "content-type": "application/json" },
  });
}

/** Sends NDJSON lines to a collection endpoint. */
export function callNdjson(
  pim: FakePim,
  path: string,
  lines: readonly unknown[],
): Promise<CallResult> {
  return call(pim, path, {
    method: "PATCH",
    body: lines.map((line) => (typeof line === "string" ? line : JSON.stringify(line))).join("\n"),
    headers: { "content-type": "application/vnd.akeneo.collection+json" },
  });
}

/** Parses an NDJSON answer. */
export function parseNdjson(text: string): Array<Record<string, unknown>> {
  return text
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}
