import {
  ensureObject,
  isJsonObject,
  type JsonObject,
  type JsonValue,
  sortKeysDeep,
} from "../json-value.js";
import { listOperations } from "../operations.js";

/** Where a named schema is taken from: an operation's 200 answer, or the item of its array. */
export interface SchemaSource {
  operation: string;
  at: "response" | "response-array-item";
}

function successSchema(operation: JsonObject): JsonObject | undefined {
  const responses = isJsonObject(operation.responses) ? operation.responses : {};
  const ok = responses["200"] ?? responses["201"];
  const content = isJsonObject(ok) && isJsonObject(ok.content) ? ok.content : {};
  const media = content["application/json"];
  return isJsonObject(media) && isJsonObject(media.schema) ? media : undefined;
}

function findSource(document: JsonObject, source: SchemaSource): JsonValue | undefined {
  const entry = listOperations(document).find((e) => e.operation.operationId === source.operation);
  const media = entry === undefined ? undefined : successSchema(entry.operation);
  const schema = media?.schema;
  if (!isJsonObject(schema)) return undefined;
  if (source.at === "response") return schema;
  return schema.type === "array" ? schema.items : undefined;
}

function fingerprint(value: JsonValue): string {
  return JSON.stringify(sortKeysDeep(value));
}

function isSchemaLike(node: JsonObject): boolean {
  return "type" in node || "properties" in node || "allOf" in node;
}

function replaceCopies(node: JsonValue, byPrint: ReadonlyMap<string, string>): JsonValue {
  if (Array.isArray(node)) return node.map((item) => replaceCopies(item, byPrint));
  if (!isJsonObject(node)) return node;
  if (isSchemaLike(node)) {
    const name = byPrint.get(fingerprint(node));
    if (name !== undefined) return { $ref: `#/components/schemas/${name}` };
  }
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(node)) out[key] = replaceCopies(value, byPrint);
  return out;
}

/**
 * Gives the main resources named component schemas, taken from the places the naming map
 * gives, and replaces every identical copy in the document by a reference, so that users can
 * import `Product`, `Family`, … as types. A source the document does not have is reported,
 * not guessed.
 */
export function hoistNamedSchemas(
  document: JsonObject,
  sources: Readonly<Record<string, SchemaSource>>,
): { document: JsonObject; missing: string[] } {
  const schemas = ensureObject(ensureObject(document, "components"), "schemas");
  const byPrint = new Map<string, string>();
  const missing: string[] = [];
  for (const [name, source] of Object.entries(sources)) {
    const schema = findSource(document, source);
    if (schema === undefined) {
      missing.push(name);
      continue;
    }
    const print = fingerprint(schema);
    if (!byPrint.has(print)) byPrint.set(print, name);
    schemas[name] = schema;
  }
  const { components, ...rest } = document;
  const replaced = replaceCopies(rest, byPrint) as JsonObject;
  const ownNames = new Set(byPrint.values());
  const newSchemas: JsonObject = {};
  for (const [name, schema] of Object.entries(schemas)) {
    newSchemas[name] = ownNames.has(name) ? schema : replaceCopies(schema, byPrint);
  }
  const otherComponents = isJsonObject(components) ? components : {};
  return {
    document: { ...replaced, components: { ...otherComponents, schemas: newSchemas } },
    missing,
  };
}
