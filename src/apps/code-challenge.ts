import { InvalidArgumentError } from "../core/errors/index.js";

const CODE_IDENTIFIER_BYTES = 30;

/** Returns a fresh random `code_identifier` (30 bytes as hex) for one token exchange. */
export function createCodeIdentifier(): string {
  return toHex(globalThis.crypto.getRandomValues(new Uint8Array(CODE_IDENTIFIER_BYTES)));
}

/**
 * Computes the `code_challenge` Akeneo expects: the hex SHA-256 of the code identifier followed by
 * the client secret, so that the secret itself never travels.
 */
export async function createCodeChallenge(
  codeIdentifier: string,
  clientSecret: string,
): Promise<string> {
  if (typeof codeIdentifier !== "string" || codeIdentifier === "") {
    throw new InvalidArgumentError("codeIdentifier must be a non-empty string");
  }
  if (typeof clientSecret !== "string" || clientSecret === "") {
    throw new InvalidArgumentError("clientSecret must be a non-empty string");
  }
  const input = new TextEncoder().encode(codeIdentifier + clientSecret);
  return toHex(new Uint8Array(await globalThis.crypto.subtle.digest("SHA-256", input)));
}

function toHex(bytes: Uint8Array): string {
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");
}
