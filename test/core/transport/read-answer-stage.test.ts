import { InvalidResponseError } from "../../../src/core/errors/index.js";
import {
  type AttemptStage,
  createReadAnswerStage,
  markAnswerReading,
  ReplayableRequest,
} from "../../../src/core/transport/index.js";

const LIMIT = 1_000;

function answering(response: Response): AttemptStage {
  return async () => response;
}

function requestReadAs(parseAs: string | undefined): Request {
  const request = new ReplayableRequest("https://pim.example/api/rest/v1/products/a");
  markAnswerReading(request, parseAs);
  return request;
}

// A body whose second read fails as undici's does when the connection drops.
function cutStream(): ReadableStream<Uint8Array> {
  let reads = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      reads += 1;
      if (reads === 1) controller.enqueue(new TextEncoder().encode('{"a":'));
      else controller.error(new TypeError("terminated", { cause: { code: "UND_ERR_SOCKET" } }));
    },
  });
}

const signal = new AbortController().signal;

describe("createReadAnswerStage", () => {
  it("reads a JSON answer within the attempt and hands over the parsed data once", async () => {
    const stage = createReadAnswerStage(answering(Response.json({ a: 1 })), LIMIT);
    const response = await stage(requestReadAs("json"), signal);
    await expect(response.json()).resolves.toEqual({ a: 1 });
    await expect(response.text()).resolves.toBe('{"a":1}');
  });

  it("tells the length of a body read whole, whether it came chunked or not", async () => {
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"name":"é"}'));
        controller.close();
      },
    });
    const chunked = new Response(body, { headers: { "transfer-encoding": "chunked" } });
    const response = await createReadAnswerStage(answering(chunked), LIMIT)(
      requestReadAs("json"),
      signal,
    );
    expect(response.headers.get("content-length")).toBe("13");
    expect(response.headers.has("transfer-encoding")).toBe(false);
    await expect(response.json()).resolves.toEqual({ name: "é" });
  });

  it("turns a 2xx answer that is not JSON into an InvalidResponseError, whatever its type", async () => {
    const page = new Response("<html>maintenance</html>", {
      headers: { "content-type": "text/html" },
    });
    const stage = createReadAnswerStage(answering(page), LIMIT);
    const error = await stage(requestReadAs("json"), signal).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(error).toMatchObject({
      reason: "invalid-json",
      status: 200,
      excerpt: "<html>maintenance</html>",
    });
  });

  it("leaves a non-JSON error answer to the error factory", async () => {
    const page = new Response("<html>bad gateway</html>", { status: 502 });
    const response = await createReadAnswerStage(answering(page), LIMIT)(
      requestReadAs("json"),
      signal,
    );
    await expect(response.text()).resolves.toBe("<html>bad gateway</html>");
  });

  it("turns a body cut in the middle into a ConnectionError carrying the system code", async () => {
    const stage = createReadAnswerStage(answering(new Response(cutStream())), LIMIT);
    await expect(stage(requestReadAs("json"), signal)).rejects.toMatchObject({
      name: "ConnectionError",
      code: "UND_ERR_SOCKET",
    });
  });

  it("refuses a body announced or found longer than the limit", async () => {
    const announced = new Response("{}", { headers: { "content-length": String(LIMIT + 1) } });
    await expect(
      createReadAnswerStage(answering(announced), LIMIT)(requestReadAs("text"), signal),
    ).rejects.toMatchObject({ reason: "too-large", limitBytes: LIMIT });
    const long = new Response(`"${"x".repeat(LIMIT)}"`);
    await expect(
      createReadAnswerStage(answering(long), LIMIT)(requestReadAs("json"), signal),
    ).rejects.toMatchObject({ reason: "too-large" });
  });

  it("leaves a streamed answer a stream, whose failures are typed", async () => {
    const stage = createReadAnswerStage(answering(new Response(cutStream())), LIMIT);
    const response = await stage(requestReadAs("stream"), signal);
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    await reader.read();
    await expect(reader.read()).rejects.toMatchObject({ name: "ConnectionError" });
  });

  it("passes a 204 through untouched", async () => {
    const empty = new Response(null, { status: 204 });
    expect(
      await createReadAnswerStage(answering(empty), LIMIT)(requestReadAs("json"), signal),
    ).toBe(empty);
  });
});
