import { type ClientOptions, createAkeneoClient, InvalidOptionError } from "../../src/index.js";
import { type LoopbackPim, startLoopbackPim } from "../core/support/loopback-pim.js";

const INJECTION = "x\r\nX-Evil: 1";

let pim: LoopbackPim;
beforeEach(async () => {
  pim = await startLoopbackPim();
});
afterEach(async () => {
  await pim.close();
});

describe("header injection through client options", () => {
  it.each<[string, (baseUrl: string) => ClientOptions]>([
    [
      "userAgent",
      (baseUrl) => ({ baseUrl, auth: { type: "app", token: "t" }, userAgent: INJECTION }),
    ],
    [
      "a header value",
      (baseUrl) => ({
        baseUrl,
        auth: { type: "app", token: "t" },
        headers: { "X-Tenant": INJECTION },
      }),
    ],
    [
      "a header name",
      (baseUrl) => ({ baseUrl, auth: { type: "app", token: "t" }, headers: [[INJECTION, "v"]] }),
    ],
    ["an app token", (baseUrl) => ({ baseUrl, auth: { type: "app", token: INJECTION } })],
    [
      "a refresh token",
      (baseUrl) => ({
        baseUrl,
        auth: { type: "token", clientId: "c", secret: "s", token: "t", refreshToken: INJECTION },
      }),
    ],
    [
      "the base URL",
      (baseUrl) => ({ baseUrl: `${baseUrl}/${INJECTION}`, auth: { type: "app", token: "t" } }),
    ],
  ])(
    "is refused at construction when it comes through %s; nothing reaches the server",
    (_, options) => {
      expect(() => createAkeneoClient({ ...options(pim.baseUrl), logLevel: "silent" })).toThrow(
        InvalidOptionError,
      );
      expect(pim.requests).toHaveLength(0);
    },
  );

  it("sends the headers of a Map and the userAgent as given, and nothing else of the caller", async () => {
    const client = createAkeneoClient({
      baseUrl: pim.baseUrl,
      auth: { type: "app", token: "app-token" },
      headers: new Map([["X-Tenant", "t1"]]),
      userAgent: "my-erp/2.1",
      logLevel: "silent",
    });
    pim.addAccessToken("app-token");
    await client.products.get("shoe");
    const headers = pim.requests[0]?.headers ?? {};
    expect(headers["x-tenant"]).toBe("t1");
    expect(headers["user-agent"]).toMatch(/ my-erp\/2\.1$/);
    expect(headers["x-evil"]).toBeUndefined();
  });
});
