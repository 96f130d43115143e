import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Agent, type Dispatcher } from "undici";
import { AnswerBody, dispatchAnswer } from "../../src/node/dispatch-answer.js";

/** A controller that records what the body asks of undici. */
function recordingController(): Dispatcher.DispatchController & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    aborted: false,
    paused: false,
    reason: null,
    abort: (reason: Error) => calls.push(`abort: ${reason.message}`),
    pause: () => calls.push("pause"),
    resume: () => calls.push("resume"),
  };
}

const KB = 1024;

describe("AnswerBody", () => {
  it("asks undici to pause past 64 kB unread, and to resume once the reader catches up", async () => {
    const controller = recordingController();
    const body = new AnswerBody(controller, () => undefined);
    body.push(new Uint8Array(40 * KB));
    expect(controller.calls).toEqual([]);
    body.push(new Uint8Array(40 * KB));
    expect(controller.calls).toEqual(["pause"]);
    const reader = body[Symbol.asyncIterator]();
    await expect(reader.next()).resolves.toMatchObject({ done: false });
    expect(controller.calls).toEqual(["pause", "resume"]);
    body.end();
    await expect(reader.next()).resolves.toMatchObject({ done: false });
    await expect(reader.next()).resolves.toEqual({ done: true, value: undefined });
  });

  it("hands over chunks pushed while the reader waits, then the failure", async () => {
    const body = new AnswerBody(recordingController(), () => undefined);
    const reader = body[Symbol.asyncIterator]();
    const first = reader.next();
    body.push(Uint8Array.of(1));
    await expect(first).resolves.toEqual({ done: false, value: Uint8Array.of(1) });
    const second = reader.next();
    body.fail(new Error("socket closed"));
    await expect(second).rejects.toThrow("socket closed");
  });

  it("aborts the request when the reader stops early, and reports itself settled once", async () => {
    const controller = recordingController();
    let settled = 0;
    const body = new AnswerBody(controller, () => {
      settled += 1;
    });
    body.push(Uint8Array.of(1));
    body.push(Uint8Array.of(2));
    for await (const _ of body) break;
    expect(controller.calls).toEqual(["resume", "abort: The answer's body was cancelled"]);
    body.end();
    body.fail(new Error("late"));
    expect(settled).toBe(1);
  });
});

describe("dispatchAnswer", () => {
  let server: Server;
  let origin: string;
  const agent = new Agent({ connections: 1 });

  beforeAll(async () => {
    server = createServer((request, response) => {
      request.resume();
      if (request.url === "/hinted") {
        response.writeEarlyHints({ link: "</style.css>; rel=preload" });
        response.end("after hints");
      } else if (request.url === "/later") {
        response.write("sent ");
        setTimeout(() => response.end("later"), 30);
      } else response.end("plain");
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await agent.close();
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  async function readText(body: AnswerBody): Promise<string> {
    const parts: Uint8Array[] = [];
    for await (const chunk of body) parts.push(chunk);
    return Buffer.concat(parts).toString("utf8");
  }

  it("skips an informational answer and settles with the final one", async () => {
    const answer = await dispatchAnswer(
      agent,
      { origin, path: "/hinted", method: "GET" },
      undefined,
    );
    expect(answer.statusCode).toBe(200);
    await expect(readText(answer.body)).resolves.toBe("after hints");
  });

  it("rejects at once, with the reason, when the signal is already aborted", async () => {
    const controller = new AbortController();
    controller.abort(new Error("too late"));
    await expect(
      dispatchAnswer(agent, { origin, path: "/", method: "GET" }, controller.signal),
    ).rejects.toThrow("too late");
  });

  it("stops listening to the signal once the body is read", async () => {
    const listening = new Set<() => void>();
    const signal = {
      aborted: false,
      reason: undefined,
      addEventListener: (_: "abort", listener: () => void) => listening.add(listener),
      removeEventListener: (_: "abort", listener: () => void) => listening.delete(listener),
    };
    const answer = await dispatchAnswer(agent, { origin, path: "/later", method: "GET" }, signal);
    expect(listening.size).toBe(1);
    await expect(readText(answer.body)).resolves.toBe("sent later");
    expect(listening.size).toBe(0);
  });

  it("fails with undici's own error when the request cannot be sent", async () => {
    await expect(
      dispatchAnswer(agent, { origin, path: "no-leading-slash", method: "GET" }, undefined),
    ).rejects.toMatchObject({ code: "UND_ERR_INVALID_ARG" });
  });
});
