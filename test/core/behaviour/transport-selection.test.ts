import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createCoreClient } from "../../../src/core/client/index.js";

// Set by jest's `fetch` project; the default project runs on Node's transport.
const expected = (globalThis as { TEST_TRANSPORT?: string }).TEST_TRANSPORT ?? "undici";

let server: Server;
let seen: IncomingHttpHeaders[] = [];
beforeAll(async () => {
  server = createServer((request, response) => {
    seen.push(request.headers);
    request.resume();
    response.writeHead(200, { "content-type": "application/json" }).end("{}");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

async function sendOneCall(): Promise<IncomingHttpHeaders> {
  seen = [];
  const { port } = server.address() as AddressInfo;
  const core = createCoreClient<Record<string, never>>({
    baseUrl: `http://127.0.0.1:${port}`,
    auth: { type: "app", token: "t0k3n-value" },
    logLevel: "silent",
    retry: false,
  });
  await (core.api as unknown as { GET(path: string): Promise<unknown> }).GET("/api/rest/v1/ping");
  return seen[0] ?? {};
}

describe("the default transport", () => {
  // The global fetch marks every request with Sec-Fetch-Mode; undici's own API never does.
  it(`is ${expected} in this jest project`, async () => {
    const headers = await sendOneCall();
    expect(headers["sec-fetch-mode"] === undefined ? "undici" : "fetch").toBe(expected);
  });
});
