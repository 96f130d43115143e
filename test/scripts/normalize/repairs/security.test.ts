import { addSecuritySchemes, TOKEN_PATH } from "../../../../scripts/normalize/repairs/security.js";
import { convertedPaths, operationAt, valueAt } from "../tiny-description.js";

function fixture() {
  return convertedPaths({
    [TOKEN_PATH]: {
      post: {
        "x-no-token": true,
        parameters: [
          { name: "Content-type", in: "header", type: "string" },
          { name: "Authorization", in: "header", type: "string" },
        ],
        responses: {},
      },
    },
    "/widgets": {
      get: {
        parameters: [
          { name: "authorization", in: "header", type: "string" },
          { name: "X-Trace", in: "header", type: "string" },
          { name: "Content-Type", in: "query", type: "string" },
        ],
        responses: {},
      },
    },
    "/health": { get: { "x-no-token": true, responses: {} } },
  });
}

describe("addSecuritySchemes", () => {
  it("declares bearer and basic schemes and puts bearer on every operation by default", () => {
    const document = addSecuritySchemes(fixture());
    expect(valueAt(document, "components/securitySchemes")).toEqual({
      bearerAuth: { type: "http", scheme: "bearer" },
      basicAuth: { type: "http", scheme: "basic" },
    });
    expect(document.security).toEqual([{ bearerAuth: [] }]);
    expect(operationAt(document, "/widgets", "get").security).toBeUndefined();
  });

  it("authenticates the token operation with basic, even though it is marked x-no-token", () => {
    const document = addSecuritySchemes(fixture());
    expect(operationAt(document, TOKEN_PATH, "post").security).toEqual([{ basicAuth: [] }]);
  });

  it("asks for no authentication on operations marked x-no-token", () => {
    const document = addSecuritySchemes(fixture());
    expect(operationAt(document, "/health", "get").security).toEqual([]);
  });

  it("drops Content-type and Authorization header parameters, whatever their case", () => {
    const document = addSecuritySchemes(fixture());
    expect(operationAt(document, TOKEN_PATH, "post").parameters).toBeUndefined();
    const names = (operationAt(document, "/widgets", "get").parameters as { name: string }[]).map(
      (p) => p.name,
    );
    expect(names).toEqual(["X-Trace", "Content-Type"]);
  });
});
