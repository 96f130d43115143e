import { AkeneoError, ConnectionError } from "../../../src/core/errors/index.js";
import { createFetchStage, findErrorCode } from "../../../src/core/transport/index.js";
import { networkFailure } from "../support/scripted-fetch.js";

describe("createFetchStage", () => {
  it("never lets fetch follow redirects itself", async () => {
    let seen: RequestInit | undefined;
    const stage = createFetchStage(async (_input, init) => {
      seen = init;
      return new Response("ok");
    });
    const request = new Request("https://p/x");
    await stage(request, request.signal);
    expect(seen?.redirect).toBe("manual");
    expect(seen?.signal).toBe(request.signal);
  });

  it("turns a network failure into ConnectionError with its code", async () => {
    const stage = createFetchStage(async () => {
      throw networkFailure("ECONNRESET");
    });
    const request = new Request("https://p/x");
    const error = await stage(request, request.signal).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect((error as ConnectionError).code).toBe("ECONNRESET");
  });

  it("passes SDK errors through", async () => {
    const own = new AkeneoError("mine");
    const stage = createFetchStage(async () => {
      throw own;
    });
    const request = new Request("https://p/x");
    await expect(stage(request, request.signal)).rejects.toBe(own);
  });

  it("finds codes inside aggregate errors", () => {
    const aggregate = new TypeError("fetch failed", {
      cause: Object.assign(
        new AggregateError([Object.assign(new Error("x"), { code: "ECONNREFUSED" })]),
        {},
      ),
    });
    expect(findErrorCode(aggregate)).toBe("ECONNREFUSED");
    expect(findErrorCode(new Error("plain"))).toBeUndefined();
  });
});
