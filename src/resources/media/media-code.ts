import { AkeneoError } from "../../core/errors/index.js";

/** Thrown when a successful upload answer names no media code. */
export class MissingMediaCodeError extends AkeneoError {
  override name = "MissingMediaCodeError";
}

// Asset and reference-entity uploads name the code in a header of their own.
const CODE_HEADERS = ["asset-media-file-code", "reference-entities-media-file-code"] as const;

// `Location` ends with `/media-files/<code>` or `/category-media-files/<code>`; codes hold slashes.
const LOCATION_CODE = /\/(?:category-)?media-files\/(.+)$/;

/**
 * Returns the code of a newly uploaded media file from the answer's headers.
 *
 * Reads `Asset-media-file-code` or `Reference-entities-media-file-code` when present (any letter
 * case), else the end of `Location` after `/media-files/` (percent-decoding each segment, keeping
 * the slashes of the code).
 *
 * @throws MissingMediaCodeError when no header names a code.
 */
export function readMediaCode(headers: Headers | Readonly<Record<string, string>>): string {
  const read = headerReader(headers);
  for (const name of CODE_HEADERS) {
    const code = read(name)?.trim();
    if (code) return code;
  }
  const location = read("location");
  const code = location === undefined ? undefined : codeFromLocation(location);
  if (code === undefined) {
    throw new MissingMediaCodeError(
      "The upload answer names no media code (no Location or media-file-code header)",
    );
  }
  return code;
}

function codeFromLocation(location: string): string | undefined {
  let path: string;
  try {
    path = new URL(location, "http://location.invalid").pathname;
  } catch {
    return undefined;
  }
  const encoded = LOCATION_CODE.exec(path)?.[1];
  if (encoded === undefined) return undefined;
  try {
    return encoded.split("/").map(decodeURIComponent).join("/");
  } catch {
    return encoded;
  }
}

function headerReader(
  headers: Headers | Readonly<Record<string, string>>,
): (name: string) => string | undefined {
  if (headers instanceof Headers) return (name) => headers.get(name) ?? undefined;
  const lowered = new Map(
    Object.entries(headers).map(([key, value]) => [key.toLowerCase(), value]),
  );
  return (name) => lowered.get(name);
}
