import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createCoreClient } from "../../src/core/client/index.js";
import { AkeneoApiError } from "../../src/core/errors/index.js";
import type { TestPaths } from "../core/support/test-paths.js";

let pim: Server;
let other: Server;
let pimUrl: string;
let otherUrl: string;
const reachedOther: string[] = [];

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

beforeAll(async () => {
  other = createServer((request, response) => {
    let body = "";
    request.on("data", (c: Buffer) => {
      body += c.toString();
    });
    request.on("end", () => {
      reachedOther.push(
        `${request.method} ${request.url} ${request.headers.authorization ?? ""} ${body}`,
      );
      response.end("{}");
    });
  });
  otherUrl = await listen(other);
  // Same host, another port: another origin. Every answer redirects there, keeping method and body.
  pim = createServer((request, response) => {
    request.resume();
    response.writeHead(307, { location: `${otherUrl}${request.url}` });
    response.end();
  });
  pimUrl = await listen(pim);
});
afterAll(async () => {
  pim.closeAllConnections();
  other.closeAllConnections();
  await Promise.all([new Promise((r) => pim.close(r)), new Promise((r) => other.close(r))]);
});

describe("redirects to another origin", () => {
  it("never carry the password grant or client credentials", async () => {
    const core = createCoreClient<TestPaths>({
      baseUrl: pimUrl,
      auth: {
        type: "password",
        clientId: "client-id",
        secret: "client-secret",
        username: "admin",
        password: "s3cret-pass",
      },
      logLevel: "silent",
    });
    const error = await core.authenticate().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AkeneoApiError);
    expect((error as AkeneoApiError).status).toBe(307);
    expect(reachedOther).toEqual([]);
  });

  it("never carry the Bearer token of an API call", async () => {
    const core = createCoreClient<TestPaths>({
      baseUrl: pimUrl,
      auth: { type: "app", token: "app-token" },
      logLevel: "silent",
    });
    const result = await core.api.GET("/api/rest/v1/products/{code}", {
      params: { path: { code: "x" } },
    });
    expect(result.response.status).toBe(307);
    expect(reachedOther).toEqual([]);
  });
});
