import { encodeBase64Url } from "../core/values/index.js";

const STATE_BYTES = 32;

/** Returns a fresh random `state` (256 bits, base64url) to send with an authorization request. */
export function createAppState(): string {
  return encodeBase64Url(globalThis.crypto.getRandomValues(new Uint8Array(STATE_BYTES)));
}

/**
 * Tells whether the `state` a callback carries is the one the App sent, in time that does not
 * depend on where the two first differ (no timing oracle for guessing a state byte by byte).
 */
export function isSameState(expected: string, received: unknown): boolean {
  if (typeof received !== "string" || expected === "") return false;
  const a = new TextEncoder().encode(expected);
  const b = new TextEncoder().encode(received);
  let difference = a.length ^ b.length;
  for (let i = 0; i < a.length; i += 1) difference |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return difference === 0;
}
