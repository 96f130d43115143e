import {
  createCurrentBearer,
  createMemoryTokenStore,
  createTokenCycler,
  refreshBearerOnAttempt,
} from "../../../src/core/auth/index.js";
import { createSdkLogger } from "../../../src/core/logging/create-sdk-logger.js";
import { markClientBearer, ReplayableRequest } from "../../../src/core/transport/index.js";

const URL_OF_CALL = "https://pim.example.com/api/rest/v1/products/shoe";

function requestWith(header: string, clientOwned: boolean): Request {
  const request = new ReplayableRequest(URL_OF_CALL, { headers: { Authorization: header } });
  if (clientOwned) markClientBearer(request);
  return request;
}

describe("refreshBearerOnAttempt", () => {
  it("puts the current token on an attempt carrying the client's older bearer", () => {
    const bearer = createCurrentBearer();
    bearer.set("new-token");
    const request = requestWith("Bearer old-token", true);
    refreshBearerOnAttempt(request, bearer);
    expect(request.headers.get("authorization")).toBe("Bearer new-token");
  });

  it("leaves a caller's own Authorization header alone", () => {
    const bearer = createCurrentBearer();
    bearer.set("new-token");
    const request = requestWith("Bearer callers-token", false);
    refreshBearerOnAttempt(request, bearer);
    expect(request.headers.get("authorization")).toBe("Bearer callers-token");
  });

  it("changes nothing before any token is known", () => {
    const request = requestWith("Bearer old-token", true);
    refreshBearerOnAttempt(request, createCurrentBearer());
    expect(request.headers.get("authorization")).toBe("Bearer old-token");
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
