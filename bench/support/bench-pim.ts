import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** Credentials the bench server accepts. */
export const BENCH_CREDENTIALS = {
  clientId: "bench",
  secret: "bench-secret",
  username: "u",
  password: "p",
} as const;

/** A loopback server with a token endpoint and one product route, counting token requests. */
export interface BenchPim {
  baseUrl: string;
  tokenRequests: number;
  /** Invalidates every issued access token. */
  expireAccessTokens(): void;
  close(): Promise<void>;
}

const PRODUCT = JSON.stringify({
  identifier: "shoe-42",
  family: "shoes",
  values: { name: [{ locale: "en_US", scope: null, data: "Running shoe" }] },
});

/** Starts the bench server on 127.0.0.1. */
export async function startBenchPim(): Promise<BenchPim> {
  const tokens = new Set<string>();
  const refreshTokens = new Set<string>();
  const answer = (response: ServerResponse, status: number, body: string): void => {
    response.writeHead(status, {
      "content-type": "application/json",
      "content-length": Buffer.byteLength(body),
    });
    response.end(body);
  };
  const onToken = (request: IncomingMessage, response: ServerResponse, body: string): void => {
    pim.tokenRequests++;
    const grant = JSON.parse(body) as { grant_type: string; refresh_token?: string };
    if (grant.grant_type === "refresh_token" && !refreshTokens.delete(grant.refresh_token ?? "")) {
      answer(response, 422, '{"code":422,"message":"Refresh token is invalid or has expired"}');
      return;
    }
    const access = randomUUID();
    const refresh = randomUUID();
    tokens.add(access);
    refreshTokens.add(refresh);
    answer(
      response,
      200,
      JSON.stringify({
        access_token: access,
        refresh_token: refresh,
        expires_in: 3600,
        token_type: "bearer",
        scope: null,
      }),
    );
    void request;
  };
  const server = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk: Buffer) => {
      body += chunk.toString("utf8");
    });
    request.on("end", () => {
      if (request.url === "/api/oauth/v1/token") return onToken(request, response, body);
      const bearer = (request.headers.authorization ?? "").slice("Bearer ".length);
      if (!tokens.has(bearer))
        return answer(
          response,
          401,
          '{"code":401,"message":"The access token provided is invalid."}',
        );
      answer(response, 200, PRODUCT);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const pim: BenchPim = {
    baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    tokenRequests: 0,
    expireAccessTokens: () => tokens.clear(),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  return pim;
}
