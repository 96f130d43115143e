import {
  createCurrentBearer,
  createMemoryTokenStore,
  createTokenCycler,
  refreshBearerOnAttempt,
} from "../../../src/core/auth/index.js";
import { createSdkLogger } from "../../../src/core/logging/create-sdk-logger.js";

const URL_OF_CALL = "https://pim.example.com/api/rest/v1/products/shoe";

function requestWith(header: string): Request {
  return new Request(URL_OF_CALL, { headers: { Authorization: header } });
}

describe("refreshBearerOnAttempt", () => {
  it("puts the current token on an attempt carrying the client's older token", () => {
    const bearer = createCurrentBearer();
    bearer.set("old-token");
    bearer.set("new-token");
    const request = requestWith("Bearer old-token");
    refreshBearerOnAttempt(request, bearer);
    expect(request.headers.get("authorization")).toBe("Bearer new-token");
  });

  it("recognises the client's token on any Request, with no mark on the request", () => {
    const bearer = createCurrentBearer();
    bearer.set("old-token");
    bearer.set("new-token");
    const rebuilt = new Request(requestWith("Bearer old-token"));
    refreshBearerOnAttempt(rebuilt, bearer);
    expect(rebuilt.headers.get("authorization")).toBe("Bearer new-token");
  });

  it("leaves a caller's own bearer alone", () => {
    const bearer = createCurrentBearer();
    bearer.set("old-token");
    bearer.set("new-token");
    const request = requestWith("Bearer callers-token");
    refreshBearerOnAttempt(request, bearer);
    expect(request.headers.get("authorization")).toBe("Bearer callers-token");
  });

  it("leaves Basic credentials alone", () => {
    const bearer = createCurrentBearer();
    bearer.set("new-token");
    const request = requestWith("Basic Y2xpZW50OnNlY3JldA==");
    refreshBearerOnAttempt(request, bearer);
    expect(request.headers.get("authorization")).toBe("Basic Y2xpZW50OnNlY3JldA==");
  });

  it("changes nothing before any token is known", () => {
    const request = requestWith("Bearer old-token");
    refreshBearerOnAttempt(request, createCurrentBearer());
    expect(request.headers.get("authorization")).toBe("Bearer old-token");
  });

  it("forgets a token replaced more than six renewals ago", () => {
    const bearer = createCurrentBearer();
    for (const token of ["t0", "t1", "t2", "t3", "t4", "t5", "t6"]) bearer.set(token);
    expect(bearer.isOwn("t0")).toBe(false);
    expect(bearer.isOwn("t1")).toBe(true);
    const request = requestWith("Bearer t0");
    refreshBearerOnAttempt(request, bearer);
    expect(request.headers.get("authorization")).toBe("Bearer t0");
  });
});

describe("createTokenCycler with a current bearer", () => {
  const logger = createSdkLogger(undefined, "silent");
  const base = { baseUrl: "https://pim.example.com", logger, now: () => 1_000 };

  it("publishes the given token at once, and each renewed token", async () => {
    const bearer = createCurrentBearer();
    const transport = async (): Promise<Response> =>
      Response.json({ access_token: "renewed", refresh_token: "r2", expires_in: 3600 });
    const cycler = createTokenCycler({
      ...base,
      transport,
      bearer,
      auth: {
        type: "token",
        clientId: "c",
        secret: "s",
        token: "given",
        refreshToken: "r1",
        tokenStore: createMemoryTokenStore(),
        onTokenChange: undefined,
        refreshMarginSeconds: 60,
      },
    });
    expect(bearer.get()).toBe("given");
    await cycler.renewRejected("given");
    expect(bearer.get()).toBe("renewed");
  });

  it("publishes an app token", () => {
    const bearer = createCurrentBearer();
    const transport = async (): Promise<Response> => new Response(null, { status: 500 });
    createTokenCycler({ ...base, transport, bearer, auth: { type: "app", token: "app" } });
    expect(bearer.get()).toBe("app");
  });
});
