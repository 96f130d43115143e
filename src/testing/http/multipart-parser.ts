/** One part of a multipart/form-data body. */
export interface MultipartPart {
  readonly name: string;
  /** Present when the part was sent as a file (Symfony then files it under uploaded files). */
  readonly filename: string | undefined;
  readonly contentType: string | undefined;
  readonly data: Buffer;
}

/** A body that is not well-formed multipart/form-data. */
export class MultipartFormatError extends Error {
  override readonly name = "MultipartFormatError";
}

const MAX_HEADER_BYTES = 16 * 1024;
const CRLF = Buffer.from("\r\n");
const HEADER_END = Buffer.from("\r\n\r\n");

interface OpenPart {
  readonly name: string;
  readonly filename: string | undefined;
  readonly contentType: string | undefined;
  readonly chunks: Buffer[];
}

type State = "preamble" | "after-boundary" | "headers" | "body" | "done";

/**
 * Parses multipart/form-data fed in chunks of any size: it keeps only the bytes that
 * could still be the start of a boundary, so chunks may split a boundary anywhere.
 */
export class MultipartParser {
  private readonly opening: Buffer;
  private readonly delimiter: Buffer;
  private pending: Buffer = Buffer.alloc(0);
  private state: State = "preamble";
  private readonly parts: MultipartPart[] = [];
  private current: OpenPart | undefined;

  constructor(boundary: string) {
    this.opening = Buffer.from(`--${boundary}`);
    this.delimiter = Buffer.from(`\r\n--${boundary}`);
  }

  /** Feeds the next bytes of the body. */
  push(chunk: Buffer): void {
    this.pending = this.pending.length === 0 ? chunk : Buffer.concat([this.pending, chunk]);
    while (this.step()) {
      // each step consumes input or changes state; it answers false when it needs more bytes
    }
  }

  /** Returns the parts once the closing boundary was seen. */
  finish(): MultipartPart[] {
    if (this.state !== "done")
      throw new MultipartFormatError("Multipart body ended before its closing boundary");
    return this.parts;
  }

  private step(): boolean {
    switch (this.state) {
      case "preamble":
        return this.skipPreamble();
      case "after-boundary":
        return this.readBoundaryEnd();
      case "headers":
        return this.readHeaders();
      case "body":
        return this.readBody();
      default:
        return false;
    }
  }

  private skipPreamble(): boolean {
    const at = this.pending.indexOf(this.opening);
    if (at === -1) {
      this.pending = this.pending.subarray(
        Math.max(0, this.pending.length - this.opening.length + 1),
      );
      return false;
    }
    this.pending = this.pending.subarray(at + this.opening.length);
    this.state = "after-boundary";
    return true;
  }

  private readBoundaryEnd(): boolean {
    if (this.pending.length < 2) return false;
    const mark = this.pending.subarray(0, 2).toString("latin1");
    if (mark === "--") {
      this.state = "done";
      return false;
    }
    if (mark !== "\r\n") throw new MultipartFormatError("Malformed multipart boundary");
    this.pending = this.pending.subarray(2);
    this.state = "headers";
    return true;
  }

  private readHeaders(): boolean {
    const end = this.pending.indexOf(HEADER_END);
    if (end === -1) {
      if (this.pending.length > MAX_HEADER_BYTES)
        throw new MultipartFormatError("Multipart part headers too long");
      return false;
    }
    const headers = parseHeaderLines(this.pending.subarray(0, end).toString("utf8"));
    const disposition = parseDisposition(headers.get("content-disposition") ?? "");
    if (disposition.name === undefined)
      throw new MultipartFormatError("Multipart part without a name");
    this.current = {
      name: disposition.name,
      filename: disposition.filename,
      contentType: headers.get("content-type"),
      chunks: [],
    };
    this.pending = this.pending.subarray(end + HEADER_END.length);
    this.state = "body";
    return true;
  }

  private readBody(): boolean {
    const part = this.current as OpenPart;
    const at = this.pending.indexOf(this.delimiter);
    if (at === -1) {
      const safe = this.pending.length - this.delimiter.length + 1;
      if (safe > 0) {
        part.chunks.push(this.pending.subarray(0, safe));
        this.pending = this.pending.subarray(safe);
      }
      return false;
    }
    part.chunks.push(this.pending.subarray(0, at));
    this.parts.push({
      name: part.name,
      filename: part.filename,
      contentType: part.contentType,
      data: Buffer.concat(part.chunks),
    });
    this.current = undefined;
    this.pending = this.pending.subarray(at + this.delimiter.length);
    this.state = "after-boundary";
    return true;
  }
}

/** Reads the boundary of a multipart/form-data Content-Type header. */
export function readBoundary(contentType: string): string | undefined {
  const found = /;\s*boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  return found?.[1] ?? found?.[2];
}

function parseHeaderLines(block: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const line of block.split(CRLF.toString())) {
    const colon = line.indexOf(":");
    if (colon > 0)
      headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return headers;
}

function parseDisposition(header: string): { name?: string; filename?: string } {
  const params = new Map<string, string>();
  for (const match of header.matchAll(/;\s*([A-Za-z*]+)=("(?:[^"\\]|\\.)*"|[^;]*)/g)) {
    const raw = (match[2] ?? "").trim();
    const value = raw.startsWith('"') ? raw.slice(1, -1).replace(/\\(.)/g, "$1") : raw;
    params.set((match[1] ?? "").toLowerCase(), value);
  }
  const extended = params.get("filename*");
  const filename = extended === undefined ? params.get("filename") : decodeExtendedValue(extended);
  return { name: params.get("name"), filename };
}

function decodeExtendedValue(value: string): string {
  const encoded = value.replace(/^[^']*'[^']*'/, "");
  try {
    return decodeURIComponent(encoded);
  } catch {
    return encoded;
  }
}
