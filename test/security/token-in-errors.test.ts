import { createCoreClient } from "../../src/core/client/index.js";
import { type AkeneoApiError, createApiError } from "../../src/core/errors/index.js";
import { createAkeneoClient } from "../../src/index.js";
import { createScriptedFetch, json } from "../core/support/scripted-fetch.js";
import type { TestPaths } from "../core/support/test-paths.js";

function everythingIn(error: AkeneoApiError): string {
  return [
    error.message,
    error.url,
    JSON.stringify(error.body),
    JSON.stringify(error.headers),
    JSON.stringify(error.errors),
    error.stack,
  ].join("\n");
}

describe("secrets in errors", () => {
  it("are removed from URL, message, body, headers and details", () => {
    const error = createApiError({
      status: 400,
      body: {
        message: "Bad request with Authorization: Bearer leaked-access",
        errors: [
          {
            property: "password",
            message: "password=leaked-pass is wrong",
            refresh_token: "leaked-refresh",
          },
        ],
        access_token: "leaked-access",
      },
      headers: new Headers({ "set-cookie": "sid=leaked-cookie", "www-authenticate": "Bearer" }),
      request: {
        method: "GET",
        url: "https://user:leaked-userinfo@pim.example.com/api/x?access_token=leaked-query&limit=5",
      },
    });
    const text = everythingIn(error);
    for (const secret of [
      "leaked-access",
      "leaked-pass",
      "leaked-refresh",
      "leaked-cookie",
      "leaked-userinfo",
      "leaked-query",
    ]) {
      expect(text).not.toContain(secret);
    }
    expect(error.url).toContain("limit=5");
  });

  it("are absent from the error of a refused password grant", async () => {
    const scripted = createScriptedFetch(() =>
      json(422, { code: 422, message: "Your authentication is invalid" }),
    );
    const core = createCoreClient<TestPaths>({
      baseUrl: "https://pim.example.com",
      auth: {
        type: "password",
        clientId: "client-id",
        secret: "client-secret",
        username: "admin",
        password: "s3cret-pass",
      },
      fetch: scripted.fetch,
      logLevel: "silent",
    });
    const error = (await core.authenticate().catch((e: unknown) => e)) as AkeneoApiError;
    const text = `${everythingIn(error)}\n${String(error.cause ?? "")}`;
    for (const secret of ["s3cret-pass", "client-secret", btoa("client-id:client-secret")])
      expect(text).not.toContain(secret);
  });

  it("are absent from an API error after a token was attached", async () => {
    const scripted = createScriptedFetch((request) =>
      json(500, { message: `echo ${request.headers.get("authorization")}` }),
    );
    const core = createCoreClient<TestPaths>({
      baseUrl: "https://pim.example.com",
      auth: { type: "app", token: "app-secret-token" },
      fetch: scripted.fetch,
      retry: false,
      logLevel: "silent",
    });
    const result = await core.api.GET("/api/rest/v1/products/{code}", {
      params: { path: { code: "x" } },
    });
    const error = createApiError({
      status: 500,
      body: result.error,
      headers: result.response.headers,
      request: { method: "GET", url: "https://pim.example.com/x" },
    });
    expect(everythingIn(error)).not.toContain("app-secret-token");
  });

  it("are absent from a facade error whose server quotes the token in prose", async () => {
    const scripted = createScriptedFetch(() =>
      json(404, { code: 404, message: "token app-secret-token sees no product x" }),
    );
    const client = createAkeneoClient({
      baseUrl: "https://pim.example.com",
      auth: { type: "app", token: "app-secret-token" },
      fetch: scripted.fetch,
      retry: false,
      logLevel: "silent",
    });
    const error = (await client.products.get("x").catch((e: unknown) => e)) as AkeneoApiError;
    expect(error.status).toBe(404);
    expect(error.method).toBe("GET");
    expect(everythingIn(error)).not.toContain("app-secret-token");
  });
});
