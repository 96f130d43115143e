// RFC 6750 tokens are visible ASCII; anything else (CR, LF, NUL, spaces, wide characters) cannot
// travel in an Authorization header and makes the HTTP engine throw an error quoting the header.
const TOKEN_TEXT = /^[\x21-\x7e]+$/;

/** Tells whether a string can be sent as a bearer or refresh token: visible ASCII only. */
export function isTokenText(value: unknown): value is string {
  return typeof value === "string" && TOKEN_TEXT.test(value);
}
