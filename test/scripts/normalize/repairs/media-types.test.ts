import type { JsonObject } from "../../../../scripts/normalize/json-value.js";
import {
  COLLECTION_MEDIA_TYPE,
  repairMediaTypes,
} from "../../../../scripts/normalize/repairs/media-types.js";
import { TOKEN_PATH } from "../../../../scripts/normalize/repairs/security.js";
import { answerSchema, convertedPaths, operationAt, valueAt } from "../tiny-description.js";

const ITEM = { type: "object", properties: { code: { type: "string" } } };

function fixture() {
  return convertedPaths({
    "/widgets": {
      patch: {
        "x-body-by-line": true,
        parameters: [{ name: "body", in: "body", schema: ITEM }],
        responses: { "200": { schema: { type: "object", properties: { line: {} } } } },
      },
    },
    "/jobs/{code}": {
      post: {
        "x-body-by-line": true,
        parameters: [
          { name: "code", in: "path", type: "string" },
          { name: "body", in: "body", schema: ITEM },
        ],
        responses: { "200": { schema: ITEM } },
      },
    },
    "/widget-files": {
      post: {
        parameters: [
          {
            name: "body",
            in: "body",
            "x-form-data": true,
            schema: {
              required: ["file"],
              properties: {
                file: { type: "string", format: "binary", description: "the bytes" },
                widget: { type: "string" },
              },
            },
          },
        ],
        responses: { "201": {} },
      },
    },
    "/widget-files/{code}/download": {
      get: {
        parameters: [{ name: "code", in: "path", type: "string" }],
        responses: { "200": { "x-content-type": "image/png", schema: { type: "object" } } },
        "x-content-type": "image/png",
      },
    },
    [TOKEN_PATH]: {
      post: {
        parameters: [{ name: "body", in: "body", "x-form-data": true, schema: ITEM }],
        responses: {},
      },
    },
  });
}

describe("repairMediaTypes", () => {
  it("sends an x-body-by-line PATCH as a collection of items and answers line results", () => {
    const operation = operationAt(repairMediaTypes(fixture()), "/widgets", "patch");
    expect(operation.requestBody).toEqual({
      required: true,
      content: { [COLLECTION_MEDIA_TYPE]: { schema: { type: "array", items: ITEM } } },
    });
    expect(valueAt(operation, "responses/200/content")).toEqual({
      [COLLECTION_MEDIA_TYPE]: { schema: { $ref: "#/components/schemas/BulkLineResult" } },
    });
    expect(operation["x-body-by-line"]).toBeUndefined();
  });

  it("declares the line result and validation error schemas", () => {
    const document = repairMediaTypes(fixture());
    expect(valueAt(document, "components/schemas/BulkLineResult/required")).toEqual([
      "line",
      "status_code",
    ]);
    expect(valueAt(document, "components/schemas/ValidationErrorDetail/type")).toBe("object");
  });

  it("leaves an x-body-by-line POST as a JSON body", () => {
    const operation = operationAt(repairMediaTypes(fixture()), "/jobs/{code}", "post");
    expect(valueAt(operation, "requestBody/content")).toEqual({
      "application/json": { schema: ITEM },
    });
    expect(valueAt(operation, "responses/200/content")).toEqual({
      "application/json": { schema: ITEM },
    });
  });

  it("sends an x-form-data body as a multipart form with a binary file", () => {
    const operation = operationAt(repairMediaTypes(fixture()), "/widget-files", "post");
    expect(operation.requestBody).toEqual({
      required: true,
      content: {
        "multipart/form-data": {
          schema: {
            type: "object",
            required: ["file"],
            properties: { file: { type: "string", format: "binary" }, widget: { type: "string" } },
          },
        },
      },
    });
  });

  it("answers an x-content-type download with binary bytes", () => {
    const operation = operationAt(
      repairMediaTypes(fixture()),
      "/widget-files/{code}/download",
      "get",
    );
    expect(valueAt(operation, "responses/200/content")).toEqual({
      "*/*": { schema: { type: "string", format: "binary" } },
    });
    expect(operation["x-content-type"]).toBeUndefined();
    expect(valueAt(operation, "responses/200/x-content-type")).toBeUndefined();
  });

  it("does not turn the token operation's form into a file upload", () => {
    const operation = operationAt(repairMediaTypes(fixture()), TOKEN_PATH, "post");
    expect(valueAt(operation, "requestBody/content")).toEqual({
      "multipart/form-data": { schema: ITEM },
    });
  });
});

describe("repairMediaTypes on OpenAPI 3.1 traits", () => {
  const LINE = { type: "object", properties: { code: { type: "string" } } };
  const COLLECTION = { schema: { type: "string" }, "x-body-by-line-schema": LINE };

  function akeneo31(): JsonObject {
    return {
      openapi: "3.1.0",
      components: {},
      paths: {
        "/widgets": {
          patch: {
            "x-body-by-line": true,
            requestBody: { content: { [COLLECTION_MEDIA_TYPE]: COLLECTION } },
            responses: {
              "200": { description: "OK", content: { [COLLECTION_MEDIA_TYPE]: COLLECTION } },
            },
          },
        },
        "/gadgets": {
          patch: {
            requestBody: { content: { [COLLECTION_MEDIA_TYPE]: COLLECTION } },
            responses: {},
          },
        },
        "/widget-files": {
          post: {
            "x-form-data": true,
            requestBody: {
              content: {
                "multipart/form-data": {
                  schema: {
                    oneOf: [
                      {
                        type: "object",
                        required: ["file", "product"],
                        properties: {
                          file: { type: "string", format: "binary" },
                          product: { type: "string" },
                        },
                      },
                      {
                        type: "object",
                        required: ["file", "product_model"],
                        properties: {
                          file: { type: "string", format: "binary" },
                          product_model: { type: "string" },
                        },
                      },
                    ],
                  },
                },
              },
            },
            responses: { "201": { description: "Created" } },
          },
        },
        "/widget-files/{code}/download": {
          get: {
            responses: {
              "200": {
                description: "OK",
                content: {
                  "image/png": { schema: { type: "string", format: "binary" } },
                  "image/jpeg": { schema: { type: "string", format: "binary" } },
                },
              },
            },
          },
        },
        "/widgets/{code}": {
          get: {
            responses: {
              "200": { description: "OK", content: { "application/json": { schema: LINE } } },
            },
          },
        },
      },
    };
  }

  it("types an NDJSON body from x-body-by-line-schema, not as one string", () => {
    const document = repairMediaTypes(akeneo31());
    const operation = operationAt(document, "/widgets", "patch");
    expect(valueAt(operation, "requestBody/content")).toEqual({
      [COLLECTION_MEDIA_TYPE]: { schema: { type: "array", items: LINE } },
    });
    expect(answerSchema(operation, "200", COLLECTION_MEDIA_TYPE)).toEqual({
      $ref: "#/components/schemas/BulkLineResult",
    });
    expect(operation["x-body-by-line"]).toBeUndefined();
  });

  it("recognizes a PATCH that takes the collection media type as a bulk upsert without x-body-by-line", () => {
    const document = repairMediaTypes(akeneo31());
    expect(valueAt(operationAt(document, "/gadgets", "patch"), "requestBody/content")).toEqual({
      [COLLECTION_MEDIA_TYPE]: { schema: { type: "array", items: LINE } },
    });
  });

  it("merges a oneOf between forms into one form, each field required only where all require it", () => {
    const document = repairMediaTypes(akeneo31());
    const content = valueAt(operationAt(document, "/widget-files", "post"), "requestBody/content");
    expect(valueAt((content as JsonObject)["multipart/form-data"], "schema")).toEqual({
      type: "object",
      required: ["file"],
      properties: {
        file: { type: "string", format: "binary" },
        product: { type: "string" },
        product_model: { type: "string" },
      },
    });
  });

  it("treats an answer listing file types with binary schemas as a download of any type", () => {
    const document = repairMediaTypes(akeneo31());
    expect(
      answerSchema(operationAt(document, "/widget-files/{code}/download", "get"), "200", "*/*"),
    ).toEqual({
      type: "string",
      format: "binary",
    });
    expect(answerSchema(operationAt(document, "/widgets/{code}", "get"), "200")).toEqual(LINE);
  });
});
