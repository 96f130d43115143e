import { ensureObject, isJsonObject, type JsonObject, type JsonValue } from "../json-value.js";
import { forEachOperation, type OperationEntry } from "../operations.js";
import { TOKEN_PATH } from "./security.js";

/** Akeneo's media type for bulk bodies: one compact JSON object per line. */
export const COLLECTION_MEDIA_TYPE = "application/vnd.akeneo.collection+json";
/** Downloads answer with the file's own media type, whatever it is. */
const ANY_MEDIA_TYPE = "*/*";

function requestSchema(operation: JsonObject): JsonValue | undefined {
  const content = isJsonObject(operation.requestBody) ? operation.requestBody.content : undefined;
  if (!isJsonObject(content)) return undefined;
  const first = Object.values(content)[0];
  return isJsonObject(first) ? first.schema : undefined;
}

function requestContent(operation: JsonObject): JsonObject {
  const content = isJsonObject(operation.requestBody) ? operation.requestBody.content : undefined;
  return isJsonObject(content) ? content : {};
}

/** Tells whether an operation is one of Akeneo's NDJSON bulk upserts. */
export function isNdjsonBulk({ method, operation }: OperationEntry): boolean {
  return (
    method === "patch" &&
    (Boolean(operation["x-body-by-line"]) || COLLECTION_MEDIA_TYPE in requestContent(operation))
  );
}

/**
 * The schema of one line of an NDJSON body. OpenAPI 3.1 descriptions type the body as one string
 * and give the line's schema in `x-body-by-line-schema` (on the media type, or the body);
 * Swagger 2.0 ones type the body as one line.
 */
function lineSchema(operation: JsonObject): JsonValue {
  const body = isJsonObject(operation.requestBody) ? operation.requestBody : {};
  const media = Object.values(requestContent(operation)).find(isJsonObject);
  const declared = media?.["x-body-by-line-schema"] ?? body["x-body-by-line-schema"];
  if (declared !== undefined) return declared;
  const schema = requestSchema(operation);
  return isJsonObject(schema) && schema.type !== "string" ? schema : { type: "object" };
}

function repairNdjsonBulk(operation: JsonObject): void {
  const item = lineSchema(operation);
  operation.requestBody = {
    required: true,
    content: { [COLLECTION_MEDIA_TYPE]: { schema: { type: "array", items: item } } },
  };
  const responses = isJsonObject(operation.responses) ? operation.responses : {};
  responses["200"] = {
    description: "OK",
    content: {
      [COLLECTION_MEDIA_TYPE]: { schema: { $ref: "#/components/schemas/BulkLineResult" } },
    },
  };
}

/**
 * Merges a `oneOf`/`anyOf` between forms (Akeneo's SaaS description offers the `product` form
 * or the `product_model` one) into one form holding every field, each required only when every
 * alternative requires it: the type the Swagger 2.0 description gives, which the server accepts.
 */
function mergeFormAlternatives(schema: JsonObject): JsonObject {
  const alternatives = [schema.oneOf, schema.anyOf].find(Array.isArray)?.filter(isJsonObject);
  if (alternatives === undefined || alternatives.length === 0) return schema;
  const { oneOf: _oneOf, anyOf: _anyOf, ...rest } = schema;
  const properties: JsonObject = isJsonObject(rest.properties) ? { ...rest.properties } : {};
  const requiredSets = alternatives.map((alternative) => {
    Object.assign(properties, isJsonObject(alternative.properties) ? alternative.properties : {});
    return Array.isArray(alternative.required) ? alternative.required.map(String) : [];
  });
  const [first = [], ...others] = requiredSets;
  const required = first.filter((name) => others.every((set) => set.includes(name)));
  return { ...rest, properties, ...(required.length > 0 ? { required } : {}) };
}

function repairMultipart(operation: JsonObject): void {
  const given = requestSchema(operation);
  if (!isJsonObject(given)) return;
  const schema = mergeFormAlternatives(given);
  const properties = isJsonObject(schema.properties) ? schema.properties : {};
  for (const [name, property] of Object.entries(properties)) {
    if (isJsonObject(property) && property.format === "binary") {
      properties[name] = { type: "string", format: "binary" };
    }
  }
  schema.type = "object";
  operation.requestBody = { required: true, content: { "multipart/form-data": { schema } } };
}

function isBinarySchema(schema: JsonValue | undefined): boolean {
  return (
    schema === undefined ||
    (isJsonObject(schema) && schema.type === "string" && schema.format === "binary")
  );
}

/**
 * Tells whether an operation answers a file: Swagger 2.0 descriptions mark it `x-content-type`,
 * OpenAPI 3.1 ones list the file types (`image/png`, …) with binary schemas.
 */
function answersFile(operation: JsonObject): boolean {
  if (operation["x-content-type"] !== undefined) return true;
  const responses = isJsonObject(operation.responses) ? operation.responses : {};
  const ok = responses["200"];
  const content = isJsonObject(ok) && isJsonObject(ok.content) ? ok.content : {};
  const entries = Object.entries(content);
  return (
    entries.length > 0 &&
    entries.every(
      ([type, media]) =>
        !/[/+]json$/.test(type) && isJsonObject(media) && isBinarySchema(media.schema),
    )
  );
}

function repairDownload(operation: JsonObject): void {
  const responses = isJsonObject(operation.responses) ? operation.responses : {};
  const ok = isJsonObject(responses["200"]) ? responses["200"] : { description: "OK" };
  ok.content = { [ANY_MEDIA_TYPE]: { schema: { type: "string", format: "binary" } } };
  delete ok["x-content-type"];
  responses["200"] = ok;
}

const BULK_SCHEMAS: JsonObject = {
  ValidationErrorDetail: {
    type: "object",
    required: ["message"],
    properties: {
      property: { type: "string" },
      message: { type: "string" },
      attribute: { type: "string" },
      locale: { type: ["string", "null"] },
      scope: { type: ["string", "null"] },
    },
    additionalProperties: true,
  },
  BulkLineResult: {
    type: "object",
    required: ["line", "status_code"],
    properties: {
      line: { type: "integer" },
      identifier: { type: "string" },
      uuid: { type: "string" },
      code: { type: "string" },
      status_code: { type: "integer" },
      message: { type: "string" },
      errors: { type: "array", items: { $ref: "#/components/schemas/ValidationErrorDetail" } },
    },
  },
};

/**
 * Gives bodies and answers the media types Akeneo really speaks: NDJSON collections for bulk
 * upserts, multipart forms with a binary file for uploads, raw bytes for downloads. The marks
 * Akeneo uses for them (`x-body-by-line`, `x-form-data`, `x-content-type`) are consumed here, as
 * are their OpenAPI 3.1 forms: a string body with `x-body-by-line-schema`, a `oneOf` between
 * forms, file types listed one by one.
 */
export function repairMediaTypes(document: JsonObject): JsonObject {
  Object.assign(
    ensureObject(ensureObject(document, "components"), "schemas"),
    structuredClone(BULK_SCHEMAS),
  );
  forEachOperation(document, (entry) => {
    const { path, operation } = entry;
    const requestBody = isJsonObject(operation.requestBody) ? operation.requestBody : undefined;
    const isForm =
      requestBody !== undefined && isJsonObject(requestBody.content)
        ? "multipart/form-data" in requestBody.content
        : false;
    if (isNdjsonBulk(entry)) repairNdjsonBulk(operation);
    else if (isForm && path !== TOKEN_PATH) repairMultipart(operation);
    if (answersFile(operation)) repairDownload(operation);
    delete operation["x-body-by-line"];
    delete operation["x-content-type"];
  });
  return document;
}
