import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";

// A loopback HTTP server that misbehaves on purpose, one behaviour per test.
//
// Usage:
//   const server = await startHostileServer((request, response) => cutBody(response, {...}));
//   … call the SDK against server.url …
//   expect(server.apiRequests()).toHaveLength(3);
//   await server.close();
//
// The server answers the token endpoint itself (with HOSTILE_SECRETS.accessToken), so a client in
// password mode with the fake secrets below works and every secret it knows can be searched for in
// the errors. Every other request goes to the behaviour, which writes the answer with the helpers
// of this file (or by hand: it receives node's raw ServerResponse). `setBehaviour()` swaps it
// between calls. `close()` destroys open sockets, so a trickling or endless answer never outlives
// its test.

/** Distinctive fake secrets: any of them in an error, a stack or a cause is a leak. */
export const HOSTILE_SECRETS = {
  clientId: "hostile-client-id",
  secret: "hostile-SECRET-5ec7e7",
  username: "hostile-user",
  password: "hostile-PASSWORD-9a55e1",
  accessToken: "hostile-ACCESS-TOKEN-77c1d0",
  refreshToken: "hostile-REFRESH-TOKEN-3e9f42",
} as const;

/** The secret values that must never appear in anything the SDK throws. */
export const SECRET_VALUES: readonly string[] = [
  HOSTILE_SECRETS.secret,
  HOSTILE_SECRETS.password,
  HOSTILE_SECRETS.accessToken,
  HOSTILE_SECRETS.refreshToken,
  Buffer.from(`${HOSTILE_SECRETS.clientId}:${HOSTILE_SECRETS.secret}`).toString("base64"),
];

/** A request as the hostile server received it. */
export interface HostileRequest {
  method: string;
  path: string;
  headers: IncomingMessage["headers"];
  body: Buffer;
}

/**
 * Writes the answer to one API request. `hit` counts API requests from 1 (token calls excluded),
 * so a behaviour can fail the first attempts and answer the next.
 */
export type Behaviour = (
  request: HostileRequest,
  response: ServerResponse,
  hit: number,
) => void | Promise<void>;

/** A running hostile server. */
export interface HostileServer {
  /** `http://127.0.0.1:<port>`: the base URL to give the client. */
  readonly url: string;
  /** Every request received, token calls included, in arrival order. */
  readonly requests: readonly HostileRequest[];
  /** The requests that were not token calls. */
  apiRequests(): HostileRequest[];
  /** Bytes written by the behaviours' answers so far (to show a huge body was not sent whole). */
  bytesWritten(): number;
  /** Replaces the behaviour for the next requests. */
  setBehaviour(behaviour: Behaviour): void;
  /** Stops the server and destroys every open connection. */
  close(): Promise<void>;
}

const TOKEN_PATH = "/api/oauth/v1/token";

function readBody(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => resolve(Buffer.concat(chunks)));
    request.on("error", reject);
  });
}

/** Starts a hostile server on an ephemeral port of 127.0.0.1. */
export async function startHostileServer(initial: Behaviour): Promise<HostileServer> {
  let behaviour = initial;
  let apiHits = 0;
  let written = 0;
  const requests: HostileRequest[] = [];
  const sockets = new Set<Socket>();
  const server = createServer((incoming, response) => {
    void (async () => {
      const request: HostileRequest = {
        method: incoming.method ?? "GET",
        path: incoming.url ?? "/",
        headers: incoming.headers,
        body: await readBody(incoming),
      };
      requests.push(request);
      const write = response.write.bind(response);
      response.write = ((chunk: unknown, ...rest: never[]) => {
        if (typeof chunk === "string" || chunk instanceof Uint8Array) {
          written += Buffer.byteLength(chunk);
        }
        return write(chunk as never, ...rest);
      }) as typeof response.write;
      if (request.method === "POST" && request.path === TOKEN_PATH) {
        sendJson(response, 200, {
          access_token: HOSTILE_SECRETS.accessToken,
          refresh_token: HOSTILE_SECRETS.refreshToken,
          expires_in: 3600,
          token_type: "bearer",
          scope: null,
        });
        return;
      }
      apiHits += 1;
      await behaviour(request, response, apiHits);
    })().catch(() => response.destroy());
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    apiRequests: () => requests.filter((request) => request.path !== TOKEN_PATH),
    bytesWritten: () => written,
    setBehaviour: (next) => {
      behaviour = next;
    },
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Answers a JSON document with an honest `Content-Length`. */
export function sendJson(
  response: ServerResponse,
  status: number,
  value: unknown,
  headers: Record<string, string> = {},
): void {
  sendText(response, status, JSON.stringify(value), {
    "content-type": "application/json",
    ...headers,
  });
}

/** Answers any text with an honest `Content-Length` and the given headers (a wrong type, say). */
export function sendText(
  response: ServerResponse,
  status: number,
  text: string,
  headers: Record<string, string> = {},
): void {
  response.writeHead(status, { ...headers, "content-length": String(Buffer.byteLength(text)) });
  response.end(text);
}

/** How a cut answer starts before the connection drops. */
export interface CutOptions {
  /** @default 200 */
  status?: number;
  /** Headers of the answer. @default JSON */
  headers?: Record<string, string>;
  /** The part of the body sent before the cut. */
  sent: string;
  /** `Content-Length` announced; omitted means a chunked answer. */
  announcedLength?: number;
}

/** Sends the headers and the start of a body, then destroys the socket mid-body. */
export function cutBody(response: ServerResponse, options: CutOptions): void {
  const headers: Record<string, string> = {
    "content-type": "application/json",
    ...options.headers,
  };
  if (options.announcedLength !== undefined) {
    headers["content-length"] = String(options.announcedLength);
  }
  response.writeHead(options.status ?? 200, headers);
  response.write(options.sent, () => {
    // Let the bytes leave before the reset, so the client sees a body cut in the middle.
    setTimeout(() => response.socket?.destroy(), 10);
  });
}

/**
 * Sends a complete body under a `Content-Length` that is shorter than it: the client reads only
 * the announced bytes. The connection is closed afterwards so the extra bytes cannot poison the
 * next answer on a kept-alive socket.
 */
export function sendShortLength(
  response: ServerResponse,
  status: number,
  body: string,
  announcedLength: number,
  headers: Record<string, string> = { "content-type": "application/json" },
): void {
  response.writeHead(status, {
    ...headers,
    "content-length": String(announcedLength),
    connection: "close",
  });
  // Node refuses to write more than the announced length through the response: go under it.
  response.flushHeaders();
  response.socket?.end(body);
}

/** Options of an answer trickled one slice at a time. */
export interface TrickleOptions {
  /** @default 200 */
  status?: number;
  /** @default text/plain */
  headers?: Record<string, string>;
  /** The whole body. */
  body: string;
  /** Pause between slices. */
  intervalMs: number;
  /** Characters per slice. @default 1 */
  sliceLength?: number;
}

/** Sends the headers at once, then the body one slice per `intervalMs` (until the client leaves). */
export function trickle(response: ServerResponse, options: TrickleOptions): void {
  response.writeHead(options.status ?? 200, {
    "content-type": "text/plain",
    ...options.headers,
  });
  response.flushHeaders();
  const slice = options.sliceLength ?? 1;
  let offset = 0;
  const timer = setInterval(() => {
    if (offset >= options.body.length) {
      clearInterval(timer);
      response.end();
      return;
    }
    response.write(options.body.slice(offset, offset + slice));
    offset += slice;
  }, options.intervalMs);
  response.on("close", () => clearInterval(timer));
}

/** Options of a huge answer generated as it is sent. */
export interface HugeBodyOptions {
  /** @default 200 */
  status?: number;
  /** @default JSON */
  headers?: Record<string, string>;
  /** Total size to send, in bytes. */
  totalBytes: number;
  /** Announce `totalBytes` as `Content-Length` (else chunked). @default false */
  announceLength?: boolean;
  /** Sent first (e.g. `{"items":["`); the rest is filler. @default "" */
  prefix?: string;
  /** Filler byte. @default "x" */
  filler?: string;
}

const HUGE_CHUNK_BYTES = 64 * 1024;

/**
 * Streams `totalBytes` of body, generated chunk by chunk with back-pressure: the server never
 * holds the body, and it stops writing as soon as the client goes away.
 */
export function streamHugeBody(response: ServerResponse, options: HugeBodyOptions): void {
  const headers: Record<string, string> = {
    "content-type": "application/json",
    ...options.headers,
  };
  if (options.announceLength) headers["content-length"] = String(options.totalBytes);
  response.writeHead(options.status ?? 200, headers);
  const filler = Buffer.alloc(HUGE_CHUNK_BYTES, options.filler ?? "x");
  let remaining = options.totalBytes;
  let closed = false;
  response.on("close", () => {
    closed = true;
  });
  const pump = (): void => {
    if (options.prefix && remaining === options.totalBytes) {
      response.write(options.prefix);
      remaining -= Buffer.byteLength(options.prefix);
    }
    while (!closed && remaining > 0) {
      const size = Math.min(remaining, HUGE_CHUNK_BYTES);
      remaining -= size;
      if (!response.write(size === HUGE_CHUNK_BYTES ? filler : filler.subarray(0, size))) {
        response.once("drain", pump);
        return;
      }
    }
    if (!closed) response.end();
  };
  pump();
}

/** Answers a redirect to `location` (any string: relative, absolute, with credentials…). */
export function redirect(response: ServerResponse, status: number, location: string): void {
  response.writeHead(status, { location, "content-length": "0" });
  response.end();
}
