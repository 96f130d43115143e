import { repairErrorAnswers } from "../../../../scripts/normalize/repairs/error-answers.js";
import { convertedPaths, operationAt, valueAt } from "../tiny-description.js";

function fixture() {
  return convertedPaths({
    "/widgets": {
      get: {
        responses: {
          "200": { schema: { type: "object" } },
          "401": {
            schema: { type: "object", properties: { code: {} } },
            examples: { code: 401, message: "no" },
          },
          "404": {},
          "500": { schema: { type: "string" }, examples: "oops" },
        },
      },
    },
  });
}

describe("repairErrorAnswers", () => {
  it("types every 4xx and 5xx answer as the error body, keeping an object example", () => {
    const operation = operationAt(repairErrorAnswers(fixture()), "/widgets", "get");
    const errorBody = { schema: { $ref: "#/components/schemas/ErrorBody" } };
    expect(valueAt(operation, "responses/401/content")).toEqual({
      "application/json": { ...errorBody, example: { code: 401, message: "no" } },
    });
    expect(valueAt(operation, "responses/404/content")).toEqual({ "application/json": errorBody });
    expect(valueAt(operation, "responses/500/content")).toEqual({ "application/json": errorBody });
  });

  it("leaves success answers alone", () => {
    const operation = operationAt(repairErrorAnswers(fixture()), "/widgets", "get");
    expect(valueAt(operation, "responses/200/content")).toEqual({
      "application/json": { schema: { type: "object" } },
    });
  });

  it("declares the error body with code, message and validation errors", () => {
    const document = repairErrorAnswers(fixture());
    expect(valueAt(document, "components/schemas/ErrorBody/required")).toEqual(["code", "message"]);
    expect(valueAt(document, "components/schemas/ErrorBody/properties/errors/items")).toEqual({
      $ref: "#/components/schemas/ValidationErrorDetail",
    });
  });
});

describe("repairErrorAnswers on errors Akeneo leaves out", () => {
  it("adds 400 and 422 for a search filter, 401 for a token, 404 under a path parameter, 429", () => {
    const converted = convertedPaths({
      "/widgets/{code}/parts": {
        get: {
          parameters: [
            { name: "code", in: "path", type: "string", required: true },
            { name: "search", in: "query", type: "string" },
          ],
          responses: { "200": { schema: { type: "object" } } },
        },
      },
      "/ping": { get: { responses: { "200": { schema: { type: "object" } } } } },
    });
    operationAt(converted, "/ping", "get").security = [];
    const document = repairErrorAnswers(converted);
    const statuses = (path: string): string[] =>
      Object.keys(valueAt(operationAt(document, path, "get"), "responses") as object).sort();
    expect(statuses("/widgets/{code}/parts")).toEqual(["200", "400", "401", "404", "422", "429"]);
    expect(statuses("/ping")).toEqual(["200", "429"]);
    expect(
      valueAt(operationAt(document, "/widgets/{code}/parts", "get"), "responses/404/content"),
    ).toEqual({
      "application/json": { schema: { $ref: "#/components/schemas/ErrorBody" } },
    });
  });
});
