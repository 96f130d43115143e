// `filename*=charset'lang'percent-encoded` (RFC 6266 / 8187) wins over `filename=`.
const EXTENDED_NAME = /(?:^|;)\s*filename\*\s*=\s*([^']*)'[^']*'([^;]*)/i;
const QUOTED_NAME = /(?:^|;)\s*filename\s*=\s*"((?:[^"\\]|\\.)*)"/i;
const TOKEN_NAME = /(?:^|;)\s*filename\s*=\s*([^";\s][^;]*)/i;

/**
 * Returns the file name announced by a `Content-Disposition` header, reduced to its last path
 * segment so that it can never point outside a chosen folder.
 *
 * Returns `undefined` when the header is absent or names no usable file.
 */
export function readContentDispositionFileName(
  header: string | null | undefined,
): string | undefined {
  if (!header) return undefined;
  return toSafeName(readExtendedName(header) ?? readPlainName(header));
}

function readExtendedName(header: string): string | undefined {
  const match = EXTENDED_NAME.exec(header);
  if (!match) return undefined;
  const [, charset = "", encoded = ""] = match;
  try {
    if (charset.toLowerCase() === "utf-8") return decodeURIComponent(encoded.trim());
    // ISO-8859-1 is the only other charset RFC 8187 requires: one byte per character.
    return encoded
      .trim()
      .replace(/%([0-9a-f]{2})/gi, (_, hex: string) =>
        String.fromCharCode(Number.parseInt(hex, 16)),
      );
  } catch {
    return undefined;
  }
}

function readPlainName(header: string): string | undefined {
  const quoted = QUOTED_NAME.exec(header);
  if (quoted) return quoted[1]?.replace(/\\(.)/g, "$1");
  return TOKEN_NAME.exec(header)?.[1]?.trim();
}

function toSafeName(name: string | undefined): string | undefined {
  const last = name?.split(/[/\\]/).pop()?.trim();
  return last && last !== "." && last !== ".." ? last : undefined;
}
