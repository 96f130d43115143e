import {
  downloadMediaFile,
  getProduct,
  listProducts,
  requestToken,
  uploadMediaFile,
  upsertProduct,
} from "../../generated/endpoints.js";
import { createMemoryTokenStore } from "../../src/core/auth/index.js";
import { CONTRACT_CREDENTIALS, createContractCoreClient } from "../support/contract-clients.js";
import { readPrismUrl } from "../support/prism-handle.js";
import { createRecordingFetch, readViolations } from "../support/recording-fetch.js";
import { expectAcceptedByPrism, type PrismVerdict } from "./call-endpoint.js";

const prismUrl = readPrismUrl();
const basicAuthorization = `Basic ${btoa(`${CONTRACT_CREDENTIALS.clientId}:${CONTRACT_CREDENTIALS.secret}`)}`;

function verdictOf(result: { response: Response; error?: unknown }): PrismVerdict {
  const verdict = {
    status: result.response.status,
    violations: readViolations(result.response.headers),
  };
  return result.error === undefined ? verdict : { ...verdict, error: result.error };
}

describe("the token operation against Prism", () => {
  const core = createContractCoreClient(prismUrl, globalThis.fetch);

  test("requestToken sends a password grant as JSON with Basic client credentials", async () => {
    const result = await requestToken(core.api, {
      headers: { Authorization: basicAuthorization },
      body: {
        grant_type: "password",
        username: CONTRACT_CREDENTIALS.username,
        password: CONTRACT_CREDENTIALS.password,
      },
    });
    expectAcceptedByPrism(verdictOf(result));
    expect(result.data?.access_token).toEqual(expect.any(String));
  });

  test("requestToken sends a refresh_token grant as JSON with Basic client credentials", async () => {
    const result = await requestToken(core.api, {
      headers: { Authorization: basicAuthorization },
      body: { grant_type: "refresh_token", refresh_token: "contract-refresh-token" },
    });
    expectAcceptedByPrism(verdictOf(result));
  });

  test("the client core authenticates with the password grant on its own", async () => {
    const recording = createRecordingFetch();
    const passwordCore = createContractCoreClient(prismUrl, recording.fetch, {
      type: "password",
      ...CONTRACT_CREDENTIALS,
    });
    await passwordCore.authenticate();
    expect(recording.exchanges).toEqual([
      { method: "POST", url: `${prismUrl}/api/oauth/v1/token`, status: 200, violations: [] },
    ]);
  });

  test("the client core renews an expired pair with the refresh_token grant", async () => {
    const recording = createRecordingFetch();
    const expiredAt = Date.now() - 1_000;
    const refreshingCore = createContractCoreClient(prismUrl, recording.fetch, {
      type: "token",
      clientId: CONTRACT_CREDENTIALS.clientId,
      secret: CONTRACT_CREDENTIALS.secret,
      token: "expired-access-token",
      refreshToken: "contract-refresh-token",
      tokenStore: createMemoryTokenStore({
        accessToken: "expired-access-token",
        refreshToken: "contract-refresh-token",
        issuedAt: expiredAt - 3_600_000,
        expiresAt: expiredAt,
      }),
    });
    await refreshingCore.authenticate();
    expect(recording.exchanges).toEqual([
      { method: "POST", url: `${prismUrl}/api/oauth/v1/token`, status: 200, violations: [] },
    ]);
    expect(refreshingCore.getToken()).not.toBe("expired-access-token");
  });
});

describe("first resource calls against Prism", () => {
  const core = createContractCoreClient(prismUrl, globalThis.fetch);

  test("getProduct reads a product by its identifier", async () => {
    const result = await getProduct(core.api, { params: { path: { code: "shoe-42" } } });
    expectAcceptedByPrism(verdictOf(result));
  });

  test("listProducts sends limit, page, with_count and search", async () => {
    const search = JSON.stringify({ enabled: [{ operator: "=", value: true }] });
    const result = await listProducts(core.api, {
      params: { query: { limit: 50, page: 2, with_count: true, search } },
    });
    expectAcceptedByPrism(verdictOf(result));
  });

  test("upsertProduct sends one product as a JSON object", async () => {
    const result = await upsertProduct(core.api, {
      params: { path: { code: "shoe-42" } },
      body: {
        identifier: "shoe-42",
        enabled: true,
        family: "shoes",
        categories: ["summer"],
        parent: null,
        values: {
          name: [{ locale: "en_US", scope: null, data: "Running shoe" }],
          weight: [{ locale: null, scope: null, data: { amount: "1.2", unit: "KILOGRAM" } }],
        },
        associations: { X_SELL: { products: ["sock-7"], product_models: [], groups: [] } },
      },
    });
    expectAcceptedByPrism(verdictOf(result));
  });

  test("uploadMediaFile sends a multipart form with a product field and a file", async () => {
    const recording = createRecordingFetch();
    const uploading = createContractCoreClient(prismUrl, recording.fetch);
    const product = { identifier: "shoe-42", attribute: "picture", scope: null, locale: null };
    const result = await uploadMediaFile(uploading.api, {
      body: {
        product: JSON.stringify(product),
        file: new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], { type: "image/png" }),
      },
    });
    expectAcceptedByPrism(verdictOf(result));
    expect(recording.exchanges).toHaveLength(1);
  });

  test("downloadMediaFile answers the file as a stream", async () => {
    // One segment: Prism has no route for the slashes of real media codes (see the emulator suite).
    const result = await downloadMediaFile(core.api, {
      params: { path: { code: "shoe-42.png" } },
    });
    expectAcceptedByPrism(verdictOf(result));
    expect(result.data).toBeInstanceOf(ReadableStream);
    await result.data?.cancel();
  });

  test("a query parameter of the wrong type is reported as a request violation", async () => {
    const result = await listProducts(core.api, {
      params: { query: { limit: "many" as unknown as number } },
    });
    expect(verdictOf(result).violations).toEqual([
      expect.objectContaining({ location: ["request", "query", "limit"] }),
    ]);
  });

  test("an upload without its file part is reported as a request violation", async () => {
    const form = new FormData();
    form.append("product", JSON.stringify({ identifier: "shoe-42", attribute: "picture" }));
    const result = await uploadMediaFile(core.api, { body: form as never });
    expect(verdictOf(result).violations).toEqual([
      expect.objectContaining({ location: ["request", "body"] }),
    ]);
  });
});
