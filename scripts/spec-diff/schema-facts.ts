import { isJsonObject, type JsonObject, type JsonValue } from "../normalize/json-value.js";

/** Every JSON type a schema can take; `null` for a schema that accepts anything. */
export function typesOf(schema: JsonObject): Set<string> | null {
  const union = [
    ...(Array.isArray(schema.anyOf) ? schema.anyOf : []),
    ...(Array.isArray(schema.oneOf) ? schema.oneOf : []),
  ];
  if (union.length > 0) {
    const types = new Set<string>();
    for (const member of union) {
      const inner = isJsonObject(member) ? typesOfMember(member) : null;
      if (inner === null) return null;
      for (const t of inner) types.add(t);
    }
    return types;
  }
  return typesOfMember(schema);
}

function typesOfMember(schema: JsonObject): Set<string> | null {
  if (typeof schema.$ref === "string") return new Set([`ref:${schema.$ref}`]);
  if ("const" in schema) return new Set([`const:${JSON.stringify(schema.const)}`]);
  const type = schema.type;
  if (typeof type === "string") return withInteger(new Set([type]));
  if (Array.isArray(type)) return withInteger(new Set(type.map(String)));
  if (isJsonObject(schema.properties) || "additionalProperties" in schema)
    return new Set(["object"]);
  return null;
}

// An integer is a number: a type that went from integer to number did not narrow.
function withInteger(types: Set<string>): Set<string> {
  if (types.has("number")) types.add("integer");
  return types;
}

/** The allowed values of a schema, or undefined when any value of its type is allowed. */
export function enumOf(schema: JsonObject): JsonValue[] | undefined {
  return Array.isArray(schema.enum) ? schema.enum : undefined;
}

/** The properties of an object schema, including those of its `allOf` parts. */
export function propertiesOf(schema: JsonObject): JsonObject {
  const out: JsonObject = {};
  for (const part of Array.isArray(schema.allOf) ? schema.allOf : []) {
    if (isJsonObject(part)) Object.assign(out, propertiesOf(part));
  }
  if (isJsonObject(schema.properties)) Object.assign(out, schema.properties);
  return out;
}

/** The required property names of an object schema, including those of its `allOf` parts. */
export function requiredOf(schema: JsonObject): Set<string> {
  const out = new Set<string>();
  for (const part of Array.isArray(schema.allOf) ? schema.allOf : []) {
    if (isJsonObject(part)) for (const name of requiredOf(part)) out.add(name);
  }
  for (const name of Array.isArray(schema.required) ? schema.required : []) out.add(String(name));
  return out;
}
