import { createHash } from "node:crypto";
import { readFileSync, statSync } from "node:fs";
import {
  bundleSplitDescription,
  DescriptionError,
  dereferenceLocal,
  parseDescriptionText,
} from "./bundle-refs.js";
import { isJsonObject, type JsonObject } from "./json-value.js";

/** Which dialect a loaded description is written in. */
export type DescriptionDialect = "swagger-2.0" | "openapi-3.0" | "openapi-3.1";

/** A description read from disk, with every reference inlined. */
export interface LoadedDescription {
  dialect: DescriptionDialect;
  document: JsonObject;
  /** sha256 of the file's bytes (for a split description, of its root file). */
  sha256: string;
  path: string;
}

/** Tells which dialect a parsed document declares, or throws when it is not a description. */
export function detectDialect(document: unknown, origin: string): DescriptionDialect {
  if (!isJsonObject(document) || !isJsonObject(document.paths)) {
    throw new DescriptionError(`${origin}: not an API description (no "paths" object)`);
  }
  if (document.swagger === "2.0") return "swagger-2.0";
  const version = document.openapi;
  if (typeof version === "string" && version.startsWith("3.0")) return "openapi-3.0";
  if (typeof version === "string" && version.startsWith("3.1")) return "openapi-3.1";
  throw new DescriptionError(
    `${origin}: unsupported version (expected swagger 2.0 or openapi 3.x)`,
  );
}

function hasFileReferences(text: string): boolean {
  return /\$ref["']?\s*:\s*["']?\.{0,2}\/?[\w-]+[\w./-]*\.(ya?ml|json)/.test(text);
}

/**
 * Reads a description from a JSON or YAML file: Swagger 2.0 (inlined or split over files) or
 * OpenAPI 3.0/3.1, and returns it with every reference inlined.
 */
export function loadDescription(path: string): LoadedDescription {
  let bytes: Buffer;
  try {
    if (!statSync(path).isFile()) throw new DescriptionError(`${path}: not a file`);
    bytes = readFileSync(path);
  } catch (error) {
    if (error instanceof DescriptionError) throw error;
    throw new DescriptionError(`${path}: cannot read (${(error as NodeJS.ErrnoException).code})`);
  }
  const text = bytes.toString("utf8");
  const parsed = hasFileReferences(text)
    ? bundleSplitDescription(path)
    : dereferenceLocal(parseDescriptionText(text, path), path);
  const dialect = detectDialect(parsed, path);
  return {
    dialect,
    document: parsed as JsonObject,
    sha256: createHash("sha256").update(bytes).digest("hex"),
    path,
  };
}
