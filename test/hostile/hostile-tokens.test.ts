import { inspect } from "node:util";
import { createAkeneoClient, isAkeneoError } from "../../src/index.js";
import { rawClientOf } from "../../src/raw/index.js";
import { CREDENTIALS, type LoopbackPim, startLoopbackPim } from "../core/support/loopback-pim.js";

const EVIL_ACCESS = "ACCZ-5t4r3e2w\r\nX-Evil: 1";
const EVIL_REFRESH = "RFRZ-9q8w7e\u0000tail";

let pim: LoopbackPim;
beforeEach(async () => {
  pim = await startLoopbackPim();
});
afterEach(async () => {
  await pim.close();
});

function answerTokens(access: string, refresh: string): void {
  pim.override((request, response) => {
    if (request.path !== "/api/oauth/v1/token") return false;
    response.writeHead(200, { "content-type": "application/json" });
    response.end(
      JSON.stringify({ access_token: access, refresh_token: refresh, expires_in: 3600 }),
    );
    return true;
  });
}

function passwordClient() {
  return createAkeneoClient({
    baseUrl: pim.baseUrl,
    auth: { type: "password", ...CREDENTIALS },
    retry: false,
    logLevel: "silent",
  });
}

function everythingIn(error: unknown): string {
  const cause = (error as { cause?: unknown }).cause;
  return [String(error), (error as Error).stack, inspect(error, { depth: 5 }), String(cause)].join(
    "\n",
  );
}

const apiCalls = () => pim.requests.filter((r) => r.path !== "/api/oauth/v1/token");

describe("a token endpoint that answers tokens with control characters", () => {
  it.each([
    ["a facade", (c: ReturnType<typeof passwordClient>) => c.products.get("shoe")],
    [
      "client.endpoints",
      (c: ReturnType<typeof passwordClient>) =>
        c.endpoints.getProduct({ params: { path: { code: "shoe" } } }),
    ],
    [
      "client.raw",
      (c: ReturnType<typeof passwordClient>) =>
        rawClientOf(c).GET("/api/rest/v1/products/{code}", { params: { path: { code: "shoe" } } }),
    ],
  ])("gets a typed error without the token through %s, and sends no API call", async (_, call) => {
    answerTokens(EVIL_ACCESS, "refresh-ok");
    const error = await call(passwordClient()).catch((e: unknown) => e);
    expect(isAkeneoError(error)).toBe(true);
    expect((error as Error).name).toBe("InvalidTokenAnswerError");
    expect(everythingIn(error)).not.toContain("ACCZ-5t4r3e2w");
    expect(apiCalls()).toHaveLength(0);
  });

  it("refuses a refresh token with a NUL character, without quoting it", async () => {
    answerTokens("access-ok", EVIL_REFRESH);
    const error = await passwordClient()
      .authenticate()
      .catch((e: unknown) => e);
    expect((error as Error).name).toBe("InvalidTokenAnswerError");
    expect((error as Error).message).toContain("refresh_token");
    expect(everythingIn(error)).not.toContain("RFRZ-9q8w7e");
  });

  it("keeps no pair from a refused answer", async () => {
    answerTokens(EVIL_ACCESS, "refresh-ok");
    const client = passwordClient();
    await client.authenticate().catch(() => undefined);
    expect(client.getToken()).toBeUndefined();
  });
});
