import { isJsonObject, type JsonObject } from "../normalize/json-value.js";
import { SOURCE_OPERATION_ID } from "../normalize/operation-names.js";
import { type Change, compareSchemas, type SharedSchemas } from "./compare-schemas.js";
import { type IndexedOperation, mediaTypesOf } from "./operation-index.js";

interface Documents {
  old: JsonObject;
  new: JsonObject;
  /** Where the named schemas met on both sides are collected, to be compared once. */
  shared?: SharedSchemas;
}

function parametersOf(operation: JsonObject): Map<string, JsonObject> {
  const out = new Map<string, JsonObject>();
  for (const parameter of Array.isArray(operation.parameters) ? operation.parameters : []) {
    if (isJsonObject(parameter)) out.set(`${parameter.in} parameter ${parameter.name}`, parameter);
  }
  return out;
}

function compareParameters(documents: Documents, before: JsonObject, after: JsonObject): Change[] {
  const changes: Change[] = [];
  const oldParameters = parametersOf(before);
  const newParameters = parametersOf(after);
  for (const name of oldParameters.keys()) {
    if (!newParameters.has(name)) changes.push({ breaking: true, message: `${name}: removed` });
  }
  for (const [name, parameter] of newParameters) {
    const old = oldParameters.get(name);
    const required = parameter.required === true;
    if (old === undefined) {
      changes.push({
        breaking: required,
        message: `${name}: new ${required ? "required" : "optional"} parameter`,
      });
      continue;
    }
    if (required && old.required !== true)
      changes.push({ breaking: true, message: `${name}: now required` });
    if (!required && old.required === true)
      changes.push({ breaking: false, message: `${name}: no longer required` });
    changes.push(
      ...compareSchemas("request", documents, old.schema, parameter.schema, name, documents.shared),
    );
  }
  return changes;
}

function compareContent(
  side: "request" | "answer",
  documents: Documents,
  oldContent: JsonObject,
  newContent: JsonObject,
  where: string,
): Change[] {
  const oldTypes = mediaTypesOf(oldContent);
  const newTypes = mediaTypesOf(newContent);
  const changes: Change[] = [];
  if (oldTypes.join() !== newTypes.join()) {
    const lost = oldTypes.filter((t) => !newTypes.includes(t));
    changes.push({
      breaking: side === "answer" || lost.length > 0,
      message: `${where}: media type ${oldTypes.join(", ") || "none"} → ${newTypes.join(", ") || "none"}`,
    });
  }
  for (const type of oldTypes.filter((t) => newTypes.includes(t))) {
    const oldMedia = oldContent[type];
    const newMedia = newContent[type];
    changes.push(
      ...compareSchemas(
        side,
        documents,
        isJsonObject(oldMedia) ? oldMedia.schema : undefined,
        isJsonObject(newMedia) ? newMedia.schema : undefined,
        `${where} (${type})`,
        documents.shared,
      ),
    );
  }
  return changes;
}

function compareRequestBodies(
  documents: Documents,
  before: JsonObject,
  after: JsonObject,
): Change[] {
  const oldBody = isJsonObject(before.requestBody) ? before.requestBody : undefined;
  const newBody = isJsonObject(after.requestBody) ? after.requestBody : undefined;
  if (oldBody === undefined && newBody === undefined) return [];
  if (oldBody === undefined || newBody === undefined) {
    const required = newBody?.required === true;
    return [
      newBody === undefined
        ? { breaking: true, message: "body: no longer taken" }
        : {
            breaking: required,
            message: `body: now taken (${required ? "required" : "optional"})`,
          },
    ];
  }
  const changes: Change[] = [];
  if (newBody.required === true && oldBody.required !== true) {
    changes.push({ breaking: true, message: "body: now required" });
  }
  const content = (body: JsonObject) => (isJsonObject(body.content) ? body.content : {});
  changes.push(...compareContent("request", documents, content(oldBody), content(newBody), "body"));
  return changes;
}

function successAnswers(operation: JsonObject): Map<string, JsonObject> {
  const responses = isJsonObject(operation.responses) ? operation.responses : {};
  const out = new Map<string, JsonObject>();
  for (const [status, response] of Object.entries(responses)) {
    if (/^2\d\d$/.test(status) && isJsonObject(response)) out.set(status, response);
  }
  return out;
}

function compareAnswers(documents: Documents, before: JsonObject, after: JsonObject): Change[] {
  const oldAnswers = successAnswers(before);
  const newAnswers = successAnswers(after);
  const changes: Change[] = [];
  const oldStatuses = [...oldAnswers.keys()].sort().join(", ");
  const newStatuses = [...newAnswers.keys()].sort().join(", ");
  if (oldStatuses !== newStatuses) {
    changes.push({ breaking: true, message: `success status ${oldStatuses} → ${newStatuses}` });
  }
  for (const [status, answer] of newAnswers) {
    const old = oldAnswers.get(status);
    if (old === undefined) continue;
    const content = (response: JsonObject) =>
      isJsonObject(response.content) ? response.content : {};
    changes.push(
      ...compareContent("answer", documents, content(old), content(answer), `answer ${status}`),
    );
  }
  return changes;
}

function compareFlags(before: JsonObject, after: JsonObject): Change[] {
  const changes: Change[] = [];
  if (after.deprecated === true && before.deprecated !== true) {
    changes.push({ breaking: false, message: "now deprecated" });
  }
  const id = (o: JsonObject) => (typeof o.operationId === "string" ? o.operationId : "");
  const sourceId = (o: JsonObject) => {
    const given = o[SOURCE_OPERATION_ID];
    return typeof given === "string" ? given : id(o);
  };
  if (id(before) !== id(after)) {
    changes.push({
      breaking: true,
      message: `operationId ${id(before)} → ${id(after)} (the generated types and names follow it)`,
    });
  } else if (sourceId(before) !== sourceId(after)) {
    changes.push({
      breaking: false,
      message:
        `operationId ${sourceId(before)} → ${sourceId(after)} in the description ` +
        `(openapi/naming.json keeps the SDK's name for ${id(after)})`,
    });
  }
  return changes;
}

/** Lists what changed between two versions of one operation, each read in its own document. */
export function compareOperation(
  documents: Documents,
  before: IndexedOperation,
  after: IndexedOperation,
): Change[] {
  const moved =
    before.key === after.key
      ? []
      : [{ breaking: true, message: `moved from ${before.key} to ${after.key}` }];
  return [
    ...moved,
    ...compareFlags(before.operation, after.operation),
    ...compareParameters(documents, before.operation, after.operation),
    ...compareRequestBodies(documents, before.operation, after.operation),
    ...compareAnswers(documents, before.operation, after.operation),
  ];
}
