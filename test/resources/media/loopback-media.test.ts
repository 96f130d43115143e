import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import createClient from "openapi-fetch";
import { serializeRequestBody } from "../../../src/core/body/index.js";
import { NODE_PLATFORM } from "../../../src/node/node-platform.js";
import {
  createMediaDownload as createDownload,
  createMediaUploadBody,
  prepareUploadFile as prepareUpload,
  readMediaCode,
  type UploadFileOptions,
  type UploadSource,
} from "../../../src/resources/media/index.js";

// `downloadTo` is what Node's platform adds; the web build's refusal is tested apart.
const createMediaDownload = (
  body: ReadableStream<Uint8Array> | null | undefined,
  headers: Headers,
  options: { fallbackFileName?: string } = {},
) => createDownload(body, headers, { ...options, platform: NODE_PLATFORM });
const prepareUploadFile = (source: UploadSource, options?: UploadFileOptions) =>
  prepareUpload(source, options, NODE_PLATFORM);

const MEDIA_CODE = "a/b/c/d/0a1b_shoe.png";

interface RawClient {
  POST: (path: string, init: object) => Promise<{ response: Response }>;
  GET: (
    path: string,
    init: object,
  ) => Promise<{ data?: ReadableStream<Uint8Array>; response: Response }>;
}

describe("media over HTTP", () => {
  let server: Server;
  let client: RawClient;
  let folder: string;
  const received: { contentType?: string; body?: string } = {};

  function handle(request: IncomingMessage, response: ServerResponse): void {
    if (request.method === "GET") {
      response.writeHead(200, {
        "Content-Type": "image/png",
        "Content-Disposition": 'attachment; filename="shoe.png"',
      });
      response.end("downloaded-bytes");
      return;
    }
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      received.contentType = request.headers["content-type"];
      received.body = Buffer.concat(chunks).toString("utf8");
      response.writeHead(201, {
        Location: `http://pim.internal/api/rest/v1/media-files/${MEDIA_CODE}`,
      });
      response.end();
    });
  }

  beforeAll(async () => {
    server = createServer(handle);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    client = createClient<Record<string, never>>({
      baseUrl,
      bodySerializer: serializeRequestBody,
    }) as unknown as RawClient;
    folder = await mkdtemp(join(tmpdir(), "media-loopback-"));
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    await rm(folder, { recursive: true, force: true });
  });

  it("uploads a file from disk with a plain product field and reads the new code", async () => {
    const path = join(folder, "shoe.png");
    await writeFile(path, "png-from-disk");
    const upload = await prepareUploadFile(path, { contentType: "image/png" });
    const body = createMediaUploadBody(upload.file, {
      product: { identifier: "shoe-42", attribute: "picture" },
    });
    const { response } = await client.POST("/api/rest/v1/media-files", { body });
    await upload.release();
    expect(response.status).toBe(201);
    expect(readMediaCode(response.headers)).toBe(MEDIA_CODE);
    expect(received.contentType).toMatch(/^multipart\/form-data; boundary=/);
    expect(received.body).toMatch(
      /Content-Disposition: form-data; name="product"\r\n\r\n\{"identifier":"shoe-42","attribute":"picture","scope":null,"locale":null\}\r\n/,
    );
    expect(received.body).toContain(
      'Content-Disposition: form-data; name="file"; filename="shoe.png"\r\nContent-Type: image/png\r\n\r\npng-from-disk',
    );
  });

  it("uploads a web stream after spooling it", async () => {
    const upload = await prepareUploadFile(new Blob(["streamed-bytes"]).stream(), {
      fileName: "s.bin",
    });
    const { response } = await client.POST("/api/rest/v1/media-files", {
      body: createMediaUploadBody(upload.file),
    });
    await upload.release();
    expect(response.status).toBe(201);
    expect(received.body).toContain('filename="s.bin"');
    expect(received.body).toContain("streamed-bytes");
  });

  it("downloads a media file to disk", async () => {
    const { data, response } = await client.GET(`/api/rest/v1/media-files/${MEDIA_CODE}/download`, {
      parseAs: "stream",
    });
    const download = createMediaDownload(data, response.headers);
    expect([download.fileName, download.contentType]).toEqual(["shoe.png", "image/png"]);
    const target = join(folder, download.fileName!);
    await download.downloadTo(target);
    expect(await readFile(target, "utf8")).toBe("downloaded-bytes");
  });
});
