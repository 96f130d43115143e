import { TimeoutError } from "../../../src/core/errors/index.js";
import {
  AttemptDeadline,
  createFetchStage,
  createTimeoutStage,
  type FetchLike,
  markReadsAttemptDeadlines,
  signalForFetch,
} from "../../../src/core/transport/index.js";

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

  it("makes an AbortSignal on demand that follows it, before or after the abort", () => {
    const early = new AttemptDeadline();
    const signal = early.toAbortSignal();
    expect(early.toAbortSignal()).toBe(signal);
    expect(signal.aborted).toBe(false);
    early.abort("stop");
    expect(signal.aborted).toBe(true);
    expect(signal.reason).toBe("stop");
    const late = new AttemptDeadline();
    late.abort("gone");
    expect(late.toAbortSignal().aborted).toBe(true);
    expect(late.toAbortSignal().reason).toBe("gone");
  });
});

describe("signalForFetch", () => {
  const plainFetch: FetchLike = async () => new Response(null, { status: 204 });

  it("hands a marked fetch the deadline itself, any other fetch a real AbortSignal", () => {
    const deadline = new AttemptDeadline();
    const marked = markReadsAttemptDeadlines(async () => new Response(null, { status: 204 }));
    expect(signalForFetch(deadline, marked)).toBe(deadline);
    const real = signalForFetch(deadline, plainFetch);
    expect(real).toBeInstanceOf(AbortSignal);
    deadline.abort("late");
    expect(real.aborted).toBe(true);
  });

  it("passes a caller's AbortSignal on as it is (a call without a timeout)", () => {
    const signal = new AbortController().signal;
    expect(signalForFetch(signal, plainFetch)).toBe(signal);
  });
});

describe("the timeout stage with a fetch that reads attempt deadlines", () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it("builds no AbortSignal per attempt, and still times the attempt out", async () => {
    const handed: unknown[] = [];
    const hanging = markReadsAttemptDeadlines(
      (_input: Request, init?: RequestInit) =>
        new Promise<Response>((_resolve, reject) => {
          const signal = init?.signal as AbortSignal;
          handed.push(signal);
          signal.addEventListener("abort", () => reject(signal.reason));
        }),
    );
    const stage = createTimeoutStage(createFetchStage(hanging), 1_000);
    const attempt = stage(new Request("https://p/x"), new AbortController().signal);
    const failure = expect(attempt).rejects.toBeInstanceOf(TimeoutError);
    await jest.advanceTimersByTimeAsync(1_000);
    await failure;
    expect(handed).toHaveLength(1);
    expect(handed[0]).toBeInstanceOf(AttemptDeadline);
    expect(handed[0]).not.toBeInstanceOf(AbortSignal);
  });
});
