import { type FileHandle, open } from "node:fs/promises";
import { CliFileError } from "./cli-errors.js";
import { type OutputStream, writeChunk } from "./cli-io.js";

/** Where exported lines go: standard output or a file. */
export interface ExportOutput {
  write(chunk: string): Promise<void>;
  close(): Promise<void>;
}

/** Writes to standard output. */
export function createStdoutOutput(stdout: OutputStream): ExportOutput {
  return { write: (chunk) => writeChunk(stdout, chunk), close: async () => {} };
}

/**
 * Opens the output file: emptied for a new export, cut to `keepBytes` to continue one (the lines
 * after the last checkpoint are written again).
 */
export async function openFileOutput(path: string, keepBytes?: number): Promise<ExportOutput> {
  let handle: FileHandle;
  try {
    if (keepBytes === undefined) {
      handle = await open(path, "w");
    } else {
      handle = await open(path, "r+");
      await handle.truncate(keepBytes);
    }
  } catch (cause) {
    throw new CliFileError(`cannot open ${path} for writing`, { cause });
  }
  let position = keepBytes ?? 0;
  return {
    async write(chunk) {
      const bytes = Buffer.from(chunk, "utf8");
      try {
        await handle.write(bytes, 0, bytes.length, position);
      } catch (cause) {
        throw new CliFileError(`cannot write to ${path}`, { cause });
      }
      position += bytes.length;
    },
    close: () => handle.close(),
  };
}
