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
