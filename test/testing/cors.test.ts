import { type FakePim, startFakePim } from "../../src/testing/index.js";

const ORIGIN = "http://127.0.0.1:9";

async function preflight(pim: FakePim, method: string, headers: string): Promise<Response> {
  return fetch(`${pim.url}/api/rest/v1/products/shoe-rain-boot`, {
    method: "OPTIONS",
    headers: {
      origin: ORIGIN,
      "access-control-request-method": method,
      "access-control-request-headers": headers,
    },
  });
}

describe("startFakePim({ cors: true })", () => {
  let pim: FakePim;
  beforeAll(async () => {
    pim = await startFakePim({ cors: true, sampleCatalog: true, appTokens: ["app-token"] });
  });
  afterAll(() => pim.close());

  it("answers a preflight with the methods and the Authorization header allowed", async () => {
    const answer = await preflight(pim, "PATCH", "content-type");
    expect(answer.status).toBe(204);
    expect(answer.headers.get("access-control-allow-origin")).toBe("*");
    expect(answer.headers.get("access-control-allow-methods")).toContain("PATCH");
    expect(answer.headers.get("access-control-allow-headers")).toBe("authorization, content-type");
  });

  it("marks answers readable from another origin and exposes the headers the SDK reads", async () => {
    const answer = await fetch(`${pim.url}/api/rest/v1/products/shoe-rain-boot`, {
      headers: { origin: ORIGIN, authorization: "Bearer app-token" },
    });
    expect(answer.status).toBe(200);
    expect(answer.headers.get("access-control-allow-origin")).toBe("*");
    const exposed = answer.headers.get("access-control-expose-headers")?.toLowerCase() ?? "";
    for (const header of ["location", "content-disposition", "asset-media-file-code"]) {
      expect(exposed).toContain(header);
    }
  });

  it("keeps preflights out of the request log", async () => {
    const before = pim.requestLog.entries().length;
    await preflight(pim, "GET", "authorization");
    expect(pim.requestLog.entries().length).toBe(before);
  });
});

describe("startFakePim() without cors", () => {
  it("sends no CORS header and does not answer a preflight as one", async () => {
    const pim = await startFakePim({ sampleCatalog: true });
    try {
      const answer = await preflight(pim, "GET", "authorization");
      expect(answer.status).not.toBe(204);
      expect(answer.headers.get("access-control-allow-origin")).toBeNull();
    } finally {
      await pim.close();
    }
  });
});
