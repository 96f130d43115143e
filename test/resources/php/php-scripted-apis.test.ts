import { createAkeneoClient } from "../../../src/akeneo-client.js";
import { createScriptedPimFetch } from "../scripted-pim-fetch.js";

// Each call of the less common PHP APIs reaches the exact request the PHP client sends (query
// defaults included) and answers what the PHP client answers; their behaviour against the
// emulator is in php-emulated-apis.behaviour.test.ts.

function createClient() {
  const scripted = createScriptedPimFetch();
  const client = createAkeneoClient({
    baseUrl: "http://pim.test",
    auth: { type: "app", token: "app-token" },
    fetch: scripted.fetch,
    retry: false,
    logLevel: "error",
  });
  const requests = () =>
    scripted.seen.map(
      (request) => `${request.method} ${request.url.replace("http://pim.test", "")}`,
    );
  return { client, seen: scripted.seen, requests };
}

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
}

describe("PHP APIs outside the emulator", () => {
  it("gets a draft and submits it for approval, answering 201, for the three draft APIs", async () => {
    const { client, requests } = createClient();
    await client.getProductDraftApi().get("top");
    await expect(client.getProductDraftApi().submitForApproval("top")).resolves.toBe(201);
    await expect(client.getProductDraftUuidApi().submitForApproval("u-1")).resolves.toBe(201);
    await expect(client.getProductModelDraftApi().submitForApproval("m-1")).resolves.toBe(201);
    expect(requests()).toEqual([
      "GET /api/rest/v1/products/top/draft",
      "POST /api/rest/v1/products/top/proposal",
      "POST /api/rest/v1/products-uuid/u-1/proposal",
      "POST /api/rest/v1/product-models/m-1/proposal",
    ]);
  });

  it("lists App catalogs page per page and deletes one with 204", async () => {
    const { client, requests } = createClient();
    const page = await client.getAppCatalogApi().listPerPage(20, true);
    await expect(client.getAppCatalogApi().delete("c-1")).resolves.toBe(204);
    expect(page.getItems()).toEqual([]);
    expect(requests()).toEqual([
      "GET /api/rest/v1/catalogs?limit=20&with_count=true",
      "DELETE /api/rest/v1/catalogs/c-1",
    ]);
  });

  it("sends the catalog body of create and upsert unchanged", async () => {
    const { client, seen } = createClient();
    await client.getAppCatalogApi().create({ name: "Store" });
    await client.getAppCatalogApi().upsertAsync("c-1", { name: "Shop" });
    expect(seen.map((request) => [request.method, request.path, JSON.parse(request.body)])).toEqual(
      [
        ["POST", "/api/rest/v1/catalogs", { name: "Store" }],
        ["PATCH", "/api/rest/v1/catalogs/c-1", { name: "Shop" }],
      ],
    );
  });

  it("iterates the product uuids of an App catalog with limit, 100 by default", async () => {
    const { client, requests } = createClient();
    await collect(client.getAppCatalogProductApi().all("c-1"));
    await collect(client.getAppCatalogProductApi().all("c-1", 20, { updated_after: "2024-01-01" }));
    expect(requests()).toEqual([
      "GET /api/rest/v1/catalogs/c-1/product-uuids?limit=100",
      "GET /api/rest/v1/catalogs/c-1/product-uuids?updated_after=2024-01-01&limit=20",
    ]);
  });

  it("gets, lists and iterates the legacy measure families with PHP's page sizes", async () => {
    const { client, requests } = createClient();
    await client.getMeasureFamilyApi().get("Area");
    await client.getMeasureFamilyApi().listPerPage(10, true);
    await collect(client.getMeasureFamilyApi().all());
    expect(requests()).toEqual([
      "GET /api/rest/v1/measure-families/Area",
      "GET /api/rest/v1/measure-families?limit=10&with_count=true",
      "GET /api/rest/v1/measure-families?limit=100",
    ]);
  });

  it("upserts a PAM asset tag and answers the server's status", async () => {
    const { client, seen } = createClient();
    await expect(client.getAssetTagApi().upsert("summer", {})).resolves.toBe(204);
    expect(seen.map((request) => `${request.method} ${request.path} ${request.body}`)).toEqual([
      "PATCH /api/rest/v1/asset-tags/summer {}",
    ]);
  });

  it("names the locale no-locale for the files of a non-localizable PAM asset", async () => {
    const { client, requests } = createClient();
    const references = client.getAssetReferenceFileApi();
    const variations = client.getAssetVariationFileApi();
    await references.getFromNotLocalizableAsset("flyer");
    await references.getFromLocalizableAsset("flyer", "en_US");
    await expect(references.uploadForNotLocalizableAsset(new Blob(["x"]), "flyer")).resolves.toBe(
      201,
    );
    await variations.getFromNotLocalizableAsset("flyer", "ecommerce");
    await expect(
      variations.uploadForLocalizableAsset(new Blob(["x"]), "flyer", "ecommerce", "fr_FR"),
    ).resolves.toBe(201);
    const response = await variations.downloadFromNotLocalizableAsset("flyer", "mobile");
    expect(response).toBeInstanceOf(Response);
    expect(requests()).toEqual([
      "GET /api/rest/v1/assets/flyer/reference-files/no-locale",
      "GET /api/rest/v1/assets/flyer/reference-files/en_US",
      "POST /api/rest/v1/assets/flyer/reference-files/no-locale",
      "GET /api/rest/v1/assets/flyer/variation-files/ecommerce/no-locale",
      "POST /api/rest/v1/assets/flyer/variation-files/ecommerce/fr_FR",
      "GET /api/rest/v1/assets/flyer/variation-files/mobile/no-locale/download",
    ]);
  });

  it("gets the system information", async () => {
    const { client, requests } = createClient();
    await client.getSystemInformationApi().get();
    expect(requests()).toEqual(["GET /api/rest/v1/system-information"]);
  });
});
