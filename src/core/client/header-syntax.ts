// RFC 9110 token characters: what a header name may hold.
const HEADER_NAME = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
// RFC 9110 field-value characters: visible ASCII, space, tab and obs-text (0x80–0xFF). Node's
// HTTP engine refuses anything else (CR, LF, NUL, other controls, characters above U+00FF).
const HEADER_VALUE = /^[\t\x20-\x7e\x80-\xff]*$/;

/** Tells whether a string can be sent as a header name. */
export function isHeaderName(name: string): boolean {
  return HEADER_NAME.test(name);
}

/** Tells whether a string can be sent as a header value as is (no CR, LF, NUL, control or wide character). */
export function isHeaderValue(value: string): boolean {
  return HEADER_VALUE.test(value);
}

/** Tells whether a string holds a C0 control character (CR, LF, tab, NUL…) or DEL. */
export function hasControlCharacter(text: string): boolean {
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}
