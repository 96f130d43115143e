import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { NODE_PLATFORM } from "../../../src/node/node-platform.js";
import {
  createMediaDownload as createDownload,
  readContentDispositionFileName,
} from "../../../src/resources/media/index.js";

// `downloadTo` is what Node's platform adds; the web build's refusal is tested apart.
const createMediaDownload = (
  body: ReadableStream<Uint8Array> | null | undefined,
  headers: Headers,
  options: { fallbackFileName?: string } = {},
) => createDownload(body, headers, { ...options, platform: NODE_PLATFORM });

import { AlreadyConsumedError } from "../../../src/resources/pagination/index.js";

function bytes(text: string): ReadableStream<Uint8Array> {
  return new Blob([text]).stream();
}

function failingAfter(text: string): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let sent = false;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent) controller.error(new Error("connection reset"));
      else {
        sent = true;
        controller.enqueue(encoder.encode(text));
      }
    },
  });
}

describe("readContentDispositionFileName", () => {
  it.each([
    ['attachment; filename="shoe.png"', "shoe.png"],
    ["attachment; filename=shoe.png", "shoe.png"],
    ['attachment; filename="say \\"hi\\".txt"', 'say "hi".txt'],
    ["attachment; filename*=UTF-8''caf%C3%A9%20menu.pdf", "café menu.pdf"],
    ["attachment; filename=\"fallback.pdf\"; filename*=UTF-8''%E2%82%AC.pdf", "€.pdf"],
    ["attachment; filename*=iso-8859-1''caf%E9.txt", "café.txt"],
    ['attachment; filename="../../etc/passwd"', "passwd"],
    ['attachment; filename="..\\\\win.ini"', "win.ini"],
  ])("reads %s", (header, expected) => {
    expect(readContentDispositionFileName(header)).toBe(expected);
  });

  it.each([null, "", "inline", 'attachment; filename=".."'])("finds no name in %p", (header) => {
    expect(readContentDispositionFileName(header)).toBeUndefined();
  });
});

describe("createMediaDownload", () => {
  let folder: string;

  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), "media-download-test-"));
  });
  afterEach(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it("describes the file from the answer's headers", async () => {
    const download = createMediaDownload(
      bytes("png"),
      new Headers({
        "Content-Type": "image/png",
        "Content-Disposition": 'attachment; filename="shoe.png"',
        "Content-Length": "3",
      }),
    );
    expect([download.contentType, download.fileName, download.contentLength]).toEqual([
      "image/png",
      "shoe.png",
      3,
    ]);
    expect(await new Response(download.stream).text()).toBe("png");
  });

  it("falls back to the last segment of a given name", () => {
    const download = createMediaDownload(bytes(""), new Headers(), {
      fallbackFileName: "a/b/c/d/x_shoe.png",
    });
    expect(download.fileName).toBe("x_shoe.png");
    expect(download.contentType).toBeUndefined();
    expect(download.contentLength).toBeUndefined();
  });

  it("streams to disk and returns the path", async () => {
    const path = join(folder, "out.bin");
    const download = createMediaDownload(bytes("file content"), new Headers());
    expect(await download.downloadTo(path)).toBe(path);
    expect(await readFile(path, "utf8")).toBe("file content");
    expect(await readdir(folder)).toEqual(["out.bin"]);
  });

  it("leaves no partial file when the stream fails, and keeps an existing file", async () => {
    const path = join(folder, "out.bin");
    await writeFile(path, "previous version");
    const download = createMediaDownload(failingAfter("half of"), new Headers());
    await expect(download.downloadTo(path)).rejects.toThrow("connection reset");
    expect(await readdir(folder)).toEqual(["out.bin"]);
    expect(await readFile(path, "utf8")).toBe("previous version");
  });

  it("leaves nothing when the stream fails and no file existed", async () => {
    const download = createMediaDownload(failingAfter("half of"), new Headers());
    await expect(download.downloadTo(join(folder, "new.bin"))).rejects.toThrow();
    expect(await readdir(folder)).toEqual([]);
  });

  it("can be consumed once", async () => {
    const download = createMediaDownload(bytes("x"), new Headers());
    await download.downloadTo(join(folder, "once.bin"));
    expect(() => download.stream).toThrow(AlreadyConsumedError);
    await expect(download.downloadTo(join(folder, "twice.bin"))).rejects.toThrow(
      AlreadyConsumedError,
    );
  });

  it("gives an empty stream for an answer without a body", async () => {
    const download = createMediaDownload(null, new Headers());
    expect(await new Response(download.stream).text()).toBe("");
  });
});
