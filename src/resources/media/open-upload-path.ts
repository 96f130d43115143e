import { openAsBlob } from "node:fs";
import { stat } from "node:fs/promises";
import { basename } from "node:path";
import { InvalidArgumentError } from "../../core/errors/index.js";
import type { PlatformFile } from "../../core/platform/index.js";

/**
 * Opens a regular file as a Blob that Node reads from disk while it is sent (Node only).
 *
 * @throws InvalidArgumentError for an unreadable path or one that is not a regular file (a
 *   directory, a named pipe, a device).
 */
export async function openUploadPath(path: string): Promise<PlatformFile> {
  let blob: Blob;
  try {
    await requireRegularFile(path);
    blob = await openAsBlob(path);
  } catch (cause) {
    if (cause instanceof InvalidArgumentError) throw cause;
    throw new InvalidArgumentError(`Cannot read the upload file ${path}`, { cause });
  }
  return { blob, name: basename(path), release: async () => {} };
}

// Reading a FIFO blocks a thread of the event loop until a writer comes (timers never fire), a
// device such as /dev/zero reports size 0 and is sent empty, a directory fails mid-request:
// only a regular file has a size known in advance that matches what is sent.
async function requireRegularFile(path: string): Promise<void> {
  const info = await stat(path);
  if (!info.isFile()) {
    throw new InvalidArgumentError(
      `The upload path ${path} is not a regular file (${describeFileKind(info)})`,
    );
  }
}

function describeFileKind(info: Awaited<ReturnType<typeof stat>>): string {
  if (info.isDirectory()) return "a directory";
  if (info.isFIFO()) return "a named pipe";
  if (info.isCharacterDevice() || info.isBlockDevice()) return "a device";
  if (info.isSocket()) return "a socket";
  return "not a file";
}
