import { request } from "node:http";
import { type FakePim, startFakePim } from "../../src/testing/index.js";
import { call, callJson, requestToken } from "./support/pim-calls.js";

describe("emulator request log", () => {
  let pim: FakePim;
  beforeEach(async () => {
    pim = await startFakePim({ sampleCatalog: true });
  });
  afterEach(() => pim.close());

  it("records method, raw path, query, body size and status in arrival order", async () => {
    await call(pim, "/api/rest/v1/products?limit=5&search=%7B%7D", { token: "t" });
    await callJson(pim, "PATCH", "/api/rest/v1/families/shoes", { labels: { en_US: "Shoes" } });
    const [first, second] = pim.requestLog.entries();
    expect(first).toMatchObject({
      sequence: 1,
      method: "GET",
      path: "/api/rest/v1/products",
      query: { limit: "5", search: "{}" },
      bodyBytes: 0,
      status: 401,
    });
    expect(second).toMatchObject({
      sequence: 2,
      method: "PATCH",
      path: "/api/rest/v1/families/shoes",
      status: 204,
    });
    expect(second?.bodyBytes).toBe(JSON.stringify({ labels: { en_US: "Shoes" } }).length);
    expect(second?.durationMs).toBeGreaterThanOrEqual(0);
  });

  it("masks bearer and basic credentials and keeps no body", async () => {
    const token = pim.auth.issueTokens().accessToken;
    await call(pim, "/api/rest/v1/channels", { token });
    await requestToken(pim, { grant_type: "password", username: "admin", password: "admin" });
    const serialized = JSON.stringify(pim.requestLog.entries());
    expect(serialized).not.toContain(token);
    expect(serialized).not.toContain("demo-secret");
    expect(serialized).not.toContain(Buffer.from("demo-client:demo-secret").toString("base64"));
    expect(serialized).not.toContain('"password"');
    const [bearer, basic] = pim.requestLog.entries();
    expect(bearer?.headers.authorization).toBe("Bearer ***");
    expect(basic?.headers.authorization).toBe("Basic ***");
  });

  it("keeps the path exactly as sent, dot segments included", async () => {
    await call(pim, "/api/rest/v1/products/..%2F..%2Fusers");
    await new Promise<void>((resolve, reject) => {
      // fetch would resolve the dot segments before sending; a raw request keeps them.
      const raw = request(`${pim.url}/api/rest/v1/media-files/a/../b`, {
        path: "/api/rest/v1/media-files/a/../b",
      });
      raw.on("response", (res) => res.resume().on("end", resolve));
      raw.on("error", reject);
      raw.end();
    });
    expect(pim.requestLog.entries().map((e) => e.path)).toEqual([
      "/api/rest/v1/products/..%2F..%2Fusers",
      "/api/rest/v1/media-files/a/../b",
    ]);
  });

  it("filters, counts and clears entries", async () => {
    await call(pim, "/api/rest/v1/channels");
    await call(pim, "/api/rest/v1/locales");
    await callJson(pim, "PATCH", "/api/rest/v1/channels/ecommerce", {});
    expect(pim.requestLog.count({ method: "GET" })).toBe(2);
    expect(pim.requestLog.count({ path: /channels/ })).toBe(2);
    expect(pim.requestLog.count({ method: "patch", path: "/api/rest/v1/channels/ecommerce" })).toBe(
      1,
    );
    pim.requestLog.clear();
    expect(pim.requestLog.count()).toBe(0);
    await call(pim, "/api/rest/v1/channels");
    expect(pim.requestLog.entries()[0]?.sequence).toBe(4);
  });
});
