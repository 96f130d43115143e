import { getMaxListeners, setMaxListeners } from "node:events";
import { InvalidArgumentError } from "../../src/core/errors/index.js";
import {
  asTransportRequest,
  canReplay,
  isLightRequest,
  markAnswerReading,
  markReadsLightRequests,
  readAnswerReading,
  readLightRequestClass,
  rebuildRequest,
} from "../../src/core/transport/index.js";
import { createLightRequestClass, LightRequest } from "../../src/node/light-request.js";
import { createUndiciFetch } from "../../src/node/undici-fetch.js";

const Light = createLightRequestClass();

// Node records on a signal that it printed a leak warning for it, under a symbol.
function leakWarned(signal: AbortSignal): boolean {
  const key = Object.getOwnPropertySymbols(signal).find(
    (symbol) => symbol.description === "events.maxEventTargetListenersWarned",
  );
  if (key === undefined) throw new Error("Node no longer records its leak warnings this way");
  return (signal as unknown as Record<symbol, unknown>)[key] === true;
}
const URL_TEXT = "https://pim.example.com/api/rest/v1/products/shoe";

describe("LightRequest", () => {
  it.each([
    ["a URL with a space and a default port", "https://pim.example.com:443/a b?q=1 2"],
    ["a relative path segment", "https://pim.example.com/a/../b"],
  ])("serializes %s as Request does", (_kind, input) => {
    expect(new Light(input).url).toBe(new Request(input).url);
  });

  it.each(["get", "post", "patch", "Delete"])(
    "normalizes the method %s as Request does",
    (method) => {
      const init = method === "get" ? { method } : { method, body: "x" };
      expect(new Light(URL_TEXT, init).method).toBe(new Request(URL_TEXT, init).method);
    },
  );

  it.each(["CONNECT", "trace"])("refuses the method %s as Request does", (method) => {
    // Messages, not classes: undici's TypeError comes from another realm than Jest's.
    expect(() => new Request(URL_TEXT, { method })).toThrow("HTTP method is unsupported");
    expect(() => new Light(URL_TEXT, { method })).toThrow("HTTP method is unsupported");
  });

  it("refuses a body on a GET as Request does, with the SDK's InvalidArgumentError", () => {
    expect(() => new Request(URL_TEXT, { body: "x" })).toThrow("cannot have body");
    expect(() => new Light(URL_TEXT, { body: "x" })).toThrow(InvalidArgumentError);
    expect(() => new Light(URL_TEXT, { body: "x" })).toThrow("cannot have body");
  });

  it.each([
    ["text", () => "abc"],
    ["form fields", () => new URLSearchParams({ a: "1" })],
    ["a typed Blob", () => new Blob(["abc"], { type: "image/png" })],
    ["an untyped Blob", () => new Blob(["abc"])],
    ["bytes", () => new Uint8Array([1, 2])],
  ])("adds the Content-Type Request adds to %s", (_kind, makeBody) => {
    const init = { method: "POST", body: makeBody() };
    expect(new Light(URL_TEXT, init).headers.get("content-type")).toBe(
      new Request(URL_TEXT, init).headers.get("content-type"),
    );
  });

  it("keeps the Content-Type the call set", () => {
    const request = new Light(URL_TEXT, {
      method: "POST",
      body: "{}",
      headers: { "content-type": "application/json" },
    });
    expect(request.headers.get("content-type")).toBe("application/json");
  });

  it("leaves a form's Content-Type to the adapter, which names its own boundary", () => {
    const form = new FormData();
    form.append("a", "1");
    expect(new Light(URL_TEXT, { method: "POST", body: form }).headers.has("content-type")).toBe(
      false,
    );
  });

  it("holds the body as given and keeps an in-memory one for a replay", () => {
    const body = new Blob(["abc"]);
    const request = new Light(URL_TEXT, { method: "PATCH", body });
    expect(request.body).toBe(body);
    expect(request.replayBody).toBe(body);
    expect(canReplay(asTransportRequest(request))).toBe(true);
  });

  it("marks a stream body as non-replayable", () => {
    const stream = new ReadableStream();
    const request = new Light(URL_TEXT, { method: "PATCH", body: stream });
    expect(request.body).toBe(stream);
    expect(canReplay(asTransportRequest(request))).toBe(false);
  });

  it("takes its class's idle signal when the caller gave none, and the caller's otherwise", () => {
    const controller = new AbortController();
    const idle = new Light(URL_TEXT).signal;
    expect(idle.aborted).toBe(false);
    expect(new Light(URL_TEXT).signal).toBe(idle);
    const Other = createLightRequestClass();
    expect(new Other(URL_TEXT).signal).not.toBe(idle);
    expect(new Light(URL_TEXT, { signal: controller.signal }).signal).toBe(controller.signal);
  });

  it("lets many calls in flight listen to one signal without a leak warning", () => {
    // Each call in flight holds a listener until its attempt is over: past Node's default of 10,
    // concurrent calls would print a leak warning. Request raises a caller's signal to 1500.
    const idle = new Light(URL_TEXT).signal;
    const shared = new AbortController().signal;
    new Light(URL_TEXT, { signal: shared });
    expect(getMaxListeners(shared)).toBe(1500);
    const raisedByCaller = new AbortController().signal;
    setMaxListeners(5000, raisedByCaller);
    new Light(URL_TEXT, { signal: raisedByCaller });
    expect(getMaxListeners(raisedByCaller)).toBe(5000);
    const unlimited = new AbortController().signal;
    setMaxListeners(0, unlimited);
    expect(() => new Light(URL_TEXT, { signal: unlimited })).not.toThrow();
    for (const signal of [idle, shared]) {
      const listeners = Array.from({ length: 50 }, () => () => undefined);
      for (const listener of listeners) signal.addEventListener("abort", listener);
      expect(leakWarned(signal)).toBe(false);
      for (const listener of listeners) signal.removeEventListener("abort", listener);
    }
  });

  it("is rebuilt as a light request with its body, signal, timeout and answer reading", () => {
    const controller = new AbortController();
    const original = new Light(URL_TEXT, {
      method: "PATCH",
      body: '{"a":1}',
      headers: { "content-type": "application/json", authorization: "Bearer old" },
      signal: controller.signal,
    });
    original.timeoutMs = 1234;
    markAnswerReading(asTransportRequest(original), "stream");
    const copy = rebuildRequest(
      asTransportRequest(original),
      new Headers({ "content-type": "application/json", authorization: "Bearer new" }),
    ) as unknown as LightRequest;
    expect(copy).toBeInstanceOf(LightRequest);
    expect(copy).not.toBe(original);
    expect([copy.method, copy.url, copy.body, copy.signal]).toEqual([
      "PATCH",
      URL_TEXT,
      '{"a":1}',
      controller.signal,
    ]);
    expect(copy.headers.get("authorization")).toBe("Bearer new");
    expect(original.headers.get("authorization")).toBe("Bearer old");
    expect(copy.timeoutMs).toBe(1234);
    expect(readAnswerReading(asTransportRequest(copy))).toBe("stream");
  });

  it("is rebuilt with its form and without the old form's Content-Type", () => {
    const form = new FormData();
    form.append("a", "1");
    const original = new Light(URL_TEXT, { method: "POST", body: form });
    const copy = rebuildRequest(
      asTransportRequest(original),
      new Headers({ "content-type": "multipart/form-data; boundary=old" }),
    ) as unknown as LightRequest;
    expect(copy.body).toBe(form);
    expect(copy.headers.has("content-type")).toBe(false);
  });
});

describe("markReadsLightRequests", () => {
  it("marks the fetch it is given with the class, and only that fetch", () => {
    const marked = markReadsLightRequests(async () => new Response(null), Light);
    expect(readLightRequestClass(marked)).toBe(Light);
    expect(readLightRequestClass(async () => new Response(null))).toBeUndefined();
  });

  it("marks each undici adapter with a LightRequest class of its own", () => {
    const first = readLightRequestClass(createUndiciFetch());
    const second = readLightRequestClass(createUndiciFetch());
    expect(first?.prototype).toBeInstanceOf(LightRequest);
    expect(second?.prototype).toBeInstanceOf(LightRequest);
    expect(first).not.toBe(second);
  });
});

describe("isLightRequest", () => {
  it("tells a LightRequest from a Request", () => {
    expect(isLightRequest(new Light("https://p/x"))).toBe(true);
    expect(isLightRequest(new Request("https://p/x"))).toBe(false);
  });
});
