import { AKENEO_ERROR_BRAND } from "../../../src/core/errors/akeneo-error.js";
import { AbortedError, AkeneoError, TimeoutError } from "../../../src/core/errors/index.js";
import {
  createLimiterStage,
  type Limiter,
  type LimiterRequest,
  type TransportStage,
} from "../../../src/core/transport/index.js";

interface RecordingLimiter extends Limiter {
  readonly requests: LimiterRequest[];
  readonly releases: number;
}

function recordingLimiter(refuse?: (request: LimiterRequest) => unknown): RecordingLimiter {
  const requests: LimiterRequest[] = [];
  let releases = 0;
  return {
    requests,
    get releases() {
      return releases;
    },
    async acquire(request) {
      requests.push(request);
      if (refuse) throw refuse(request);
      return () => {
        releases++;
      };
    },
  };
}

function countingStage(answer: () => Promise<Response>): TransportStage & { sent: number } {
  const stage = Object.assign(
    async () => {
      stage.sent++;
      return answer();
    },
    { sent: 0 },
  );
  return stage;
}

describe("createLimiterStage", () => {
  it("refuses an already aborted call with AbortedError without asking the limiter for a slot", async () => {
    const limiter = recordingLimiter();
    const next = countingStage(async () => new Response("ok"));
    const stage = createLimiterStage(next, limiter, 30_000);
    const controller = new AbortController();
    controller.abort(new Error("gave up"));
    const request = new Request("https://p/api/rest/v1/products");
    await expect(stage(request, controller.signal)).rejects.toBeInstanceOf(AbortedError);
    expect(limiter.requests).toEqual([]);
    expect(next.sent).toBe(0);
  });

  it("tells the limiter the client's timeout, the method, the URL and no priority", async () => {
    const limiter = recordingLimiter();
    const stage = createLimiterStage(async () => new Response("ok"), limiter, 30_000);
    const request = new Request("https://p/api/rest/v1/products", { method: "POST" });
    await stage(request, request.signal);
    expect(limiter.requests[0]).toMatchObject({
      timeoutMs: 30_000,
      priority: false,
      method: "POST",
      url: "https://p/api/rest/v1/products",
      signal: request.signal,
    });
  });

  it("tells the limiter a per-call timeout over the client's, and none when it is 0", async () => {
    const limiter = recordingLimiter();
    const stage = createLimiterStage(async () => new Response("ok"), limiter, 30_000);
    const short = Object.assign(new Request("https://p/a"), { timeoutMs: 1_500 });
    const unbounded = Object.assign(new Request("https://p/b"), { timeoutMs: 0 });
    await stage(short, short.signal);
    await stage(unbounded, unbounded.signal);
    expect(limiter.requests.map((r) => r.timeoutMs)).toEqual([1_500, undefined]);
  });

  it("gives priority to the requests its check names, and to none by default", async () => {
    const limiter = recordingLimiter();
    const answer = async (): Promise<Response> => new Response("ok");
    const isToken = (request: Request): boolean => request.url.endsWith("/token");
    const stage = createLimiterStage(answer, limiter, 0, isToken);
    const plain = createLimiterStage(answer, limiter, 0);
    const token = new Request("https://p/api/oauth/v1/token", { method: "POST" });
    await stage(token, token.signal);
    await stage(new Request("https://p/x"), new AbortController().signal);
    await plain(token, token.signal);
    expect(limiter.requests.map((r) => r.priority)).toEqual([true, false, false]);
  });

  it("frees the slot once after an answer and once after a failure", async () => {
    const limiter = recordingLimiter();
    const ok = createLimiterStage(async () => new Response("ok"), limiter, 0);
    const failing = createLimiterStage(
      async () => {
        throw new Error("down");
      },
      limiter,
      0,
    );
    const request = new Request("https://p/x");
    await ok(request, request.signal);
    await expect(failing(request, request.signal)).rejects.toThrow("down");
    expect(limiter.releases).toBe(2);
  });

  it("sends nothing and passes an SDK error on when the limiter refuses", async () => {
    const refusal = new TimeoutError({ method: "GET", url: "https://p/x", timeoutMs: 5 });
    const next = countingStage(async () => new Response("ok"));
    const stage = createLimiterStage(
      next,
      recordingLimiter(() => refusal),
      5,
    );
    const request = new Request("https://p/x");
    await expect(stage(request, request.signal)).rejects.toBe(refusal);
    expect(next.sent).toBe(0);
  });

  it("passes on as is an SDK error from another copy of the package (the Redis entry's)", async () => {
    class ForeignCopyError extends Error {
      override name = "RedisUnavailableError";
    }
    const foreign = new ForeignCopyError("Redis at 127.0.0.1:6379 did not answer");
    Object.defineProperty(foreign, AKENEO_ERROR_BRAND, { value: true });
    const stage = createLimiterStage(
      countingStage(async () => new Response("ok")),
      recordingLimiter(() => foreign),
      0,
    );
    const request = new Request("https://p/x");
    await expect(stage(request, request.signal)).rejects.toBe(foreign);
  });

  it("turns anything else a limiter throws into an AkeneoError naming the call", async () => {
    const next = countingStage(async () => new Response("ok"));
    const stage = createLimiterStage(
      next,
      recordingLimiter(() => new TypeError("boom")),
      0,
    );
    const request = new Request("https://p/x");
    const failure = await stage(request, request.signal).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(AkeneoError);
    expect((failure as Error).message).toBe("The limiter failed before GET https://p/x: boom");
    expect(next.sent).toBe(0);
  });

  it("reports an abort during the wait as AbortedError", async () => {
    const controller = new AbortController();
    const limiter: Limiter = {
      acquire: ({ signal }) =>
        new Promise((_, reject) => {
          signal.addEventListener("abort", () => reject(signal.reason), { once: true });
        }),
    };
    const next = countingStage(async () => new Response("ok"));
    const stage = createLimiterStage(next, limiter, 0);
    const request = new Request("https://p/x", { signal: controller.signal });
    const call = stage(request, request.signal);
    controller.abort();
    await expect(call).rejects.toBeInstanceOf(AbortedError);
    expect(next.sent).toBe(0);
  });
});
