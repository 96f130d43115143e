import {
  COLLECTION_MEDIA_TYPE,
  repairMediaTypes,
} from "../../../../scripts/normalize/repairs/media-types.js";
import { TOKEN_PATH } from "../../../../scripts/normalize/repairs/security.js";
import { convertedPaths, operationAt, valueAt } from "../tiny-description.js";

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
