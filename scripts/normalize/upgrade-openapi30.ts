import { isJsonObject, type JsonObject, type JsonValue } from "./json-value.js";

function upgradeNode(node: JsonValue): JsonValue {
  if (Array.isArray(node)) return node.map(upgradeNode);
  if (!isJsonObject(node)) return node;
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(node)) out[key] = upgradeNode(value);
  if (out.nullable === true && typeof out.type === "string") out.type = [out.type, "null"];
  if (typeof out.nullable === "boolean") delete out.nullable;
  return out;
}

/** Moves an OpenAPI 3.0 document to 3.1: `nullable` becomes a `null` type. */
export function upgradeOpenApi30(document: JsonObject): JsonObject {
  return { ...(upgradeNode(document) as JsonObject), openapi: "3.1.0" };
}
