import { REDACTED } from "./secret-names.js";

const SECRET_KEYS = "password|refresh_token|access_token|client_secret|secret|token|id_token";
const JSON_SECRET = /* @__PURE__ */ new RegExp(
  `("(?:${SECRET_KEYS})"\\s*:\\s*)"(?:[^"\\\\]|\\\\.)*"`,
  "gi",
);
const FORM_SECRET = /* @__PURE__ */ new RegExp(`(^|[&?\\s])((?:${SECRET_KEYS})=)[^&\\s]*`, "gi");
const AUTH_SCHEME = /\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]+/gi;

/** A last pass over text, such as a client's redaction of the secrets it knows by value. */
export type TextRedactor = (text: string) => string;

/**
 * Removes secrets from free text: JSON or form-encoded secret fields and Bearer/Basic credentials,
 * then whatever `byValue` removes (the client's own secrets, wherever they appear).
 *
 * Used for bodies that could not be parsed and for any string headed for a log line or an error.
 */
export function redactText(text: string, byValue?: TextRedactor): string {
  const scrubbed = text
    .replace(JSON_SECRET, `$1"${REDACTED}"`)
    .replace(FORM_SECRET, `$1$2${REDACTED}`)
    .replace(AUTH_SCHEME, `$1 ${REDACTED}`);
  return byValue === undefined ? scrubbed : byValue(scrubbed);
}
