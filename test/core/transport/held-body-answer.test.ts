import { AkeneoError, InvalidResponseError } from "../../../src/core/errors/index.js";
import {
  createReadAnswerStage,
  createTimeoutStage,
  discardAnswerBody,
  HeldBodyAnswer,
  markAnswerReading,
  ReplayableRequest,
} from "../../../src/core/transport/index.js";

const encoder = new TextEncoder();

/** A held answer over fixed chunks that counts how its body is reached. */
class ChunkAnswer extends HeldBodyAnswer {
  standardBuilt = 0;
  released = 0;
  readonly #parts: readonly string[];

  constructor(parts: readonly string[], init: ResponseInit = { status: 200 }) {
    super(init);
    this.#parts = parts;
  }

  protected override async *chunks(): AsyncIterable<Uint8Array> {
    for (const part of this.#parts) yield encoder.encode(part);
  }

  protected override async release(): Promise<void> {
    this.released += 1;
  }

  protected override standardBody(): BodyInit {
    this.standardBuilt += 1;
    return this.#parts.join("");
  }
}

const JSON_INIT = { status: 200, headers: { "content-type": "application/json" } };

describe("HeldBodyAnswer", () => {
  it("is a Response whose text, json and bytes are read from its chunks without a stream", async () => {
    const text = new ChunkAnswer(['{"a":', "1}"], JSON_INIT);
    expect(text).toBeInstanceOf(Response);
    expect(text.headers.get("content-type")).toBe("application/json");
    await expect(text.text()).resolves.toBe('{"a":1}');
    expect(text.bodyUsed).toBe(true);
    const json = new ChunkAnswer(['{"a":', "1}"]);
    await expect(json.json()).resolves.toEqual({ a: 1 });
    const bytes = new ChunkAnswer(["ab", "c"]);
    expect(Array.from(await bytes.bytes())).toEqual([97, 98, 99]);
    const buffer = new ChunkAnswer(["ab"]);
    expect((await buffer.arrayBuffer()).byteLength).toBe(2);
    expect([text, json, bytes, buffer].map((answer) => answer.standardBuilt)).toEqual([0, 0, 0, 0]);
  });

  it("hands its chunks over once", async () => {
    const answer = new ChunkAnswer(["a", "b"]);
    const chunks = answer.takeChunks();
    expect(answer.takeChunks()).toBeUndefined();
    const read: string[] = [];
    for await (const chunk of chunks ?? []) read.push(new TextDecoder().decode(chunk));
    expect(read).toEqual(["a", "b"]);
    await expect(answer.text()).rejects.toBeInstanceOf(AkeneoError);
    expect(() => answer.clone()).toThrow(AkeneoError);
    expect(answer.body).toBeNull();
  });

  it("builds a standard body for whoever asks for its stream, a clone, a Blob or a form", async () => {
    const streamed = new ChunkAnswer(["x", "y"]);
    const body = streamed.body;
    expect(body).toBeInstanceOf(ReadableStream);
    expect(streamed.takeChunks()).toBeUndefined();
    await expect(new Response(body).text()).resolves.toBe("xy");
    const cloned = new ChunkAnswer(["c"]);
    await expect(cloned.clone().text()).resolves.toBe("c");
    await expect(cloned.text()).resolves.toBe("c");
    const blob = new ChunkAnswer(["b"], { headers: { "content-type": "text/plain" } });
    expect((await blob.blob()).type).toBe("text/plain");
    const form = new ChunkAnswer(["k=v"], {
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
    expect((await form.formData()).get("k")).toBe("v");
    expect([streamed, cloned, blob, form].map((answer) => answer.standardBuilt)).toEqual([
      1, 1, 1, 1,
    ]);
  });

  it("releases a body thrown away unread, and cancels the stream of one already built", async () => {
    const unread = new ChunkAnswer(["a"]);
    await discardAnswerBody(unread);
    expect(unread.released).toBe(1);
    expect(unread.bodyUsed).toBe(true);
    const streamed = new ChunkAnswer(["a"]);
    const body = streamed.body;
    await discardAnswerBody(streamed);
    expect(streamed.released).toBe(0);
    // Cancelled before its first read: the stream ends without yielding "a".
    await expect(body?.getReader().read()).resolves.toEqual({ done: true, value: undefined });
  });
});

describe("the transport on held answers", () => {
  function requestReadAs(parseAs: string | undefined): Request {
    const request = new ReplayableRequest("https://pim.example/api/rest/v1/products/a");
    markAnswerReading(request, parseAs);
    return request;
  }

  it("reads a held JSON answer within the attempt from its chunks, never building a stream", async () => {
    const answer = new ChunkAnswer(['{"identifier":', '"a"}'], JSON_INIT);
    const stage = createTimeoutStage(
      createReadAnswerStage(async () => answer, 1_000),
      30_000,
    );
    const response = await stage(requestReadAs("json"), new AbortController().signal);
    await expect(response.json()).resolves.toEqual({ identifier: "a" });
    expect(response.headers.get("content-length")).toBe("18");
    expect(answer.standardBuilt).toBe(0);
  });

  it("stops reading a held body past the limit and leaves the rest unread", async () => {
    const read: number[] = [];
    class CountingAnswer extends ChunkAnswer {
      protected override async *chunks(): AsyncIterable<Uint8Array> {
        for (let index = 0; index < 10; index++) {
          read.push(index);
          yield new Uint8Array(400);
        }
      }
    }
    const stage = createReadAnswerStage(async () => new CountingAnswer([]), 1_000);
    const failure = await stage(requestReadAs("json"), new AbortController().signal).catch(
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(InvalidResponseError);
    expect((failure as InvalidResponseError).reason).toBe("too-large");
    expect(read).toEqual([0, 1, 2]);
  });

  it("releases a held body whose announced length is past the limit without reading it", async () => {
    const answer = new ChunkAnswer(["{}"], { status: 200, headers: { "content-length": "5000" } });
    const stage = createReadAnswerStage(async () => answer, 1_000);
    await expect(stage(requestReadAs("json"), new AbortController().signal)).rejects.toThrow(
      InvalidResponseError,
    );
    expect(answer.released).toBe(1);
    expect(answer.standardBuilt).toBe(0);
  });
});
