import { execFileSync } from "node:child_process";
import { mkdir, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { InvalidArgumentError } from "../../../src/core/errors/index.js";
import { NODE_PLATFORM } from "../../../src/node/node-platform.js";
import {
  prepareUploadFile,
  type UploadFileOptions,
  type UploadSource,
} from "../../../src/resources/media/index.js";

// Paths and spooled streams are what Node's platform adds; the web build's are tested apart.
const prepareOnNode = (source: UploadSource, options?: UploadFileOptions) =>
  prepareUploadFile(source, options, NODE_PLATFORM);

describe("prepareUploadFile", () => {
  let folder: string;

  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), "upload-file-test-"));
  });
  afterEach(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it("reads a path lazily from disk, named after the file", async () => {
    const path = join(folder, "shoe.png");
    await writeFile(path, "png-bytes");
    const { file } = await prepareOnNode(path, { contentType: "image/png" });
    expect(file.name).toBe("shoe.png");
    expect(file.type).toBe("image/png");
    expect(file.size).toBe(9);
    expect(await file.text()).toBe("png-bytes");
  });

  it("reads the file at send time, not when prepared", async () => {
    const path = join(folder, "doc.pdf");
    await writeFile(path, "v1");
    const { file } = await prepareOnNode(path);
    // A disk-backed Blob refuses to read a file changed after it was opened: proof it holds no copy.
    await writeFile(path, "v2 changed");
    await expect(file.text()).rejects.toThrow();
  });

  it("refuses a missing file with a typed error", async () => {
    await expect(prepareOnNode(join(folder, "nope.png"))).rejects.toThrow(InvalidArgumentError);
  });

  it("refuses a named pipe, naming the path, without blocking the event loop", async () => {
    const fifo = join(folder, "pipe.png");
    execFileSync("mkfifo", [fifo]);
    let ticked = false;
    const timer = setTimeout(() => {
      ticked = true;
    }, 1);
    const error = await prepareOnNode(fifo).catch((e: unknown) => e);
    await new Promise((resolve) => setTimeout(resolve, 5));
    clearTimeout(timer);
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect((error as Error).message).toContain(fifo);
    expect((error as Error).message).toContain("named pipe");
    expect(ticked).toBe(true);
  });

  it("refuses a directory, naming the path", async () => {
    const directory = join(folder, "photos");
    await mkdir(directory);
    const error = await prepareOnNode(directory).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect((error as Error).message).toContain(`${directory} is not a regular file (a directory)`);
  });

  it("refuses a character device such as /dev/zero", async () => {
    await expect(prepareOnNode("/dev/zero")).rejects.toThrow(/a device/);
  });

  it("refuses an empty path", async () => {
    await expect(prepareOnNode(" ")).rejects.toThrow(InvalidArgumentError);
  });

  it("uses a File as it is, and renames it on request", async () => {
    const original = new File(["x"], "a.jpg", { type: "image/jpeg" });
    expect((await prepareOnNode(original)).file).toBe(original);
    const renamed = (await prepareOnNode(original, { fileName: "b.jpg" })).file;
    expect([renamed.name, renamed.type, await renamed.text()]).toEqual([
      "b.jpg",
      "image/jpeg",
      "x",
    ]);
  });

  it("names a bare Blob and bytes 'file' unless told otherwise", async () => {
    expect((await prepareOnNode(new Blob(["x"]))).file.name).toBe("file");
    const fromBytes = (await prepareOnNode(Buffer.from("bytes"), { fileName: "c.bin" })).file;
    expect([fromBytes.name, await fromBytes.text()]).toEqual(["c.bin", "bytes"]);
  });

  it("spools a stream to a private temporary file and removes it on release", async () => {
    const stream = new Blob(["chunk-1", "chunk-2"]).stream();
    const upload = await prepareOnNode(stream, {
      fileName: "s.txt",
      temporaryDirectory: folder,
    });
    expect(await readdir(folder)).toHaveLength(1);
    expect(await upload.file.text()).toBe("chunk-1chunk-2");
    expect(upload.file.name).toBe("s.txt");
    await upload.release();
    expect(await readdir(folder)).toEqual([]);
  });

  it("leaves no temporary file when the stream fails", async () => {
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new Uint8Array([1, 2, 3]));
        controller.error(new Error("source failed"));
      },
    });
    await expect(prepareOnNode(stream, { temporaryDirectory: folder })).rejects.toThrow(
      "source failed",
    );
    expect(await readdir(folder)).toEqual([]);
  });

  it("refuses a stream that is already being read", async () => {
    const stream = new Blob(["x"]).stream();
    stream.getReader();
    await expect(prepareOnNode(stream, { temporaryDirectory: folder })).rejects.toThrow(
      /already consumed/,
    );
  });

  it("refuses an unsupported source", async () => {
    await expect(prepareOnNode(42 as unknown as string)).rejects.toThrow(InvalidArgumentError);
  });
});
