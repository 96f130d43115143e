import { randomUUID } from "node:crypto";
import { createWriteStream } from "node:fs";
import { rename, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as NodeReadableStream } from "node:stream/web";

/**
 * Streams bytes to `path` through a temporary file in the same folder, renamed into place once
 * complete: the path never holds a partial file, and on failure the temporary file is removed.
 *
 * An existing file at `path` is replaced only when the whole download succeeded.
 */
export async function writeFileAtomically(
  stream: ReadableStream<Uint8Array>,
  path: string,
): Promise<void> {
  const partial = join(dirname(path), `.${basename(path)}.${randomUUID()}.part`);
  try {
    const source = Readable.fromWeb(stream as NodeReadableStream<Uint8Array>);
    await pipeline(source, createWriteStream(partial, { flags: "wx" }));
    await rename(partial, path);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
}
