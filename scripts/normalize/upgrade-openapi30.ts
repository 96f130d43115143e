import { isJsonObject, type JsonObject, type JsonValue } from "./json-value.js";

/** Keys whose values are data (examples, defaults, enum members), never schemas to upgrade. */
const DATA_KEYS = new Set(["example", "examples", "default", "enum", "const", "x-example"]);

function upgradeNullable(node: JsonObject): void {
  if (node.nullable === true) {
    if (typeof node.type === "string") node.type = [node.type, "null"];
    else if (Array.isArray(node.type) && !node.type.includes("null")) {
      node.type = [...node.type, "null"];
    }
    if (Array.isArray(node.enum) && !node.enum.includes(null)) node.enum = [...node.enum, null];
  }
  if (typeof node.nullable === "boolean") delete node.nullable;
}

function upgradeExclusiveBound(node: JsonObject, exclusive: string, bound: string): void {
  const flag = node[exclusive];
  if (typeof flag !== "boolean") return;
  if (flag && typeof node[bound] === "number") {
    node[exclusive] = node[bound];
    delete node[bound];
  } else {
    delete node[exclusive];
  }
}

function upgradeNode(node: JsonValue): JsonValue {
  if (Array.isArray(node)) return node.map(upgradeNode);
  if (!isJsonObject(node)) return node;
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(node)) {
    out[key] = DATA_KEYS.has(key) ? value : upgradeNode(value);
  }
  upgradeNullable(out);
  upgradeExclusiveBound(out, "exclusiveMinimum", "minimum");
  upgradeExclusiveBound(out, "exclusiveMaximum", "maximum");
  return out;
}

/**
 * Moves an OpenAPI 3.0 document to 3.1: `nullable` becomes a `null` type (and a `null` enum
 * member), boolean `exclusiveMinimum`/`exclusiveMaximum` become the numeric bounds of 3.1.
 * Example data, defaults and enum members are copied untouched, never read as schemas. It also
 * serves 3.1 documents that carry 3.0 leftovers.
 */
export function upgradeOpenApi30(document: JsonObject): JsonObject {
  return { ...(upgradeNode(document) as JsonObject), openapi: "3.1.0" };
}
