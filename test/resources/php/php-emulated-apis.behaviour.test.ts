import { NotFoundError } from "../../../src/core/errors/index.js";
import { type EmulatorSetup, startEmulatorClient } from "../emulator-client.js";

// The PHP APIs of App catalogs, legacy measure families, PAM asset tags and PAM files, run
// against the emulator: what they answer, and what the emulated PIM holds afterwards.

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
}

describe("PHP APIs of catalogs, measure families, asset tags and PAM files against the emulator", () => {
  let setup: EmulatorSetup;
  beforeEach(async () => {
    setup = await startEmulatorClient({ sampleCatalog: true });
  });
  afterEach(async () => {
    await setup.pim.close();
  });

  it("reads the legacy measure families page per page, with the count, and all of them", async () => {
    const api = setup.client.getMeasureFamilyApi();
    const first = await api.listPerPage(1, true);
    expect(first.getItems().map((family) => family.code)).toEqual(["Length"]);
    expect(first.getCount()).toBe(2);
    const second = await first.getNextPage();
    expect(second?.getItems().map((family) => family.code)).toEqual(["Weight"]);
    expect(second?.hasNextPage()).toBe(false);
    const all = await collect(api.all(1));
    expect(all.map((family) => family.code)).toEqual(["Length", "Weight"]);
    await expect(api.get("Weight")).resolves.toMatchObject({ standard: "KILOGRAM" });
    expect(setup.pim.requestLog.count({ path: "/api/rest/v1/measure-families" })).toBe(4);
  });

  it("upserts a PAM asset tag (201, then 204) and lists it", async () => {
    const api = setup.client.getAssetTagApi();
    await expect(api.upsert("summer", {})).resolves.toBe(201);
    await expect(api.upsertAsync("summer")).resolves.toBe(204);
    await expect(api.get("summer")).resolves.toMatchObject({ code: "summer" });
    const page = await api.listPerPage(10, true);
    expect(page.getItems().map((tag) => tag.code)).toEqual(["summer"]);
    expect(page.getCount()).toBe(1);
    expect((await collect(api.all())).map((tag) => tag.code)).toEqual(["summer"]);
  });

  it("creates, reads, updates, lists and deletes an App catalog", async () => {
    const api = setup.client.getAppCatalogApi();
    const created = await api.create({ name: "Store" });
    expect(created).toMatchObject({ name: "Store", enabled: false });
    const id = String(created.id);
    await expect(api.upsert(id, { name: "Shop" })).resolves.toMatchObject({ id, name: "Shop" });
    await expect(api.get(id)).resolves.toMatchObject({ id, name: "Shop" });
    const page = await api.listPerPage(10, true);
    expect(page.getItems().map((catalog) => catalog.id)).toEqual([id]);
    await expect(api.delete(id)).resolves.toBe(204);
    await expect(api.get(id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("iterates the product uuids of an App catalog, limit per page", async () => {
    const created = await setup.client.getAppCatalogApi().create({ name: "Store" });
    const uuids = await collect(setup.client.getAppCatalogProductApi().all(String(created.id), 3));
    const expected = setup.pim.data.products().map((product) => product.uuid);
    expect(uuids).toEqual(expected);
    const pages = setup.pim.requestLog.count({
      path: `/api/rest/v1/catalogs/${created.id}/product-uuids`,
    });
    expect(pages).toBe(Math.ceil(expected.length / 3));
  });

  it("uploads, describes and downloads PAM reference and variation files", async () => {
    setup.pim.seed.records("pam-assets", [
      { code: "flyer", localizable: false },
      { code: "banner", localizable: true },
    ]);
    const references = setup.client.getAssetReferenceFileApi();
    const variations = setup.client.getAssetVariationFileApi();
    const file = new File(["pdf bytes"], "flyer.pdf", { type: "application/pdf" });
    await expect(references.uploadForNotLocalizableAsset(file, "flyer")).resolves.toBe(201);
    await expect(references.getFromNotLocalizableAsset("flyer")).resolves.toMatchObject({
      locale: null,
      code: expect.stringMatching(/flyer\.pdf$/),
    });
    const download = await references.downloadFromNotLocalizableAsset("flyer");
    expect(await download.text()).toBe("pdf bytes");
    const image = new File(["png"], "banner.png", { type: "image/png" });
    await expect(
      variations.uploadForLocalizableAsset(image, "banner", "ecommerce", "fr_FR"),
    ).resolves.toBe(201);
    await expect(
      variations.getFromLocalizableAsset("banner", "ecommerce", "fr_FR"),
    ).resolves.toMatchObject({ locale: "fr_FR", scope: "ecommerce" });
    const variation = await variations.downloadFromLocalizableAsset("banner", "ecommerce", "fr_FR");
    expect(variation.headers.get("content-type")).toBe("image/png");
    await expect(variations.getFromNotLocalizableAsset("banner", "mobile")).rejects.toThrow(
      /localizable/,
    );
  });
});
