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

describe("addSecuritySchemes on OpenAPI 3.1 security", () => {
  function akeneo31() {
    const bearer = [{ bearerToken: [] }];
    return {
      openapi: "3.1.0",
      security: bearer,
      components: {
        securitySchemes: {
          basicToken: { type: "http", scheme: "basic" },
          bearerToken: { type: "http", scheme: "bearer" },
          appToken: { type: "http", scheme: "bearer" },
        },
      },
      paths: {
        [TOKEN_PATH]: { post: { security: [{ basicToken: [] }], responses: {} } },
        "/widgets": { get: { security: bearer, responses: {} } },
        "/health": { get: { "x-no-token": true, security: bearer, responses: {} } },
        "/catalogs": { get: { "x-app-token": true, security: [{ appToken: [] }], responses: {} } },
        "/mapping": { get: { security: [{ appToken: [] }], responses: {} } },
      },
    };
  }

  it("replaces basicToken, bearerToken and appToken by the SDK's two schemes", () => {
    const document = addSecuritySchemes(akeneo31());
    expect(valueAt(document, "components/securitySchemes")).toEqual({
      bearerAuth: { type: "http", scheme: "bearer" },
      basicAuth: { type: "http", scheme: "basic" },
    });
    expect(document.security).toEqual([{ bearerAuth: [] }]);
    expect(operationAt(document, TOKEN_PATH, "post").security).toEqual([{ basicAuth: [] }]);
    expect(operationAt(document, "/widgets", "get").security).toBeUndefined();
    expect(operationAt(document, "/catalogs", "get").security).toBeUndefined();
  });

  it("opens the operations marked x-no-token though they list bearerToken", () => {
    const document = addSecuritySchemes(akeneo31());
    expect(operationAt(document, "/health", "get").security).toEqual([]);
  });

  it("marks an operation secured by appToken as an app-token operation", () => {
    const document = addSecuritySchemes(akeneo31());
    expect(operationAt(document, "/mapping", "get")["x-app-token"]).toBe(true);
    expect(operationAt(document, "/catalogs", "get")["x-app-token"]).toBe(true);
    expect(operationAt(document, "/widgets", "get")["x-app-token"]).toBeUndefined();
  });
});
