/** Placeholder written wherever a secret was removed. */
export const REDACTED = "[redacted]";

/**
 * Field, query-parameter and header names whose values are secrets (compared lower-case).
 *
 * These cover the OAuth token call (`password`, `refresh_token`, `access_token`), client secrets and
 * the headers that carry credentials.
 */
const SECRET_FIELD_NAMES: ReadonlySet<string> = new Set([
  "password",
  "refresh_token",
  "access_token",
  "client_secret",
  "secret",
  "token",
  "id_token",
  "authorization",
  "proxy-authorization",
  "cookie",
  "set-cookie",
  "x-api-key",
]);

/** Tells whether a field, query parameter or header with this name holds a secret. */
export function isSecretName(name: string): boolean {
  return SECRET_FIELD_NAMES.has(name.toLowerCase());
}
