import { AbortedError } from "../../../src/core/errors/index.js";
import {
  type ConcurrencyGate,
  createConcurrencyGate,
  createLimiterStage,
  createLocalLimiter,
  createRateLimiter,
  type Limiter,
  type TransportStage,
} from "../../../src/core/transport/index.js";
import { createFakeClock } from "../support/scripted-fetch.js";

function deferred() {
  let resolve!: (response: Response) => void;
  const promise = new Promise<Response>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

// The limiter stage in front of a bare gate, so that tests can read the gate's counters.
function gateLimiter(gate: ConcurrencyGate): Limiter {
  return { acquire: ({ signal, priority }) => gate.acquire(signal, priority) };
}

describe("concurrency gate", () => {
  it("holds at most maxInFlight attempts and serves waiters in order", async () => {
    const gate = createConcurrencyGate(2);
    const pending = [deferred(), deferred(), deferred(), deferred()];
    const started: number[] = [];
    let peak = 0;
    const next: TransportStage = (request) => {
      const index = Number(new URL(request.url).searchParams.get("i"));
      started.push(index);
      peak = Math.max(peak, gate.inFlight);
      return (pending[index] as ReturnType<typeof deferred>).promise;
    };
    const stage = createLimiterStage(next, gateLimiter(gate), 0);
    const calls = [0, 1, 2, 3].map((i) => {
      const request = new Request(`https://p/x?i=${i}`);
      return stage(request, request.signal);
    });
    await new Promise((r) => setImmediate(r));
    expect(started).toEqual([0, 1]);
    expect(gate.waiting).toBe(2);
    pending[1]?.resolve(new Response("1"));
    await new Promise((r) => setImmediate(r));
    expect(started).toEqual([0, 1, 2]);
    for (const p of pending) p.resolve(new Response("ok"));
    await Promise.all(calls);
    expect(started).toEqual([0, 1, 2, 3]);
    expect(peak).toBe(2);
    expect(gate.inFlight).toBe(0);
  });

  it("serves a priority waiter before earlier ones", async () => {
    const gate = createConcurrencyGate(1);
    const signal = new AbortController().signal;
    const release = await gate.acquire(signal);
    const order: string[] = [];
    const normal = gate.acquire(signal).then((r) => {
      order.push("normal");
      r();
    });
    const urgent = gate.acquire(signal, true).then((r) => {
      order.push("priority");
      r();
    });
    release();
    await Promise.all([normal, urgent]);
    expect(order).toEqual(["priority", "normal"]);
  });

  it("frees the slot when the attempt fails", async () => {
    const gate = createConcurrencyGate(1);
    const stage = createLimiterStage(
      async () => {
        throw new Error("down");
      },
      gateLimiter(gate),
      0,
    );
    const request = new Request("https://p/x");
    await expect(stage(request, request.signal)).rejects.toThrow("down");
    expect(gate.inFlight).toBe(0);
  });

  it("drops an aborted waiter from the queue", async () => {
    const gate = createConcurrencyGate(1);
    const held = deferred();
    const stage = createLimiterStage(() => held.promise, gateLimiter(gate), 0);
    const first = new Request("https://p/1");
    const firstCall = stage(first, first.signal);
    const controller = new AbortController();
    const second = new Request("https://p/2", { signal: controller.signal });
    const secondCall = stage(second, second.signal);
    controller.abort();
    await expect(secondCall).rejects.toBeInstanceOf(AbortedError);
    expect(gate.waiting).toBe(0);
    held.resolve(new Response("ok"));
    await firstCall;
    expect(gate.inFlight).toBe(0);
  });
});

describe("rate limiter", () => {
  it("spaces request starts evenly", async () => {
    const clock = createFakeClock(0);
    const limiter = createRateLimiter(4, clock);
    const signal = new AbortController().signal;
    for (let i = 0; i < 5; i++) await limiter.wait(signal);
    expect(clock.sleeps).toEqual([250, 250, 250, 250]);
  });

  it("does not wait when requests are already spaced", async () => {
    const clock = createFakeClock(0);
    const limiter = createRateLimiter(10, clock);
    const signal = new AbortController().signal;
    await limiter.wait(signal);
    clock.advance(500);
    await limiter.wait(signal);
    expect(clock.sleeps).toEqual([]);
  });

  it("applies inside the local limiter's slot", async () => {
    const clock = createFakeClock(0);
    const stage = createLimiterStage(
      async () => new Response("ok"),
      createLocalLimiter(4, 2, clock),
      0,
    );
    for (let i = 0; i < 3; i++) {
      const request = new Request("https://p/x");
      await stage(request, request.signal);
    }
    expect(clock.sleeps).toEqual([500, 500]);
  });
});
