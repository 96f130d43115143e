import { TOKEN_PATH } from "../../../../scripts/normalize/repairs/security.js";
import { repairTokenOperation } from "../../../../scripts/normalize/repairs/token-operation.js";
import { convertedPaths, operationAt, valueAt } from "../tiny-description.js";

function fixture() {
  return convertedPaths({
    [TOKEN_PATH]: {
      post: {
        parameters: [
          {
            name: "body",
            in: "body",
            "x-form-data": true,
            schema: {
              type: "object",
              required: ["grant_type"],
              properties: { grant_type: { type: "string" } },
            },
          },
        ],
        responses: { "200": { schema: { type: "object" } } },
      },
    },
    "/widgets": {
      post: {
        parameters: [{ name: "body", in: "body", schema: { type: "object" } }],
        responses: {},
      },
    },
  });
}

describe("repairTokenOperation", () => {
  const grants = {
    oneOf: [
      { $ref: "#/components/schemas/PasswordGrantRequest" },
      { $ref: "#/components/schemas/RefreshTokenGrantRequest" },
    ],
  };

  it("accepts both grants, as JSON and as a url-encoded form", () => {
    const token = operationAt(repairTokenOperation(fixture()), TOKEN_PATH, "post");
    expect(token.requestBody).toEqual({
      required: true,
      content: {
        "application/json": { schema: grants },
        "application/x-www-form-urlencoded": { schema: grants },
      },
    });
  });

  it("describes the password and refresh_token grants and the token answer", () => {
    const document = repairTokenOperation(fixture());
    expect(valueAt(document, "components/schemas/PasswordGrantRequest/required")).toEqual([
      "grant_type",
      "username",
      "password",
    ]);
    expect(
      valueAt(document, "components/schemas/RefreshTokenGrantRequest/properties/grant_type"),
    ).toEqual({ type: "string", const: "refresh_token" });
    expect(valueAt(document, "components/schemas/TokenAnswer/required")).toContain("refresh_token");
    expect(valueAt(operationAt(document, TOKEN_PATH, "post"), "responses/200/content")).toEqual({
      "application/json": { schema: { $ref: "#/components/schemas/TokenAnswer" } },
    });
  });

  it("leaves other operations' bodies alone", () => {
    const widgets = operationAt(repairTokenOperation(fixture()), "/widgets", "post");
    expect(valueAt(widgets, "requestBody/content")).toEqual({
      "application/json": { schema: { type: "object" } },
    });
  });
});
