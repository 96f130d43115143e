import { convertSwagger2 } from "../../../scripts/normalize/convert-swagger2.js";
import { convertedPaths, operationAt, swaggerDescription, valueAt } from "./tiny-description.js";

describe("convertSwagger2", () => {
  it("writes an OpenAPI 3.1 document with the description's title", () => {
    const document = convertSwagger2(swaggerDescription({}).document);
    expect(document.openapi).toBe("3.1.0");
    expect(document.info).toEqual({ title: "Tiny", version: "1" });
  });

  it("moves a body parameter into a JSON request body", () => {
    const document = convertedPaths({
      "/widgets": {
        post: {
          operationId: "widgets_post",
          parameters: [
            {
              name: "body",
              in: "body",
              required: true,
              schema: { type: "object", properties: { code: { type: "string" } } },
            },
          ],
          responses: { "201": { description: "Created" } },
        },
      },
    });
    const operation = operationAt(document, "/widgets", "post");
    expect(operation.requestBody).toEqual({
      required: true,
      content: {
        "application/json": {
          schema: { type: "object", properties: { code: { type: "string" } } },
        },
      },
    });
    expect(operation.parameters).toBeUndefined();
  });

  it("turns a body marked x-form-data into a multipart request body", () => {
    const document = convertedPaths({
      "/files": {
        post: {
          parameters: [
            {
              name: "body",
              in: "body",
              "x-form-data": true,
              schema: { properties: { file: { type: "string", format: "binary" } } },
            },
          ],
          responses: {},
        },
      },
    });
    const content = valueAt(operationAt(document, "/files", "post"), "requestBody/content");
    expect(Object.keys(content as object)).toEqual(["multipart/form-data"]);
  });

  it("gathers formData parameters into one multipart body with a binary file", () => {
    const document = convertedPaths({
      "/files": {
        post: {
          parameters: [
            { name: "file", in: "formData", type: "file", required: true },
            { name: "label", in: "formData", type: "string" },
          ],
          responses: {},
        },
      },
    });
    expect(operationAt(document, "/files", "post").requestBody).toEqual({
      required: true,
      content: {
        "multipart/form-data": {
          schema: {
            type: "object",
            required: ["file"],
            properties: {
              file: { type: "string", format: "binary" },
              label: { type: "string" },
            },
          },
        },
      },
    });
  });

  it("sends formData parameters without a file url-encoded", () => {
    const document = convertedPaths({
      "/login": {
        post: { parameters: [{ name: "user", in: "formData", type: "string" }], responses: {} },
      },
    });
    expect(operationAt(document, "/login", "post").requestBody).toEqual({
      required: false,
      content: {
        "application/x-www-form-urlencoded": {
          schema: { type: "object", properties: { user: { type: "string" } } },
        },
      },
    });
  });

  it("gives every parameter a schema and makes path parameters required", () => {
    const document = convertedPaths({
      "/widgets/{code}": {
        get: {
          parameters: [
            { name: "code", in: "path", type: "string" },
            { name: "limit", in: "query", type: "integer", minimum: 1, maximum: 100, default: 10 },
            { name: "sort", in: "query", type: "string", enum: ["asc", "desc"], "x-note": 1 },
          ],
          responses: {},
        },
      },
    });
    expect(operationAt(document, "/widgets/{code}", "get").parameters).toEqual([
      { name: "code", in: "path", required: true, schema: { type: "string" } },
      {
        name: "limit",
        in: "query",
        schema: { type: "integer", default: 10, minimum: 1, maximum: 100 },
      },
      { name: "sort", in: "query", schema: { type: "string", enum: ["asc", "desc"] }, "x-note": 1 },
    ]);
  });

  it("puts a response schema under application/json with a standard description", () => {
    const document = convertedPaths({
      "/widgets": {
        get: {
          responses: {
            "200": {
              description: "Akeneo's words",
              schema: { type: "object" },
              headers: { Location: { type: "string", description: "where" } },
            },
            "204": { description: "Nothing" },
          },
        },
      },
    });
    const responses = operationAt(document, "/widgets", "get").responses;
    expect(responses).toEqual({
      "200": {
        description: "OK",
        headers: { Location: { schema: { type: "string" } } },
        content: { "application/json": { schema: { type: "object" } } },
      },
      "204": { description: "No Content" },
    });
  });

  it("keeps an example written as the body itself whole, so field names never become media types", () => {
    const body = { code: "a", labels: { en_US: "A" } };
    const document = convertedPaths({
      "/widgets": {
        get: {
          responses: { "200": { description: "", schema: { type: "object" }, examples: body } },
        },
      },
    });
    const content = valueAt(operationAt(document, "/widgets", "get"), "responses/200/content");
    expect(content).toEqual({ "application/json": { schema: { type: "object" }, example: body } });
  });

  it("takes the JSON example out of examples keyed by media type", () => {
    const document = convertedPaths({
      "/widgets": {
        get: {
          responses: {
            "200": {
              description: "",
              schema: { type: "object" },
              examples: { "application/json": { code: "a" }, "text/plain": "a" },
            },
          },
        },
      },
    });
    const content = valueAt(operationAt(document, "/widgets", "get"), "responses/200/content");
    expect(content).toEqual({
      "application/json": { schema: { type: "object" }, example: { code: "a" } },
    });
  });

  it("drops examples that are only named alternatives (x-example-1, …)", () => {
    const document = convertedPaths({
      "/widgets": {
        get: {
          responses: {
            "200": { schema: { type: "object" }, examples: { "x-example-1": { code: "a" } } },
          },
        },
      },
    });
    const content = valueAt(operationAt(document, "/widgets", "get"), "responses/200/content");
    expect(content).toEqual({ "application/json": { schema: { type: "object" } } });
  });

  it("keeps the operation's facts and vendor marks, and drops other keys", () => {
    const document = convertedPaths({
      "/widgets": {
        get: {
          operationId: "widgets_get_list",
          tags: ["Widget"],
          "x-versions": ["SaaS"],
          consumes: ["application/json"],
          responses: {},
        },
      },
    });
    expect(operationAt(document, "/widgets", "get")).toEqual({
      operationId: "widgets_get_list",
      tags: ["Widget"],
      "x-versions": ["SaaS"],
      responses: {},
    });
  });
});
