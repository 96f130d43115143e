import { isSecretName, REDACTED } from "./secret-names.js";

/**
 * Copies headers into a plain object with credential-bearing headers replaced by a placeholder.
 *
 * Names are lower-case, as `Headers` iterates them.
 */
export function redactHeaders(headers: Headers): Readonly<Record<string, string>> {
  const copy: Record<string, string> = {};
  headers.forEach((value, name) => {
    copy[name] = isSecretName(name) ? REDACTED : value;
  });
  return Object.freeze(copy);
}
