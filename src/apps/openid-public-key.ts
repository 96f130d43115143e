import { decodeBase64 } from "../core/values/index.js";
import type { AppsHttpOptions } from "./app-http.js";
import { sendAppsRequest } from "./app-http.js";
import { IdTokenError } from "./apps-errors.js";
import { readDerChildren, readDerElement } from "./der-reader.js";
import { resolvePimUrl } from "./pim-url.js";

/** Where a PIM publishes the public key its OpenID `id_token`s are signed with. */
export const OPENID_PUBLIC_KEY_PATH = "/connect/apps/v1/openid/public-key";

const DER_SEQUENCE = 0x30;
const DER_VERSION_TAG = 0xa0;

/**
 * Fetches the PIM's current OpenID public key (a PEM certificate or public key).
 *
 * Akeneo renews this key pair from time to time: fetch it for each verification rather than
 * keeping it.
 *
 * @throws IdTokenError (`public-key`) when the PIM answers no key; InvalidArgumentError for a bad
 *   PIM URL; ConnectionError or AbortedError when no answer came.
 */
export async function fetchOpenIdPublicKey(
  pimUrl: string,
  options: AppsHttpOptions = {},
): Promise<string> {
  const url = `${resolvePimUrl(pimUrl, "pimUrl")}${OPENID_PUBLIC_KEY_PATH}`;
  const answer = await sendAppsRequest(
    url,
    { method: "GET", headers: { accept: "application/json" } },
    options,
  );
  const key =
    typeof answer.json === "object" && answer.json !== null
      ? (answer.json as { public_key?: unknown }).public_key
      : undefined;
  if (answer.status !== 200 || typeof key !== "string" || key === "") {
    throw new IdTokenError(
      "public-key",
      `${answer.status} GET ${OPENID_PUBLIC_KEY_PATH} answered no public_key`,
    );
  }
  return key;
}

/** Turns a PEM certificate or SubjectPublicKeyInfo into a Web Crypto RS256 verification key. */
export async function importOpenIdPublicKey(pem: string): Promise<CryptoKey> {
  const spki = readSubjectPublicKeyInfo(pem);
  if (spki === undefined) {
    throw new IdTokenError(
      "public-key",
      "the public key is neither a PEM certificate nor a PEM public key",
    );
  }
  try {
    return await globalThis.crypto.subtle.importKey(
      "spki",
      spki,
      { name: "RSASSA-PKCS1-v1_5", hash: "SHA-256" },
      false,
      ["verify"],
    );
  } catch (cause) {
    throw new IdTokenError("public-key", "the public key is not an RSA key", { cause });
  }
}

function readSubjectPublicKeyInfo(pem: string): Uint8Array<ArrayBuffer> | undefined {
  const block = /-----BEGIN (CERTIFICATE|PUBLIC KEY)-----([^-]+)-----END \1-----/.exec(pem);
  if (block === null) return undefined;
  const der = decodeBase64(block[2] ?? "");
  if (der === undefined) return undefined;
  return block[1] === "PUBLIC KEY" ? der : readCertificateKey(der);
}

// Certificate ::= SEQUENCE { tbsCertificate, … }; tbsCertificate ::= SEQUENCE { [0] version
// OPTIONAL, serialNumber, signature, issuer, validity, subject, subjectPublicKeyInfo, … } (RFC 5280).
function readCertificateKey(der: Uint8Array<ArrayBuffer>): Uint8Array<ArrayBuffer> | undefined {
  const certificate = readDerElement(der, 0);
  if (certificate?.tag !== DER_SEQUENCE) return undefined;
  const tbs = readDerChildren(der, certificate)?.[0];
  if (tbs?.tag !== DER_SEQUENCE) return undefined;
  const fields = readDerChildren(der, tbs);
  if (fields === undefined) return undefined;
  const afterVersion = fields[0]?.tag === DER_VERSION_TAG ? fields.slice(1) : fields;
  const spki = afterVersion[5];
  return spki?.tag === DER_SEQUENCE ? der.slice(spki.start, spki.end) : undefined;
}
