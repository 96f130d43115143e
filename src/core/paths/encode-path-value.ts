import { InvalidArgumentError } from "../errors/index.js";

const ENCODED_DOT = /%2e/gi;
// Most codes: nothing in them to refuse or to encode.
const PLAIN_CODE = /^[A-Za-z0-9_-]+$/;

// C0 controls and DEL: never part of a legitimate code, and a way to confuse servers and logs.
function hasControlCharacter(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}

function isDotSegment(segment: string): boolean {
  const decoded = segment.replace(ENCODED_DOT, ".");
  return decoded === "." || decoded === "..";
}

function describeValue(value: unknown): string {
  return typeof value === "string" ? JSON.stringify(value) : typeof value;
}

/**
 * Percent-encodes one path parameter value, keeping `/` literal (media codes and some
 * identifiers contain it and Akeneo's routes expect it unencoded).
 *
 * Refuses, with `InvalidArgumentError`, any value that could change which endpoint is called: an
 * empty value or segment, a `.` or `..` segment (also written `%2e`), a control character, or
 * something other than a string or finite number.
 *
 * @throws {InvalidArgumentError} when the value is unsafe as a path parameter.
 */
export function encodePathValue(name: string, value: unknown): string {
  const text = typeof value === "number" && Number.isFinite(value) ? String(value) : value;
  if (typeof text !== "string") {
    throw new InvalidArgumentError(
      `Path parameter "${name}" must be a string or a number, got ${describeValue(value)}`,
    );
  }
  if (PLAIN_CODE.test(text)) return text;
  if (hasControlCharacter(text)) {
    throw new InvalidArgumentError(`Path parameter "${name}" contains a control character`);
  }
  const segments = text.split("/");
  for (const segment of segments) {
    if (segment === "") {
      throw new InvalidArgumentError(
        `Path parameter "${name}" has an empty segment: ${describeValue(text)}`,
      );
    }
    if (isDotSegment(segment)) {
      throw new InvalidArgumentError(
        `Path parameter "${name}" has a "." or ".." segment: ${describeValue(text)}`,
      );
    }
  }
  try {
    return segments.map((segment) => encodeURIComponent(segment)).join("/");
  } catch (cause) {
    throw new InvalidArgumentError(`Path parameter "${name}" is not valid Unicode`, { cause });
  }
}
