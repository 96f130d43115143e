import { convertSwagger2 } from "../../../scripts/normalize/convert-swagger2.js";
import {
  isDeepEqual,
  isJsonObject,
  type JsonObject,
  type JsonValue,
  visitObjects,
} from "../../../scripts/normalize/json-value.js";
import { listOperations } from "../../../scripts/normalize/operations.js";
import { COLLECTION_MEDIA_TYPE } from "../../../scripts/normalize/repairs/media-types.js";
import { TOKEN_PATH } from "../../../scripts/normalize/repairs/security.js";

// Builds, at test time and never committed, an OpenAPI 3.1 rendition of one of Akeneo's Swagger
// 2.0 descriptions in the shape issue 10 lists for Akeneo's own OpenAPI 3.1 file: security
// schemes, type arrays, key patterns, NDJSON bodies as strings with x-body-by-line-schema,
// file types, renamed operationIds and $refs into components.

const LABEL_PATTERN = "^[a-zA-Z]{2,}_[a-zA-Z0-9_]{2,}$";
const WORD_PATTERN = "^\\w+$";
const DATA_KEYS = new Set(["example", "examples", "x-example"]);

function isInsideData(path: readonly (string | number)[]): boolean {
  return path.some((key) => typeof key === "string" && DATA_KEYS.has(key));
}

function withNull(schema: JsonObject, leftover: boolean): void {
  if (leftover) schema.nullable = true;
  else if (typeof schema.type === "string") schema.type = ["null", schema.type];
  delete schema["x-nullable"];
}

/** Rewrites one placeholder map (`{ properties: { localeCode: … } }`) the 3.1 way. */
function renderMap(schema: JsonObject): void {
  const properties = schema.properties;
  if (!isJsonObject(properties)) return;
  const keys = Object.keys(properties);
  const value = properties[keys[0] ?? ""];
  if (keys.length !== 1 || value === undefined) return;
  const key = keys[0] ?? "";
  if (key === "localeCode") {
    schema.patternProperties = { [LABEL_PATTERN]: value };
  } else if (key === "attributeCode") {
    schema.patternProperties = { [WORD_PATTERN]: value };
  } else if (key === "associationTypeCode" || key === "quantifiedAssociationTypeCode") {
    schema.patternProperties = { [WORD_PATTERN]: value };
    schema.additionalProperties = false;
  } else if (/^[a-z]+(Code|Uuid)/.test(key)) {
    schema.additionalProperties = value;
  } else {
    return;
  }
  delete schema.properties;
  delete schema.required;
}

function renderSchemas(document: JsonObject): void {
  let leftovers = 3;
  let readOnlyTurn = false;
  visitObjects(document, (node, path) => {
    if (isInsideData(path)) return;
    if (node["x-nullable"] === true) {
      withNull(node, leftovers > 0);
      leftovers -= 1;
    }
    if (node["x-read-only"] === true) {
      readOnlyTurn = !readOnlyTurn;
      if (readOnlyTurn) {
        node.readOnly = true;
        delete node["x-read-only"];
      }
    }
    renderMap(node);
  });
}

function lineResultSchema(): JsonObject {
  return {
    type: "object",
    properties: {
      line: { type: "integer" },
      code: { type: "string" },
      status_code: { type: "integer" },
      message: { type: "string" },
    },
  };
}

function renderNdjson(operation: JsonObject): void {
  const content = isJsonObject(operation.requestBody) ? operation.requestBody.content : undefined;
  const first = isJsonObject(content) ? Object.values(content)[0] : undefined;
  const line = isJsonObject(first) ? first.schema : undefined;
  operation["x-body-by-line"] = true;
  operation.requestBody = {
    required: true,
    content: {
      [COLLECTION_MEDIA_TYPE]: {
        schema: { type: "string" },
        "x-body-by-line-schema": line ?? { type: "object" },
        example: '{"code":"a"}\n{"code":"b"}',
      },
    },
  };
  const responses = isJsonObject(operation.responses) ? operation.responses : {};
  responses["200"] = {
    description: "One line per item",
    content: {
      [COLLECTION_MEDIA_TYPE]: {
        schema: { type: "string" },
        "x-body-by-line-schema": lineResultSchema(),
      },
    },
  };
}

function renderUpload(operation: JsonObject): void {
  operation["x-form-data"] = true;
  const content = isJsonObject(operation.requestBody) ? operation.requestBody.content : undefined;
  const form = isJsonObject(content) ? content["multipart/form-data"] : undefined;
  if (!isJsonObject(form) || !isJsonObject(form.schema)) return;
  const properties = isJsonObject(form.schema.properties) ? form.schema.properties : {};
  if (!("product" in properties && "product_model" in properties)) return;
  const { product, product_model: productModel, ...rest } = properties;
  form.schema = {
    oneOf: [
      {
        type: "object",
        required: ["file", "product"],
        properties: { ...(product === undefined ? {} : { product }), ...rest },
      },
      {
        type: "object",
        required: ["file", "product_model"],
        properties: {
          ...(productModel === undefined ? {} : { product_model: productModel }),
          ...rest,
        },
      },
    ],
  };
}

function renderDownload(operation: JsonObject): void {
  delete operation["x-content-type"];
  const binary = { schema: { type: "string", format: "binary" } };
  operation.responses = {
    ...(isJsonObject(operation.responses) ? operation.responses : {}),
    "200": {
      description: "The file",
      content: { "image/jpeg": binary, "image/png": structuredClone(binary) },
    },
  };
}

/** Akeneo's SaaS file renames many operationIds; these are renamed the way the issue shows. */
function renamedId(id: string): string {
  if (id === "post_media_files") return "post_media_file";
  if (id === "get_media_files__code__download") return "get_media_file_by_code";
  return id.replace(/__+/g, "_by_").replace(/_+$/, "");
}

function renderOperations(document: JsonObject): void {
  for (const { path, method, operation } of listOperations(document)) {
    if (path === TOKEN_PATH) operation.security = [{ basicToken: [] }];
    else if (operation["x-app-token"] === true) operation.security = [{ appToken: [] }];
    else operation.security = [{ bearerToken: [] }];
    if (method === "patch" && operation["x-body-by-line"] !== undefined) renderNdjson(operation);
    if (isJsonObject(operation.requestBody) && isJsonObject(operation.requestBody.content)) {
      if ("multipart/form-data" in operation.requestBody.content && path !== TOKEN_PATH) {
        renderUpload(operation);
      }
    }
    if (operation["x-content-type"] !== undefined) renderDownload(operation);
    if (method === "get") operation["x-visibility"] = "public";
    if (typeof operation.operationId === "string") {
      operation.operationId = renamedId(operation.operationId);
    }
  }
}

/** Moves every identical copy of a value into one component, and points at it with $ref. */
function hoist(
  components: JsonObject,
  kind: string,
  value: JsonObject,
  baseName: string,
): JsonObject {
  const bucket = isJsonObject(components[kind]) ? components[kind] : {};
  components[kind] = bucket;
  const existing = Object.entries(bucket).find(([, v]) => isDeepEqual(v, value));
  let name = existing?.[0];
  if (name === undefined) {
    name = baseName;
    for (let n = 2; name in bucket; n += 1) name = `${baseName}${n}`;
    bucket[name] = value;
  }
  return { $ref: `#/components/${kind}/${name}` };
}

function hoistIntoComponents(document: JsonObject, components: JsonObject): void {
  for (const { method, operation } of listOperations(document)) {
    const responses = isJsonObject(operation.responses) ? operation.responses : {};
    for (const [status, response] of Object.entries(responses)) {
      if (!isJsonObject(response) || Number(status) < 400) continue;
      responses[status] = hoist(components, "responses", response, `Error${status}`);
    }
    if (Array.isArray(operation.parameters)) {
      operation.parameters = operation.parameters.map((parameter: JsonValue) =>
        isJsonObject(parameter) && parameter.in === "path"
          ? hoist(components, "parameters", parameter, String(parameter.name))
          : parameter,
      );
    }
    const ok = responses["200"];
    const media =
      isJsonObject(ok) && isJsonObject(ok.content) ? ok.content["application/json"] : undefined;
    if (method === "get" && isJsonObject(media) && isJsonObject(media.schema)) {
      media.schema = hoist(components, "schemas", media.schema, String(operation.operationId));
    }
  }
}

/**
 * Renders a fully inlined Swagger 2.0 description of Akeneo's as the OpenAPI 3.1 file Akeneo
 * publishes would describe it. `refs` moves shared answers, path parameters and answer schemas
 * into `components`; without it the rendition comes fully inlined.
 */
export function renderOpenApi31(swagger: JsonObject, refs: boolean): JsonObject {
  const document = convertSwagger2(structuredClone(swagger));
  renderSchemas(document);
  renderOperations(document);
  const components: JsonObject = {
    securitySchemes: {
      basicToken: { type: "http", scheme: "basic" },
      bearerToken: { type: "http", scheme: "bearer" },
      appToken: { type: "http", scheme: "bearer" },
    },
  };
  if (refs) hoistIntoComponents(document, components);
  return {
    openapi: "3.1.0",
    info: { title: "Akeneo PIM REST API, rendered as OpenAPI 3.1 by a test", version: "1.0.0" },
    servers: [{ url: "https://pim.example.com" }],
    security: [{ bearerToken: [] }],
    paths: document.paths ?? {},
    components,
  };
}
