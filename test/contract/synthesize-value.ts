import { dereference, type JsonSchema, type OpenApiDocument } from "./openapi-document.js";

// Deep enough for every resource schema; a recursive schema is cut off instead of looping.
const MAX_DEPTH = 12;
const SAMPLE_BYTES = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

const STRING_BY_FORMAT: Readonly<Record<string, string>> = {
  "date-time": "2024-05-17T08:30:00+00:00",
  date: "2024-05-17",
  uuid: "4f1d5b6e-2a7c-4d1e-9b3f-0c8a7e6d5f41",
  uri: "https://pim.example.com/sample",
  email: "sample@example.com",
};

function firstType(schema: JsonSchema): string | undefined {
  if (typeof schema.type === "string") return schema.type;
  return schema.type?.find((type) => type !== "null") ?? schema.type?.[0];
}

function synthesizeObject(document: OpenApiDocument, schema: JsonSchema, depth: number): object {
  const value: Record<string, unknown> = {};
  for (const name of schema.required ?? []) {
    const property = schema.properties?.[name];
    const resolved = property === undefined ? undefined : dereference(document, property);
    // The server sets read-only properties; a request that sends them is the wrong example.
    if (resolved?.readOnly === true) continue;
    value[name] = resolved === undefined ? "sample" : synthesize(document, resolved, depth + 1);
  }
  return value;
}

function synthesize(document: OpenApiDocument, input: JsonSchema, depth: number): unknown {
  const schema = dereference(document, input);
  if (depth > MAX_DEPTH) return null;
  if (schema.const !== undefined) return schema.const;
  if (schema.enum !== undefined && schema.enum.length > 0) return schema.enum[0];
  if (schema.default !== undefined) return schema.default;
  if (schema.allOf !== undefined) {
    return Object.assign(
      {},
      ...schema.allOf.map((part) => synthesize(document, part, depth + 1) as object),
    );
  }
  const alternative = schema.oneOf?.[0] ?? schema.anyOf?.[0];
  if (alternative !== undefined) return synthesize(document, alternative, depth + 1);
  switch (firstType(schema)) {
    case "string":
      if (schema.format === "binary") return new Blob([SAMPLE_BYTES], { type: "image/png" });
      return STRING_BY_FORMAT[schema.format ?? ""] ?? "sample";
    case "integer":
    case "number":
      return schema.minimum ?? 1;
    case "boolean":
      return true;
    case "null":
      return null;
    case "array":
      return schema.items === undefined ? [] : [synthesize(document, schema.items, depth + 1)];
    default:
      return synthesizeObject(document, schema, depth);
  }
}

/**
 * Builds the smallest value a schema accepts: required properties only, the first enum value,
 * the default when there is one, one item per array, and a small PNG `Blob` for binary strings.
 */
export function synthesizeValue(document: OpenApiDocument, schema: JsonSchema): unknown {
  return synthesize(document, schema, 0);
}
