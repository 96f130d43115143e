import { reasonPhrase } from "./http-status.js";
import { isJsonObject, type JsonObject, type JsonValue } from "./json-value.js";

const METHODS = ["get", "put", "post", "patch", "delete", "head", "options"] as const;
const PARAMETER_SCHEMA_KEYS = [
  "type",
  "format",
  "items",
  "enum",
  "default",
  "minimum",
  "maximum",
  "pattern",
  "minLength",
  "maxLength",
] as const;
const PASSED_OPERATION_KEYS = ["operationId", "tags", "summary", "description", "deprecated"];

function isMediaType(key: string): boolean {
  return /^[\w.+-]+\/[\w.+*-]+$/.test(key);
}

function convertParameter(parameter: JsonObject): JsonObject {
  const schema: JsonObject = {};
  for (const key of PARAMETER_SCHEMA_KEYS) {
    if (parameter[key] !== undefined) schema[key] = parameter[key] as JsonValue;
  }
  const out: JsonObject = { name: parameter.name ?? "", in: parameter.in ?? "query", schema };
  if (parameter.in === "path" || parameter.required === true) out.required = true;
  for (const [key, value] of Object.entries(parameter)) {
    if (key.startsWith("x-") || key === "description") out[key] = value;
  }
  return out;
}

/**
 * Moves Swagger 2.0 response examples under a media type.
 *
 * Akeneo writes the example body itself where Swagger expects a map keyed by media type, so
 * field names would be read as media types; a map whose keys all look like media types is kept.
 */
function convertExamples(examples: JsonValue | undefined, mediaType: string): JsonObject {
  if (examples === undefined) return {};
  if (isJsonObject(examples)) {
    const keys = Object.keys(examples);
    if (keys.length > 0 && keys.every(isMediaType)) {
      const own = examples[mediaType];
      return own === undefined ? {} : { example: own };
    }
    if (keys.length > 0 && keys.every((k) => k.startsWith("x-example"))) return {};
  }
  return { example: examples };
}

function convertResponse(response: JsonObject, status: string): JsonObject {
  const out: JsonObject = { description: reasonPhrase(status) };
  for (const [key, value] of Object.entries(response)) {
    if (key.startsWith("x-")) out[key] = value;
  }
  if (isJsonObject(response.headers)) {
    const headers: JsonObject = {};
    for (const [name, header] of Object.entries(response.headers)) {
      if (isJsonObject(header)) headers[name] = { schema: { type: header.type ?? "string" } };
    }
    out.headers = headers;
  }
  if (response.schema !== undefined) {
    const mediaType = "application/json";
    out.content = {
      [mediaType]: { schema: response.schema, ...convertExamples(response.examples, mediaType) },
    };
  }
  return out;
}

/**
 * Gathers Swagger 2.0 `formData` parameters into one form body: a multipart one when a file is
 * sent, else a url-encoded one. Each parameter becomes a property; `file` becomes binary.
 */
function convertFormData(formData: readonly JsonObject[]): JsonObject {
  const properties: JsonObject = {};
  const required: string[] = [];
  for (const parameter of formData) {
    const name = String(parameter.name ?? "");
    properties[name] =
      parameter.type === "file"
        ? { type: "string", format: "binary" }
        : (convertParameter(parameter).schema ?? {});
    if (parameter.required === true) required.push(name);
  }
  const hasFile = formData.some((p) => p.type === "file");
  const mediaType = hasFile ? "multipart/form-data" : "application/x-www-form-urlencoded";
  const schema: JsonObject = { type: "object", ...(required.length > 0 ? { required } : {}) };
  schema.properties = properties;
  return { required: required.length > 0, content: { [mediaType]: { schema } } };
}

function convertOperation(operation: JsonObject): JsonObject {
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(operation)) {
    if (PASSED_OPERATION_KEYS.includes(key) || key.startsWith("x-")) out[key] = value;
  }
  const parameters: JsonValue[] = [];
  const formData: JsonObject[] = [];
  for (const parameter of Array.isArray(operation.parameters) ? operation.parameters : []) {
    if (!isJsonObject(parameter)) continue;
    if (parameter.in === "body") {
      const mediaType =
        parameter["x-form-data"] === true ? "multipart/form-data" : "application/json";
      out.requestBody = {
        required: parameter.required === true,
        content: { [mediaType]: { schema: parameter.schema ?? { type: "object" } } },
      };
    } else if (parameter.in === "formData") {
      formData.push(parameter);
    } else {
      parameters.push(convertParameter(parameter));
    }
  }
  if (formData.length > 0) out.requestBody = convertFormData(formData);
  if (parameters.length > 0) out.parameters = parameters;
  const responses: JsonObject = {};
  for (const [status, response] of Object.entries(operation.responses ?? {})) {
    if (isJsonObject(response)) responses[status] = convertResponse(response, status);
  }
  out.responses = responses;
  return out;
}

/**
 * Converts a fully inlined Swagger 2.0 description into the shape of OpenAPI 3.1: parameters
 * get schemas, bodies become request bodies, response schemas move under a media type.
 * Repairs of Akeneo's particular habits come afterwards, each in its own step.
 */
export function convertSwagger2(document: JsonObject): JsonObject {
  const paths: JsonObject = {};
  for (const [path, item] of Object.entries(isJsonObject(document.paths) ? document.paths : {})) {
    if (!isJsonObject(item)) continue;
    const converted: JsonObject = {};
    for (const method of METHODS) {
      const operation = item[method];
      if (isJsonObject(operation)) converted[method] = convertOperation(operation);
    }
    paths[path] = converted;
  }
  const info = isJsonObject(document.info) ? document.info : {};
  return {
    openapi: "3.1.0",
    info: { title: info.title ?? "Akeneo PIM REST API", version: info.version ?? "1.0.0" },
    paths,
    components: {},
  };
}
