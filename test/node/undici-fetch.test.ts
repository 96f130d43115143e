import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { gzipSync } from "node:zlib";
import { ConnectionError } from "../../src/core/errors/index.js";
import { createFetchStage } from "../../src/core/transport/fetch-stage.js";
import { discardAnswerBody, HeldBodyAnswer } from "../../src/core/transport/held-body-answer.js";
import { asTransportRequest } from "../../src/core/transport/index.js";
import { ReplayableRequest } from "../../src/core/transport/replayable-request.js";
import { createLightRequestClass } from "../../src/node/light-request.js";
import { createUndiciFetch } from "../../src/node/undici-fetch.js";
import { findFreePort } from "../support/find-free-port.js";

type Handler = (request: IncomingMessage, response: ServerResponse) => void;

interface TestServer {
  url: string;
  connections: number;
  close(): Promise<void>;
}

const servers: Server[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
});

async function serve(handler: Handler): Promise<TestServer> {
  const server = createServer(handler);
  servers.push(server);
  const state = { connections: 0 };
  server.on("connection", () => {
    state.connections += 1;
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    get connections() {
      return state.connections;
    },
    close: async () => undefined,
  };
}

const answerOk: Handler = (request, response) => {
  request.resume();
  request.on("end", () => response.end('{"ok":true}'));
};

describe("createUndiciFetch", () => {
  it("reuses one kept-alive connection for sequential calls", async () => {
    const server = await serve(answerOk);
    const send = createUndiciFetch({ connections: 4 });
    for (let i = 0; i < 20; i++) {
      expect(await (await send(new Request(`${server.url}/a`))).json()).toEqual({ ok: true });
    }
    // Without keep-alive each call would open its own; undici may open a second one when a call
    // starts in the instant before the previous answer's connection is handed back.
    expect(server.connections).toBeLessThanOrEqual(2);
  });

  it("opens at most `connections` sockets for many concurrent calls", async () => {
    const server = await serve((request, response) => {
      request.resume();
      setTimeout(() => response.end("{}"), 20);
    });
    const send = createUndiciFetch({ connections: 3 });
    const answers = await Promise.all(
      Array.from({ length: 12 }, () => send(new Request(`${server.url}/a`)).then((r) => r.text())),
    );
    expect(answers).toHaveLength(12);
    expect(server.connections).toBe(3);
  });

  it("answers a redirect as it comes instead of following it", async () => {
    const server = await serve((request, response) => {
      request.resume();
      response.writeHead(302, { location: "/elsewhere" }).end();
    });
    const answer = await createUndiciFetch()(new Request(`${server.url}/a`));
    expect(answer.status).toBe(302);
    expect(answer.headers.get("location")).toBe("/elsewhere");
  });

  it("fails with ECONNREFUSED, which the fetch stage turns into a ConnectionError with that code", async () => {
    const port = await findFreePort();
    const stage = createFetchStage(createUndiciFetch());
    const error = await stage(
      new Request(`http://127.0.0.1:${port}/a`),
      new AbortController().signal,
    ).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ConnectionError);
    expect((error as ConnectionError).code).toBe("ECONNREFUSED");
  });

  it("streams an upload body larger than the socket buffer, chunk by chunk, and it arrives whole", async () => {
    let received = 0;
    const server = await serve((request, response) => {
      request.on("data", (chunk: Buffer) => {
        received += chunk.byteLength;
      });
      request.on("end", () => response.end(String(received)));
    });
    const chunkBytes = 64 * 1024;
    const chunks = 512; // 32 MiB
    let pulled = 0;
    let maxAhead = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (pulled === chunks) return controller.close();
        pulled += 1;
        maxAhead = Math.max(maxAhead, pulled * chunkBytes - received);
        controller.enqueue(new Uint8Array(chunkBytes).fill(pulled % 256));
      },
    });
    const request = new ReplayableRequest(`${server.url}/upload`, { method: "POST", body });
    const answer = await createUndiciFetch()(request);
    expect(await answer.text()).toBe(String(chunks * chunkBytes));
    // Backpressure: the stream is never read much further ahead than the socket buffers hold.
    expect(maxAhead).toBeLessThan(12 * 1024 * 1024);
  });

  it("sends a form with its length and a boundary of its own", async () => {
    let seen: IncomingMessage["headers"] = {};
    let text = "";
    const server = await serve((request, response) => {
      seen = request.headers;
      request.setEncoding("utf8");
      request.on("data", (chunk: string) => {
        text += chunk;
      });
      request.on("end", () => response.end("{}"));
    });
    const form = new FormData();
    form.append("product", '{"identifier":"shoe"}');
    form.append("file", new Blob(["image bytes"], { type: "image/png" }), "shoe.png");
    await createUndiciFetch()(
      new ReplayableRequest(`${server.url}/m`, { method: "POST", body: form }),
    );
    const boundary = /boundary=(.+)$/.exec(seen["content-type"] ?? "")?.[1] ?? "missing";
    expect(text).toContain(`--${boundary}`);
    expect(text).toContain("image bytes");
    expect(Number(seen["content-length"])).toBe(Buffer.byteLength(text));
  });

  it("streams a download: the first chunk is readable before the server ends the body", async () => {
    let finish: () => void = () => undefined;
    const server = await serve((request, response) => {
      request.resume();
      response.write("first chunk");
      finish = () => response.end("last chunk");
    });
    const answer = await createUndiciFetch()(new Request(`${server.url}/file`));
    const reader = (answer.body as ReadableStream<Uint8Array>).getReader();
    const first = await reader.read();
    expect(new TextDecoder().decode(first.value)).toBe("first chunk");
    finish();
    const rest: string[] = [];
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      rest.push(new TextDecoder().decode(chunk.value));
    }
    expect(rest.join("")).toBe("last chunk");
  });

  it("fails the body read and closes the socket when the signal aborts mid-body", async () => {
    let closed = false;
    const server = await serve((request, response) => {
      request.resume();
      response.on("close", () => {
        closed = true;
      });
      response.write("part of a body");
    });
    const controller = new AbortController();
    const answer = await createUndiciFetch()(new Request(`${server.url}/slow`), {
      signal: controller.signal,
    });
    const reading = answer.text();
    controller.abort(new Error("stop"));
    await expect(reading).rejects.toThrow();
    for (let i = 0; i < 50 && !closed; i++) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(closed).toBe(true);
  });

  it("rejects at once when the signal aborts while waiting for the answer's headers", async () => {
    const server = await serve((request) => request.resume());
    const controller = new AbortController();
    const call = createUndiciFetch()(new Request(`${server.url}/never`), {
      signal: controller.signal,
    });
    setTimeout(() => controller.abort(new Error("deadline")), 30);
    await expect(call).rejects.toThrow("deadline");
  });

  it("decodes a gzip answer as fetch does", async () => {
    const server = await serve((request, response) => {
      request.resume();
      response.writeHead(200, { "content-encoding": "gzip", "content-type": "application/json" });
      response.end(gzipSync('{"identifier":"shoe"}'));
    });
    const answer = await createUndiciFetch()(new Request(`${server.url}/p`));
    expect(await answer.json()).toEqual({ identifier: "shoe" });
  });

  it("hands the decoded body over as chunks, with no web stream built around it", async () => {
    const server = await serve((request, response) => {
      request.resume();
      response.writeHead(200, { "content-encoding": "gzip" });
      response.end(gzipSync("x".repeat(100_000)));
    });
    const answer = await createUndiciFetch()(new Request(`${server.url}/p`));
    expect(answer).toBeInstanceOf(HeldBodyAnswer);
    let length = 0;
    for await (const chunk of (answer as HeldBodyAnswer).takeChunks() ?? []) {
      length += chunk.byteLength;
    }
    expect(length).toBe(100_000);
  });

  it("keeps the connection of an answer without a body (204) for the next call", async () => {
    const server = await serve((request, response) => {
      request.resume();
      if (request.url === "/gone") response.writeHead(204).end();
      else response.end('{"ok":true}');
    });
    const send = createUndiciFetch({ connections: 1 });
    expect((await send(new Request(`${server.url}/gone`))).status).toBe(204);
    expect(await (await send(new Request(`${server.url}/p`))).json()).toEqual({ ok: true });
    expect(server.connections).toBe(1);
  });

  it("closes the socket of an answer thrown away unread", async () => {
    let closed = false;
    const server = await serve((request, response) => {
      request.resume();
      response.on("close", () => {
        closed = true;
      });
      response.write("a body that never ends");
    });
    const answer = await createUndiciFetch()(new Request(`${server.url}/endless`));
    await discardAnswerBody(answer);
    for (let i = 0; i < 50 && !closed; i++) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(closed).toBe(true);
  });

  it("rejects at once when the signal aborts while the call waits for a busy connection", async () => {
    const server = await serve((request, response) => {
      request.resume();
      if (request.url === "/download") response.write("a body still coming");
      else response.end("{}");
    });
    const send = createUndiciFetch({ connections: 1 });
    const download = await send(new Request(`${server.url}/download`));
    const controller = new AbortController();
    const startedAt = Date.now();
    const waiting = send(new Request(`${server.url}/p`), { signal: controller.signal });
    setTimeout(() => controller.abort(new Error("deadline")), 50);
    await expect(waiting).rejects.toThrow("deadline");
    // undici alone rejects only once the download ends and frees the connection.
    expect(Date.now() - startedAt).toBeLessThan(1_000);
    await discardAnswerBody(download);
    const next = await send(new Request(`${server.url}/p`));
    await expect(next.json()).resolves.toEqual({});
  });
});

describe("createUndiciFetch with light requests", () => {
  const LightRequest = createLightRequestClass();

  interface Received {
    method: string;
    path: string;
    contentType: string | undefined;
    contentLength: string | undefined;
    body: string;
  }

  async function serveEcho(): Promise<{ url: string; received: Received[] }> {
    const received: Received[] = [];
    const server = await serve((request, response) => {
      let body = "";
      request.setEncoding("utf8");
      request.on("data", (chunk: string) => {
        body += chunk;
      });
      request.on("end", () => {
        received.push({
          method: request.method ?? "",
          path: request.url ?? "",
          contentType: request.headers["content-type"],
          contentLength: request.headers["content-length"],
          body,
        });
        response.end('{"ok":true}');
      });
    });
    return { url: server.url, received };
  }

  it("sends a GET with its path, query and headers", async () => {
    const { url, received } = await serveEcho();
    const request = new LightRequest(`${url}/a/b?c=d`, { headers: { accept: "application/json" } });
    const answer = await createUndiciFetch()(asTransportRequest(request));
    expect(await answer.json()).toEqual({ ok: true });
    expect(received).toEqual([
      expect.objectContaining({ method: "GET", path: "/a/b?c=d", body: "" }),
    ]);
  });

  it.each([
    ["text", () => '{"a":1}', '{"a":1}', "text/plain;charset=UTF-8"],
    ["bytes", () => new TextEncoder().encode("bytes"), "bytes", undefined],
    ["a Blob", () => new Blob(["blob"], { type: "image/png" }), "blob", "image/png"],
    [
      "form fields",
      () => new URLSearchParams({ a: "1" }),
      "a=1",
      "application/x-www-form-urlencoded;charset=UTF-8",
    ],
  ])("sends %s with its length and type", async (_kind, makeBody, text, contentType) => {
    const { url, received } = await serveEcho();
    const request = new LightRequest(`${url}/u`, { method: "POST", body: makeBody() });
    await (await createUndiciFetch()(asTransportRequest(request))).text();
    expect(received[0]).toEqual({
      method: "POST",
      path: "/u",
      contentType,
      contentLength: String(Buffer.byteLength(text)),
      body: text,
    });
  });

  it("sends a form with its length and a boundary of its own", async () => {
    const { url, received } = await serveEcho();
    const form = new FormData();
    form.append("file", new Blob(["image bytes"], { type: "image/png" }), "shoe.png");
    const request = new LightRequest(`${url}/m`, { method: "POST", body: form });
    await (await createUndiciFetch()(asTransportRequest(request))).text();
    const [seen] = received as [Received];
    const boundary = /boundary=(.+)$/.exec(seen.contentType ?? "")?.[1] ?? "missing";
    expect(seen.body).toContain(`--${boundary}`);
    expect(seen.body).toContain("image bytes");
    expect(Number(seen.contentLength)).toBe(Buffer.byteLength(seen.body));
  });

  it("streams a stream body", async () => {
    const { url, received } = await serveEcho();
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode("one,"));
        controller.enqueue(new TextEncoder().encode("two"));
        controller.close();
      },
    });
    const request = new LightRequest(`${url}/s`, { method: "POST", body });
    await (await createUndiciFetch()(asTransportRequest(request))).text();
    expect(received[0]?.body).toBe("one,two");
  });
});
