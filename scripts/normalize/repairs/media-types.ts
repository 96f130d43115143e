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

/** Tells whether an operation is one of Akeneo's NDJSON bulk upserts. */
export function isNdjsonBulk({ method, operation }: OperationEntry): boolean {
  return method === "patch" && Boolean(operation["x-body-by-line"]);
}

function repairNdjsonBulk(operation: JsonObject): void {
  const item = requestSchema(operation) ?? { type: "object" };
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

function repairMultipart(operation: JsonObject): void {
  const schema = requestSchema(operation);
  if (!isJsonObject(schema)) return;
  const properties = isJsonObject(schema.properties) ? schema.properties : {};
  for (const [name, property] of Object.entries(properties)) {
    if (isJsonObject(property) && property.format === "binary") {
      properties[name] = { type: "string", format: "binary" };
    }
  }
  schema.type = "object";
  operation.requestBody = { required: true, content: { "multipart/form-data": { schema } } };
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
 * Akeneo uses for them (`x-body-by-line`, `x-form-data`, `x-content-type`) are consumed here.
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
    if (operation["x-content-type"] !== undefined) repairDownload(operation);
    delete operation["x-body-by-line"];
    delete operation["x-content-type"];
  });
  return document;
}
