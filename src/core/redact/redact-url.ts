import { redactText } from "./redact-text.js";
import { isSecretName, REDACTED } from "./secret-names.js";

/**
 * Returns the URL without user info and with secret query parameters replaced by a placeholder.
 *
 * A string that is not an absolute URL is scanned as free text instead.
 */
export function redactUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return redactText(url);
  }
  parsed.username = "";
  parsed.password = "";
  for (const name of [...parsed.searchParams.keys()]) {
    if (isSecretName(name)) parsed.searchParams.set(name, REDACTED);
  }
  return parsed.toString();
}

/** Returns the path and query of a URL (secrets removed), as shown in error messages and logs. */
export function describeUrlPath(url: string): string {
  try {
    const parsed = new URL(redactUrl(url));
    return `${parsed.pathname}${parsed.search}`;
  } catch {
    return redactText(url);
  }
}
