import { createHash } from "node:crypto";
import type { JsonObject } from "../json-types.js";
import { RecordStore } from "./record-store.js";

/** A stored file: its metadata as Akeneo describes it and its bytes. */
export interface StoredMedia {
  readonly metadata: JsonObject;
  readonly bytes: Buffer;
}

/** A file to store. */
export interface MediaInput {
  readonly filename: string;
  readonly contentType: string;
  readonly bytes: Buffer;
  /** Imposes the code instead of deriving one from the content. */
  readonly code?: string;
}

/**
 * Keeps uploaded files in memory under Akeneo-style codes (`a/b/c/d/<sha1>_<name>`).
 */
export class MediaStore {
  /** File metadata in upload order, keyed by code. */
  readonly records = new RecordStore();
  private readonly contents = new Map<string, Buffer>();
  private uploads = 0;

  /** Stores a file and returns its code. */
  add(input: MediaInput): string {
    this.uploads += 1;
    const code = input.code ?? createMediaCode(input, this.uploads);
    const extension = /\.([^./]+)$/.exec(input.filename)?.[1] ?? "";
    this.records.put(code, {
      code,
      original_filename: input.filename,
      mime_type: input.contentType,
      size: input.bytes.length,
      extension,
    });
    this.contents.set(code, input.bytes);
    return code;
  }

  /** Returns the file stored under this code. */
  get(code: string): StoredMedia | undefined {
    const metadata = this.records.get(code);
    const bytes = this.contents.get(code);
    return metadata === undefined || bytes === undefined ? undefined : { metadata, bytes };
  }
}

function createMediaCode(input: MediaInput, upload: number): string {
  const hash = createHash("sha1")
    .update(`${upload}:${input.filename}:`)
    .update(input.bytes)
    .digest("hex");
  const safeName = input.filename.replace(/[^A-Za-z0-9._-]/g, "_");
  return `${hash[0]}/${hash[1]}/${hash[2]}/${hash[3]}/${hash}_${safeName}`;
}
