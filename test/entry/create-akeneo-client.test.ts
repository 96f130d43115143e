import { getCategory } from "../../generated/endpoints.js";
import { createAkeneoClient } from "../../src/akeneo-client.js";
import { InvalidOptionError } from "../../src/core/errors/index.js";
import * as publicApi from "../../src/index.js";
import { rawClientOf } from "../../src/raw/index.js";

const appAuth = { type: "app", token: "app-token" } as const;

function recordingFetch() {
  const paths: string[] = [];
  const fetch = async (input: Request, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    paths.push(`${request.method} ${new URL(request.url).pathname}`);
    return Response.json({ code: "master" });
  };
  return { fetch, paths };
}

describe("createAkeneoClient", () => {
  it.each([
    ["a missing base URL", { auth: appAuth }, "baseUrl"],
    ["a base URL that is not http(s)", { baseUrl: "ftp://pim", auth: appAuth }, "baseUrl"],
    ["an unknown auth type", { baseUrl: "http://127.0.0.1:9", auth: { type: "magic" } }, "auth"],
    [
      "a password mode without password",
      {
        baseUrl: "http://127.0.0.1:9",
        auth: { type: "password", clientId: "c", secret: "s", username: "u" },
      },
      "auth",
    ],
    [
      "a negative concurrency",
      { baseUrl: "http://127.0.0.1:9", auth: appAuth, maxConcurrency: -1 },
      "maxConcurrency",
    ],
  ])("refuses %s, naming the field", (_title, options, field) => {
    let error: unknown;
    try {
      createAkeneoClient(options as never);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(InvalidOptionError);
    expect((error as InvalidOptionError).field.startsWith(field)).toBe(true);
  });

  it("sends nothing when created", () => {
    const { fetch, paths } = recordingFetch();
    createAkeneoClient({ baseUrl: "http://127.0.0.1:9", auth: appAuth, fetch });
    expect(paths).toEqual([]);
  });

  it("routes the raw client, bound endpoints and generated functions through one transport", async () => {
    const { fetch, paths } = recordingFetch();
    const client = createAkeneoClient({ baseUrl: "http://127.0.0.1:9", auth: appAuth, fetch });
    await rawClientOf(client).GET("/api/rest/v1/categories/{code}", {
      params: { path: { code: "a" } },
    });
    await client.endpoints.getCategory({ params: { path: { code: "b" } } });
    await getCategory(client.raw, { params: { path: { code: "c" } } });
    expect(paths).toEqual([
      "GET /api/rest/v1/categories/a",
      "GET /api/rest/v1/categories/b",
      "GET /api/rest/v1/categories/c",
    ]);
  });

  it("exposes the client, builder, errors, search builder and operation table publicly", () => {
    expect(typeof publicApi.createAkeneoClient).toBe("function");
    expect(typeof publicApi.AkeneoPimClientBuilder).toBe("function");
    expect(typeof publicApi.createSearch).toBe("function");
    expect(typeof publicApi.isAkeneoApiError).toBe("function");
    expect(publicApi.OPERATIONS).toHaveLength(165);
    expect(publicApi.PHP_ACCESSOR_NAMES).toHaveLength(39);
  });
});

describe("public schema types", () => {
  it("re-exports named schema types such as Product", () => {
    const product: publicApi.Product = { identifier: "shoe-42" };
    // @ts-expect-error a product needs an identifier
    const broken: publicApi.Product = {};
    expect([product.identifier, broken]).toEqual(["shoe-42", {}]);
  });
});
