import { generateKeyPairSync, type KeyObject, sign } from "node:crypto";

/** The emulator's OpenID key pair: signs `id_token`s and publishes its certificate. */
export interface OpenIdSigner {
  /** The self-signed certificate (PEM) that `GET /connect/apps/v1/openid/public-key` answers. */
  readonly certificatePem: string;
  /** Signs a JWT payload with RS256. */
  signJwt(payload: Record<string, unknown>): string;
}

// Akeneo publishes a self-signed X.509 certificate, not a bare public key; the emulator builds
// one by hand (node:crypto signs but does not create certificates).
const SHA256_WITH_RSA = der(0x30, der(0x06, hex("2a864886f70d01010b")), der(0x05));
const COMMON_NAME_OID = der(0x06, hex("550403"));

/** Creates a fresh 2048-bit RSA key pair and its self-signed certificate. */
export function createOpenIdSigner(): OpenIdSigner {
  const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const certificatePem = createCertificatePem(privateKey, publicKey);
  return {
    certificatePem,
    signJwt(payload) {
      const header = encodeJsonPart({ typ: "JWT", alg: "RS256" });
      const body = encodeJsonPart(payload);
      const signature = sign("sha256", Buffer.from(`${header}.${body}`), privateKey);
      return `${header}.${body}.${signature.toString("base64url")}`;
    },
  };
}

function createCertificatePem(privateKey: KeyObject, publicKey: KeyObject): string {
  const name = der(0x30, der(0x31, der(0x30, COMMON_NAME_OID, der(0x0c, utf8("Fake PIM")))));
  const validity = der(0x30, der(0x17, utf8("200101000000Z")), der(0x17, utf8("491231235959Z")));
  const spki = publicKey.export({ type: "spki", format: "der" });
  const tbs = der(
    0x30,
    der(0xa0, der(0x02, hex("02"))),
    der(0x02, hex("01")),
    SHA256_WITH_RSA,
    name,
    validity,
    name,
    spki,
  );
  const signature = sign("sha256", tbs, privateKey);
  const certificate = der(0x30, tbs, SHA256_WITH_RSA, der(0x03, Buffer.from([0]), signature));
  const lines = certificate.toString("base64").match(/.{1,64}/g) ?? [];
  return `-----BEGIN CERTIFICATE-----\n${lines.join("\n")}\n-----END CERTIFICATE-----\n`;
}

function der(tag: number, ...content: Buffer[]): Buffer {
  const body = Buffer.concat(content);
  return Buffer.concat([Buffer.from([tag]), encodeLength(body.length), body]);
}

function encodeLength(length: number): Buffer {
  if (length < 0x80) return Buffer.from([length]);
  const bytes: number[] = [];
  for (let rest = length; rest > 0; rest = Math.floor(rest / 256)) bytes.unshift(rest % 256);
  return Buffer.from([0x80 + bytes.length, ...bytes]);
}

function encodeJsonPart(value: Record<string, unknown>): string {
  return Buffer.from(JSON.stringify(value)).toString("base64url");
}

function hex(text: string): Buffer {
  return Buffer.from(text, "hex");
}

function utf8(text: string): Buffer {
  return Buffer.from(text, "utf8");
}
