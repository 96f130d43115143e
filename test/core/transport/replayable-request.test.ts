import { canReplay, ReplayableRequest, rebuildRequest } from "../../../src/core/transport/index.js";

describe("ReplayableRequest", () => {
  it.each([
    ["string", () => '{"a":1}'],
    ["URLSearchParams", () => new URLSearchParams({ a: "1" })],
    ["Blob", () => new Blob(["abc"])],
    ["bytes", () => new TextEncoder().encode("abc")],
  ])("rebuilds a %s body after the first one was read", async (_kind, makeBody) => {
    const request = new ReplayableRequest("https://p/x", { method: "PATCH", body: makeBody() });
    const first = await request.text();
    expect(canReplay(request)).toBe(true);
    const copy = rebuildRequest(request);
    expect(await copy.text()).toBe(first);
    expect(await rebuildRequest(copy).text()).toBe(first);
  });

  it("rebuilds a multipart body intact with a fresh boundary", async () => {
    const form = new FormData();
    form.append("product", '{"identifier":"shoe"}');
    form.append("file", new Blob(["file-bytes"]), "a.txt");
    const request = new ReplayableRequest("https://p/x", { method: "POST", body: form });
    await request.arrayBuffer();
    const copy = rebuildRequest(request, new Headers(request.headers));
    const parsed = await copy.formData();
    expect(parsed.get("product")).toBe('{"identifier":"shoe"}');
    expect(await (parsed.get("file") as Blob).text()).toBe("file-bytes");
  });

  it("marks a stream body as non-replayable", () => {
    const request = new ReplayableRequest("https://p/x", {
      method: "PATCH",
      body: new ReadableStream(),
    });
    expect(request.replayable).toBe(false);
    expect(canReplay(request)).toBe(false);
  });

  it("replaces headers and keeps method, URL and signal", () => {
    const controller = new AbortController();
    const request = new ReplayableRequest("https://p/x", {
      method: "DELETE",
      signal: controller.signal,
    });
    const copy = rebuildRequest(request, new Headers({ authorization: "Bearer new" }));
    expect(copy.method).toBe("DELETE");
    expect(copy.url).toBe("https://p/x");
    expect(copy.headers.get("authorization")).toBe("Bearer new");
    controller.abort();
    expect(copy.signal.aborted).toBe(true);
  });

  it("keeps a per-call timeout across rebuilds", () => {
    const request = new ReplayableRequest("https://p/x");
    request.timeoutMs = 123;
    expect((rebuildRequest(request) as ReplayableRequest).timeoutMs).toBe(123);
  });

  it("treats plain requests as replayable only without a body", () => {
    expect(canReplay(new Request("https://p/x"))).toBe(true);
    expect(canReplay(new Request("https://p/x", { method: "POST", body: "x" }))).toBe(false);
  });
});
