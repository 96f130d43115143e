import { isJsonObject, type JsonObject, type JsonValue } from "../normalize/json-value.js";
import { resolveSchema } from "./operation-index.js";
import { enumOf, propertiesOf, requiredOf, typesOf } from "./schema-facts.js";

/** One difference found between two versions of an operation. */
export interface Change {
  /** True when code written against the old description may stop compiling or working. */
  breaking: boolean;
  message: string;
}

/**
 * Which side of the exchange a schema describes: a request narrows when it accepts less, an
 * answer breaks its readers when it may hold more (a new type) or less (a lost property).
 */
export type SchemaSide = "request" | "answer";

/** How deep nested schemas are compared; Akeneo's bodies are far shallower. */
const MAX_DEPTH = 12;

/**
 * The named schemas (`#/components/schemas/…`) met on the same reference in both documents, with
 * the sides they were met on: compared once each by the caller instead of under every operation.
 */
export type SharedSchemas = Map<string, Set<SchemaSide>>;

interface Walk {
  side: SchemaSide;
  shared: SharedSchemas | undefined;
  /** Where the compared schema sits (`body (application/json)`), printed before each path. */
  prefix: string;
  oldDocument: JsonObject;
  newDocument: JsonObject;
  changes: Change[];
}

function labelOf(walk: Walk, path: string): string {
  return path === "" ? walk.prefix : `${walk.prefix} ${path}`;
}

function listOf(values: Iterable<unknown>): string {
  return [...values].map((v) => (typeof v === "string" ? v : JSON.stringify(v))).join(", ");
}

function compareTypes(walk: Walk, before: JsonObject, after: JsonObject, where: string): void {
  const oldTypes = typesOf(before);
  const newTypes = typesOf(after);
  if (oldTypes === null && newTypes === null) return;
  const accepts = walk.side === "request";
  if (oldTypes === null || newTypes === null) {
    const narrowed = accepts ? oldTypes === null : newTypes === null;
    const types = listOf(oldTypes ?? newTypes ?? []);
    walk.changes.push({
      breaking: narrowed,
      message: narrowed
        ? `${where}: ${accepts ? "now accepts only" : "was always"} ${types}`
        : `${where}: ${accepts ? "no longer limited to" : "now typed as"} ${types}`,
    });
    return;
  }
  const lost = [...oldTypes].filter((t) => !newTypes.has(t));
  const gained = [...newTypes].filter((t) => !oldTypes.has(t));
  if (lost.length > 0) {
    walk.changes.push({
      breaking: accepts,
      message: `${where}: type ${listOf(oldTypes)} lost ${listOf(lost)}`,
    });
  }
  if (gained.length > 0) {
    walk.changes.push({
      breaking: !accepts,
      message: `${where}: type ${listOf(oldTypes)} gained ${listOf(gained)}`,
    });
  }
}

function compareEnums(walk: Walk, before: JsonObject, after: JsonObject, where: string): void {
  const oldValues = enumOf(before);
  const newValues = enumOf(after);
  if (oldValues === undefined && newValues === undefined) return;
  const accepts = walk.side === "request";
  if (oldValues === undefined || newValues === undefined) {
    const restricted = oldValues === undefined;
    walk.changes.push({
      breaking: accepts && restricted,
      message: restricted
        ? `${where}: now limited to ${listOf(newValues ?? [])}`
        : `${where}: no longer limited to a list of values`,
    });
    return;
  }
  const has = (list: readonly JsonValue[], v: JsonValue) =>
    list.some((w) => JSON.stringify(w) === JSON.stringify(v));
  const lost = oldValues.filter((v) => !has(newValues, v));
  const gained = newValues.filter((v) => !has(oldValues, v));
  if (lost.length > 0) {
    walk.changes.push({ breaking: accepts, message: `${where}: enum lost ${listOf(lost)}` });
  }
  if (gained.length > 0) {
    walk.changes.push({ breaking: false, message: `${where}: enum gained ${listOf(gained)}` });
  }
}

function compareProperties(
  walk: Walk,
  before: JsonObject,
  after: JsonObject,
  where: string,
): string[] {
  const oldProperties = propertiesOf(before);
  const newProperties = propertiesOf(after);
  const oldRequired = requiredOf(before);
  const newRequired = requiredOf(after);
  const push = (breaking: boolean, message: string) => walk.changes.push({ breaking, message });
  const at = (name: string) => labelOf(walk, where === "" ? name : `${where}.${name}`);
  for (const name of Object.keys(oldProperties)) {
    if (!(name in newProperties)) push(true, `${at(name)}: property removed`);
  }
  for (const name of Object.keys(newProperties)) {
    const isNew = !(name in oldProperties);
    const nowRequired = newRequired.has(name) && !oldRequired.has(name);
    const noLongerRequired = oldRequired.has(name) && !newRequired.has(name);
    if (walk.side === "request") {
      if (isNew)
        push(nowRequired, `${at(name)}: new ${nowRequired ? "required" : "optional"} property`);
      else if (nowRequired) push(true, `${at(name)}: now required`);
      else if (noLongerRequired) push(false, `${at(name)}: no longer required`);
    } else {
      if (isNew) push(false, `${at(name)}: new property`);
      else if (noLongerRequired) push(true, `${at(name)}: no longer always sent`);
      else if (nowRequired) push(false, `${at(name)}: now always sent`);
    }
  }
  return Object.keys(oldProperties).filter((name) => name in newProperties);
}

function compareNode(
  walk: Walk,
  oldSchema: JsonValue | undefined,
  newSchema: JsonValue | undefined,
  where: string,
  seen: { old: ReadonlySet<string>; new: ReadonlySet<string> },
  depth: number,
): void {
  if (depth > MAX_DEPTH) return;
  const sharedRef = sharedReference(oldSchema, newSchema);
  if (walk.shared !== undefined && sharedRef !== undefined) {
    const sides = walk.shared.get(sharedRef) ?? new Set<SchemaSide>();
    walk.shared.set(sharedRef, sides.add(walk.side));
    return;
  }
  const before = resolveSchema(walk.oldDocument, oldSchema, seen.old);
  const after = resolveSchema(walk.newDocument, newSchema, seen.new);
  if (before.schema === undefined || after.schema === undefined) return;
  const next = { old: before.seen, new: after.seen };
  const label = labelOf(walk, where);
  compareTypes(walk, before.schema, after.schema, label);
  compareEnums(walk, before.schema, after.schema, label);
  for (const name of compareProperties(walk, before.schema, after.schema, where)) {
    const child = where === "" ? name : `${where}.${name}`;
    const oldChild = propertiesOf(before.schema)[name];
    compareNode(walk, oldChild, propertiesOf(after.schema)[name], child, next, depth + 1);
  }
  for (const [key, suffix] of [
    ["items", "[]"],
    ["additionalProperties", "{}"],
  ] as const) {
    compareNode(walk, before.schema[key], after.schema[key], `${where}${suffix}`, next, depth + 1);
  }
}

function sharedReference(
  oldSchema: JsonValue | undefined,
  newSchema: JsonValue | undefined,
): string | undefined {
  const refOf = (schema: JsonValue | undefined) =>
    isJsonObject(schema) && typeof schema.$ref === "string" ? schema.$ref : undefined;
  const ref = refOf(oldSchema);
  return ref?.startsWith("#/components/schemas/") && ref === refOf(newSchema) ? ref : undefined;
}

/**
 * Compares two versions of a schema, each read in its own document, and lists what changed
 * under `where`; `side` decides which changes break the SDK's users. Given `shared`, a named
 * schema both versions point at is not walked but collected there, to be compared once.
 */
export function compareSchemas(
  side: SchemaSide,
  documents: { old: JsonObject; new: JsonObject },
  oldSchema: JsonValue | undefined,
  newSchema: JsonValue | undefined,
  where: string,
  shared?: SharedSchemas,
): Change[] {
  const walk: Walk = {
    side,
    shared,
    prefix: where,
    oldDocument: documents.old,
    newDocument: documents.new,
    changes: [],
  };
  compareNode(walk, oldSchema, newSchema, "", { old: new Set(), new: new Set() }, 0);
  return walk.changes;
}
