import { redactText, type TextRedactor } from "./redact-text.js";
import { isSecretName, REDACTED } from "./secret-names.js";

const MAX_DEPTH = 20;

/**
 * Returns a deep copy of a parsed body with every secret field replaced by a placeholder.
 *
 * Strings are scanned too, so a secret embedded in a message (a Bearer header echoed by a proxy)
 * does not survive; `byValue` removes the client's own secrets wherever they appear. The input is
 * never modified.
 */
export function redactValue(value: unknown, byValue?: TextRedactor): unknown {
  return redactNested(value, byValue, 0);
}

function redactNested(value: unknown, byValue: TextRedactor | undefined, depth: number): unknown {
  if (typeof value === "string") return redactText(value, byValue);
  if (value === null || typeof value !== "object") return value;
  if (depth >= MAX_DEPTH) return REDACTED;
  if (Array.isArray(value)) return value.map((item) => redactNested(item, byValue, depth + 1));
  const copy: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    copy[key] = isSecretName(key) ? REDACTED : redactNested(inner, byValue, depth + 1);
  }
  return copy;
}
