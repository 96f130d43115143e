import { getEventListeners } from "node:events";
import { TimeoutError } from "../../../src/core/errors/index.js";
import {
  createFetchStage,
  createReadAnswerStage,
  createTimeoutStage,
  markAnswerReading,
  ReplayableRequest,
  type TransportStage,
} from "../../../src/core/transport/index.js";

/** A stage that never answers until its signal aborts (like a silent server). */
const hangingStage: TransportStage = (_request, signal) =>
  new Promise((_resolve, reject) => {
    signal.addEventListener("abort", () => reject(signal.reason), { once: true });
  });

/** A fetch that sends headers and one chunk, then stalls until aborted. */
function stallingBodyFetch(
  headers: Record<string, string> = {},
): (input: Request, init?: RequestInit) => Promise<Response> {
  return async (_input, init) => {
    const signal = init?.signal as AbortSignal;
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"partial":'));
        signal.addEventListener("abort", () => controller.error(signal.reason), { once: true });
      },
    });
    return new Response(body, { status: 200, headers });
  };
}

describe("createTimeoutStage", () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it("leaves no listener on the caller's signal once an attempt is over, however it ended", async () => {
    // One signal for every call, as a client's shared signal or a process's shutdown signal is.
    const shared = new AbortController().signal;
    const listeners = (): number => getEventListeners(shared, "abort").length;
    const answered = createTimeoutStage(async () => new Response(null, { status: 204 }), 1000);
    for (let i = 0; i < 3; i++) await answered(new Request("https://p/x"), shared);
    expect(listeners()).toBe(0);
    const failing = createTimeoutStage(async () => Promise.reject(new Error("reset")), 1000);
    await expect(failing(new Request("https://p/x"), shared)).rejects.toThrow("reset");
    expect(listeners()).toBe(0);
  });

  it("fails with TimeoutError when no answer arrives in time", async () => {
    const stage = createTimeoutStage(
      createFetchStage((input, init) => hangingStage(input, init?.signal as AbortSignal)),
      1000,
    );
    const request = new Request("https://p/x");
    const call = stage(request, request.signal);
    const assertion = expect(call).rejects.toMatchObject({ name: "TimeoutError", timeoutMs: 1000 });
    await jest.advanceTimersByTimeAsync(1000);
    await assertion;
  });

  it("fails with TimeoutError when the body stalls after the headers", async () => {
    const stage = createTimeoutStage(createFetchStage(stallingBodyFetch()), 1000);
    const request = new Request("https://p/x");
    const response = await stage(request, request.signal);
    const reading = response.text();
    const assertion = expect(reading).rejects.toBeInstanceOf(TimeoutError);
    await jest.advanceTimersByTimeAsync(1000);
    await assertion;
  });

  it("fails with TimeoutError when a small body of known length stalls", async () => {
    const stage = createTimeoutStage(
      createFetchStage(stallingBodyFetch({ "content-length": "100" })),
      1000,
    );
    const request = new Request("https://p/x");
    const response = await stage(request, request.signal);
    const reading = response.text();
    const assertion = expect(reading).rejects.toBeInstanceOf(TimeoutError);
    await jest.advanceTimersByTimeAsync(1000);
    await assertion;
  });

  it("lets a body that keeps progressing take longer than the timeout in total", async () => {
    const fetchImpl = async (): Promise<Response> => {
      let sent = 0;
      const body = new ReadableStream<Uint8Array>({
        async pull(controller) {
          await new Promise((r) => setTimeout(r, 600));
          if (sent++ < 3) controller.enqueue(new TextEncoder().encode("x"));
          else controller.close();
        },
      });
      return new Response(body);
    };
    const stage = createTimeoutStage(createFetchStage(fetchImpl), 1000);
    const request = new Request("https://p/x");
    const response = await stage(request, request.signal);
    const reading = response.text();
    await jest.advanceTimersByTimeAsync(3000);
    await expect(reading).resolves.toBe("xxx");
  });

  it("gives a chunked JSON answer one deadline for the whole body, even while it progresses", async () => {
    const fetchImpl = async (_input: Request, init?: RequestInit): Promise<Response> => {
      const signal = init?.signal as AbortSignal;
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          signal.addEventListener("abort", () => controller.error(signal.reason), { once: true });
        },
        async pull(controller) {
          await new Promise((r) => setTimeout(r, 600));
          controller.enqueue(new TextEncoder().encode(" "));
        },
      });
      return new Response(body, { headers: { "content-type": "application/json" } });
    };
    const stage = createTimeoutStage(createFetchStage(fetchImpl), 1000);
    const request = new Request("https://p/x");
    const response = await stage(request, request.signal);
    const reading = response.text();
    const assertion = expect(reading).rejects.toBeInstanceOf(TimeoutError);
    await jest.advanceTimersByTimeAsync(1000);
    await assertion;
  });

  it("prefers a per-call timeoutMs set on the request", async () => {
    const stage = createTimeoutStage(
      createFetchStage((input, init) => hangingStage(input, init?.signal as AbortSignal)),
      60_000,
    );
    const request = new ReplayableRequest("https://p/x");
    request.timeoutMs = 50;
    const call = stage(request, request.signal);
    const assertion = expect(call).rejects.toMatchObject({ name: "TimeoutError", timeoutMs: 50 });
    await jest.advanceTimersByTimeAsync(50);
    await assertion;
  });

  it("lets a per-call 0 disable the default timeout", async () => {
    const stage = createTimeoutStage(
      async () =>
        new Promise<Response>((resolve) => setTimeout(() => resolve(new Response("late")), 500)),
      100,
    );
    const request = new ReplayableRequest("https://p/x");
    request.timeoutMs = 0;
    const call = stage(request, request.signal);
    await jest.advanceTimersByTimeAsync(500);
    await expect((await call).text()).resolves.toBe("late");
  });

  it("turns the caller's abort into AbortedError, not a timeout", async () => {
    const stage = createTimeoutStage(
      createFetchStage((input, init) => hangingStage(input, init?.signal as AbortSignal)),
      1000,
    );
    const controller = new AbortController();
    const request = new Request("https://p/x", { signal: controller.signal });
    const call = stage(request, request.signal);
    controller.abort();
    await expect(call).rejects.toMatchObject({ name: "AbortedError" });
  });

  it("does nothing when the timeout is 0", async () => {
    const stage = createTimeoutStage(async () => new Response("ok"), 0);
    const request = new Request("https://p/x");
    await expect((await stage(request, request.signal)).text()).resolves.toBe("ok");
  });

  it("leaves no timer behind once the stage inside has read the answer whole", async () => {
    const stage = createTimeoutStage(
      createReadAnswerStage(
        createFetchStage(async () =>
          Response.json({ identifier: "shoe" }, { headers: { "transfer-encoding": "chunked" } }),
        ),
        1_000_000,
      ),
      30_000,
    );
    const request = new ReplayableRequest("https://p/api/rest/v1/products/shoe");
    markAnswerReading(request, "json");
    const response = await stage(request, request.signal);
    await expect(response.json()).resolves.toEqual({ identifier: "shoe" });
    expect(jest.getTimerCount()).toBe(0);
  });

  it("clears the whole-body deadline of a streamed answer once the body ends or is cancelled", async () => {
    const stage = createTimeoutStage(
      createFetchStage(async () =>
        Response.json({ identifier: "shoe" }, { headers: { "content-length": "23" } }),
      ),
      30_000,
    );
    const streamed = (): Request => {
      const request = new ReplayableRequest("https://p/api/rest/v1/media-files/a/download");
      markAnswerReading(request, "stream");
      return request;
    };
    const shared = new AbortController().signal;
    const read = await stage(streamed(), shared);
    expect(jest.getTimerCount()).toBe(1);
    expect(getEventListeners(shared, "abort")).toHaveLength(1);
    await expect(read.json()).resolves.toEqual({ identifier: "shoe" });
    expect(jest.getTimerCount()).toBe(0);
    const cancelled = await stage(streamed(), shared);
    expect(jest.getTimerCount()).toBe(1);
    await cancelled.body?.cancel();
    expect(jest.getTimerCount()).toBe(0);
    // Until its body is over, a streamed answer still follows the caller's abort.
    expect(getEventListeners(shared, "abort")).toHaveLength(0);
  });

  it("stops following the caller's signal when a watched stream ends", async () => {
    const stage = createTimeoutStage(
      createFetchStage(async () => new Response(new Blob(["a".repeat(10)]).stream())),
      30_000,
    );
    const request = new ReplayableRequest("https://p/api/rest/v1/media-files/a/download");
    markAnswerReading(request, "stream");
    const shared = new AbortController().signal;
    const response = await stage(request, shared);
    expect(getEventListeners(shared, "abort")).toHaveLength(1);
    await response.text();
    expect(getEventListeners(shared, "abort")).toHaveLength(0);
  });
});
