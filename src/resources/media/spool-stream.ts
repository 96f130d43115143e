import { createWriteStream, openAsBlob } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as NodeReadableStream } from "node:stream/web";
import type { PlatformFile } from "../../core/platform/index.js";

/** A temporary file holding a stream's bytes, and the means to remove it. */
export interface SpooledFile {
  /** Path of the temporary file. */
  path: string;
  /** Removes the file and its private directory; safe to call more than once. */
  remove(): Promise<void>;
}

/**
 * Writes a web stream to a new temporary file, chunk by chunk, so its bytes never sit in memory.
 *
 * Each call gets its own private directory (`mkdtemp`, mode 0700). On failure nothing is left
 * behind.
 *
 * @param directory Parent of the private directory. @default os.tmpdir()
 */
export async function spoolStream(
  stream: ReadableStream<Uint8Array>,
  directory: string = tmpdir(),
): Promise<SpooledFile> {
  const folder = await mkdtemp(join(directory, "akeneo-upload-"));
  const remove = (): Promise<void> => rm(folder, { recursive: true, force: true });
  const path = join(folder, "upload");
  try {
    const source = Readable.fromWeb(stream as NodeReadableStream<Uint8Array>);
    await pipeline(source, createWriteStream(path, { mode: 0o600 }));
  } catch (error) {
    await remove();
    throw error;
  }
  return { path, remove };
}

/**
 * Spools a web stream to a temporary file and opens it as a Blob read from disk while it is sent;
 * `release()` removes the file (Node only).
 */
export async function spoolStreamAsFile(
  stream: ReadableStream<Uint8Array>,
  directory: string | undefined,
): Promise<PlatformFile> {
  const spooled = await spoolStream(stream, directory);
  try {
    return { blob: await openAsBlob(spooled.path), release: spooled.remove };
  } catch (error) {
    await spooled.remove();
    throw error;
  }
}
