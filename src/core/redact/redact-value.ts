import { redactText } from "./redact-text.js";
import { isSecretName, REDACTED } from "./secret-names.js";

const MAX_DEPTH = 20;

/**
 * Returns a deep copy of a parsed body with every secret field replaced by a placeholder.
 *
 * Strings are scanned too, so a secret embedded in a message (a Bearer header echoed by a proxy)
 * does not survive. The input is never modified.
 */
export function redactValue(value: unknown, depth = 0): unknown {
  if (typeof value === "string") return redactText(value);
  if (value === null || typeof value !== "object") return value;
  if (depth >= MAX_DEPTH) return REDACTED;
  if (Array.isArray(value)) return value.map((item) => redactValue(item, depth + 1));
  const copy: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    copy[key] = isSecretName(key) ? REDACTED : redactValue(inner, depth + 1);
  }
  return copy;
}
