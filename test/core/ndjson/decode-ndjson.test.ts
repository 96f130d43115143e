import {
  type DecodeNdjsonOptions,
  decodeNdjson,
  NdjsonDecodeError,
} from "../../../src/core/ndjson/index.js";

function streamOf(chunks: ReadonlyArray<string | Uint8Array>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) {
        controller.enqueue(typeof chunk === "string" ? encoder.encode(chunk) : chunk);
      }
      controller.close();
    },
  });
}

function failingStream(chunks: readonly string[], error: Error): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let index = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      const chunk = chunks[index++];
      if (chunk === undefined) controller.error(error);
      else controller.enqueue(encoder.encode(chunk));
    },
  });
}

async function collect(
  stream: ReadableStream<Uint8Array>,
  options?: DecodeNdjsonOptions,
): Promise<unknown[]> {
  const values: unknown[] = [];
  for await (const value of decodeNdjson(stream, options)) values.push(value);
  return values;
}

async function decodeError(
  stream: ReadableStream<Uint8Array>,
  options?: DecodeNdjsonOptions,
): Promise<NdjsonDecodeError> {
  const values: unknown[] = [];
  try {
    for await (const value of decodeNdjson(stream, options)) values.push(value);
  } catch (error) {
    if (error instanceof NdjsonDecodeError) return error;
    throw error;
  }
  throw new Error(`expected a decode error, got ${JSON.stringify(values)}`);
}

describe("decodeNdjson", () => {
  it("yields one value per line with \\n separators", async () => {
    expect(await collect(streamOf(['{"a":1}\n{"a":2}\n']))).toEqual([{ a: 1 }, { a: 2 }]);
  });

  it("accepts \\r\\n separators", async () => {
    expect(await collect(streamOf(['{"a":1}\r\n{"a":2}\r\n']))).toEqual([{ a: 1 }, { a: 2 }]);
  });

  it("accepts a last line without a final newline", async () => {
    expect(await collect(streamOf(['{"a":1}\n{"a":2}']))).toEqual([{ a: 1 }, { a: 2 }]);
  });

  it("skips blank lines", async () => {
    expect(await collect(streamOf(['\n{"a":1}\n\n  \r\n{"a":2}\n\n']))).toEqual([
      { a: 1 },
      { a: 2 },
    ]);
  });

  it("reassembles lines split across chunks, including a \\r\\n split in two", async () => {
    const chunks = ['{"line":', "1}\r", '\n{"li', 'ne":2}', "\n"];
    expect(await collect(streamOf(chunks))).toEqual([{ line: 1 }, { line: 2 }]);
  });

  it("reassembles a multi-byte UTF-8 character split across chunks", async () => {
    const bytes = new TextEncoder().encode('{"name":"é€😀"}\n');
    const chunks = Array.from(bytes, (byte) => Uint8Array.of(byte));
    expect(await collect(streamOf(chunks))).toEqual([{ name: "é€😀" }]);
  });

  it("yields nothing for an empty stream", async () => {
    expect(await collect(streamOf([]))).toEqual([]);
  });

  it("yields values before the stream ends", async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const encoder = new TextEncoder();
    let step = 0;
    const stream = new ReadableStream<Uint8Array>({
      async pull(controller) {
        step += 1;
        if (step === 1) controller.enqueue(encoder.encode('{"a":1}\n'));
        else {
          await gate;
          controller.close();
        }
      },
    });
    const iterator = decodeNdjson(stream);
    expect(await iterator.next()).toEqual({ done: false, value: { a: 1 } });
    release();
    expect(await iterator.next()).toEqual({ done: true, value: undefined });
  });

  it("fails with invalid-json on a complete line that is not JSON", async () => {
    const error = await decodeError(streamOf(['{"a":1}\n<html>oops</html>\n{"a":3}\n']));
    expect(error.failure).toBe("invalid-json");
    expect(error.decodedCount).toBe(1);
    expect(error.lineNumber).toBe(2);
    expect(error.message).not.toContain("oops");
  });

  it("fails with line-too-long as soon as a line being received passes the limit", async () => {
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        controller.enqueue(
          new TextEncoder().encode(pulled === 1 ? '{"a":1}\n{"b":"' : "x".repeat(1000)),
        );
      },
    });
    const error = await decodeError(endless, { maxLineBytes: 10_000 });
    expect(error).toMatchObject({ failure: "line-too-long", decodedCount: 1, lineNumber: 2 });
    expect(error.maxLineBytes).toBe(10_000);
    expect(pulled).toBeLessThan(15);
  });

  it("fails with line-too-long on a complete line longer than the limit, counted in bytes", async () => {
    const line = JSON.stringify({ v: "é".repeat(8) });
    await expect(
      collect(streamOf([`${line}\n`]), { maxLineBytes: line.length }),
    ).rejects.toMatchObject({
      failure: "line-too-long",
    });
    await expect(
      collect(streamOf([`${line}\n`]), { maxLineBytes: line.length + 8 }),
    ).resolves.toHaveLength(1);
  });

  it("accepts lines up to 8 MiB by default", async () => {
    const line = `"${"x".repeat(8 * 1024 * 1024 - 2)}"`;
    await expect(
      collect(streamOf([line.slice(0, 5_000_000), `${line.slice(5_000_000)}\n`])),
    ).resolves.toHaveLength(1);
    await expect(collect(streamOf([`${line} \n`]))).rejects.toMatchObject({
      failure: "line-too-long",
    });
  });

  it("fails with truncated when the stream ends inside a line", async () => {
    const error = await decodeError(streamOf(['{"a":1}\n{"a":2}\n{"a":']));
    expect(error.failure).toBe("truncated");
    expect(error.decodedCount).toBe(2);
    expect(error.lineNumber).toBe(3);
  });

  it("fails with truncated when the stream ends inside a UTF-8 character", async () => {
    const bytes = new TextEncoder().encode('{"a":1}\n{"a":"€');
    const error = await decodeError(streamOf([bytes.subarray(0, bytes.length - 1)]));
    expect(error.failure).toBe("truncated");
    expect(error.decodedCount).toBe(1);
  });

  it("fails with invalid-utf8 on bytes that are not UTF-8", async () => {
    const error = await decodeError(streamOf([Uint8Array.of(0x7b, 0xff, 0xfe, 0x7d, 0x0a)]));
    expect(error.failure).toBe("invalid-utf8");
  });

  it("fails with stream-failed and keeps the reader's error as cause", async () => {
    const reset = new Error("socket hang up");
    const error = await decodeError(failingStream(['{"a":1}\n{"a"'], reset));
    expect(error.failure).toBe("stream-failed");
    expect(error.decodedCount).toBe(1);
    expect(error.cause).toBe(reset);
  });

  it("cancels the stream when the caller stops early", async () => {
    let cancelled = false;
    const encoder = new TextEncoder();
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        controller.enqueue(encoder.encode('{"a":1}\n'));
      },
      cancel() {
        cancelled = true;
      },
    });
    for await (const _value of decodeNdjson(stream)) break;
    expect(cancelled).toBe(true);
  });
});
