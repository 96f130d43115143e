import { type FakeRequest, readHeader, readMediaType } from "./fake-request.js";
import {
  MultipartFormatError,
  MultipartParser,
  type MultipartPart,
  readBoundary,
} from "./multipart-parser.js";

/** A multipart body split the way Symfony splits it: named fields and uploaded files. */
export interface MultipartForm {
  /** Parts sent without a filename. */
  readonly fields: ReadonlyMap<string, string>;
  /** Parts sent with a filename. */
  readonly files: ReadonlyMap<string, MultipartPart>;
}

/** Why a body could not be read as multipart/form-data. */
export interface MultipartFormProblem {
  readonly status: 400 | 415;
  readonly message: string;
}

const FEED_BYTES = 64 * 1024;

/** Reads a multipart/form-data request body into fields and files. */
export function readMultipartForm(request: FakeRequest): MultipartForm | MultipartFormProblem {
  const mediaType = readMediaType(request.headers);
  const boundary = readBoundary(readHeader(request.headers, "content-type"));
  if (mediaType !== "multipart/form-data" || boundary === undefined) {
    const message = `"${mediaType}" in "Content-type" header is not valid. Only "multipart/form-data" is allowed.`;
    return { status: 415, message };
  }
  const parser = new MultipartParser(boundary);
  try {
    for (let offset = 0; offset < request.body.length; offset += FEED_BYTES) {
      parser.push(request.body.subarray(offset, offset + FEED_BYTES));
    }
    const fields = new Map<string, string>();
    const files = new Map<string, MultipartPart>();
    for (const part of parser.finish()) {
      if (part.filename === undefined) fields.set(part.name, part.data.toString("utf8"));
      else files.set(part.name, part);
    }
    return { fields, files };
  } catch (error) {
    if (error instanceof MultipartFormatError) return { status: 400, message: error.message };
    throw error;
  }
}

/** Tells whether `readMultipartForm` refused the body. */
export function isMultipartFormProblem(
  value: MultipartForm | MultipartFormProblem,
): value is MultipartFormProblem {
  return "status" in value;
}
