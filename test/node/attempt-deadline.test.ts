import { TimeoutError } from "../../src/core/errors/index.js";
import {
  attemptAbortsOf,
  createControllerAbort,
  createFetchStage,
  createTimeoutStage,
  type FetchLike,
  markCreatesAttemptAborts,
} from "../../src/core/transport/index.js";
import { AttemptDeadline } from "../../src/node/attempt-deadline.js";
import { createUndiciFetch } from "../../src/node/undici-fetch.js";

describe("AttemptDeadline", () => {
  it("runs each listener once when aborted, and keeps the reason", () => {
    const deadline = new AttemptDeadline();
    const calls: string[] = [];
    const kept = (): number => calls.push("kept");
    const removed = (): number => calls.push("removed");
    deadline.addEventListener("abort", kept);
    deadline.addEventListener("abort", removed);
    deadline.removeEventListener("abort", removed);
    expect(deadline.aborted).toBe(false);
    const reason = new Error("too slow");
    deadline.abort(reason);
    deadline.abort(new Error("again"));
    expect(calls).toEqual(["kept"]);
    expect(deadline.aborted).toBe(true);
    expect(deadline.reason).toBe(reason);
    deadline.addEventListener("abort", kept);
    expect(calls).toEqual(["kept"]);
  });

  it("is its own signal", () => {
    const deadline = new AttemptDeadline();
    expect(deadline.signal).toBe(deadline);
  });
});

describe("attemptAbortsOf", () => {
  const plainFetch: FetchLike = async () => new Response(null, { status: 204 });

  it("aborts the attempts of an unmarked fetch with an AbortController", () => {
    expect(attemptAbortsOf(plainFetch)).toBe(createControllerAbort);
    const attempt = createControllerAbort();
    expect(attempt.signal).toBeInstanceOf(AbortSignal);
    attempt.abort("late");
    expect(attempt.signal.aborted).toBe(true);
    expect(attempt.signal.reason).toBe("late");
  });

  it("aborts the attempts of the undici adapter with its own deadlines, no AbortSignal", () => {
    const attempt = attemptAbortsOf(createUndiciFetch())();
    expect(attempt).toBeInstanceOf(AttemptDeadline);
    expect(attempt.signal).not.toBeInstanceOf(AbortSignal);
  });
});

describe("the timeout stage with a fetch that makes its own attempt aborts", () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it("hands that fetch its own signal, builds no AbortSignal, and still times out", async () => {
    const handed: unknown[] = [];
    const hanging = markCreatesAttemptAborts(
      (_input: Request, init?: RequestInit) =>
        new Promise<Response>((_resolve, reject) => {
          const signal = init?.signal as AbortSignal;
          handed.push(signal);
          signal.addEventListener("abort", () => reject(signal.reason));
        }),
      () => new AttemptDeadline(),
    );
    const stage = createTimeoutStage(createFetchStage(hanging), 1_000, attemptAbortsOf(hanging));
    const attempt = stage(new Request("https://p/x"), new AbortController().signal);
    const failure = expect(attempt).rejects.toBeInstanceOf(TimeoutError);
    await jest.advanceTimersByTimeAsync(1_000);
    await failure;
    expect(handed).toHaveLength(1);
    expect(handed[0]).toBeInstanceOf(AttemptDeadline);
    expect(handed[0]).not.toBeInstanceOf(AbortSignal);
  });
});
