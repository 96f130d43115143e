import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { InvalidArgumentError } from "../../../src/core/errors/index.js";
import { type EmulatorSetup, startEmulatorClient } from "../emulator-client.js";

describe("PHP media file APIs against the emulator", () => {
  let setup: EmulatorSetup;
  let directory: string;
  beforeEach(async () => {
    setup = await startEmulatorClient({ sampleCatalog: true });
    directory = await mkdtemp(join(tmpdir(), "php-media-"));
  });
  afterEach(async () => {
    await setup.pim.close();
    await rm(directory, { recursive: true, force: true });
  });

  it("uploads a file from its path for a product value and answers the media code", async () => {
    const path = join(directory, "boot.png");
    await writeFile(path, "png bytes");
    const code = await setup.client.getProductMediaFileApi().create(path, {
      identifier: "shoe-rain-boot",
      attribute: "picture",
      scope: null,
      locale: null,
    });
    expect(code).toMatch(/boot\.png$/);
    const value = setup.pim.data.product("shoe-rain-boot")?.values as Record<string, unknown>;
    expect(value.picture).toEqual([{ locale: null, scope: null, data: code }]);
  });

  it("sends the part as product_model when the data says type product_model", async () => {
    const code = await setup.client.getProductMediaFileApi().create(new Blob(["x"]), {
      code: "tshirt-classic",
      attribute: "picture",
      type: "product_model",
    });
    const model = setup.pim.data.record("product-models", "tshirt-classic");
    expect(model?.values).toMatchObject({ picture: [{ locale: null, scope: null, data: code }] });
  });

  it("refuses a product data that is not an object or has an unknown type, before sending", async () => {
    setup.pim.requestLog.clear();
    const api = setup.client.getProductMediaFileApi();
    await expect(api.create(new Blob(["x"]), null as never)).rejects.toThrow(InvalidArgumentError);
    await expect(
      api.create(new Blob(["x"]), { code: "m", attribute: "picture", type: "model" } as never),
    ).rejects.toThrow(/product_model/);
    expect(setup.pim.requestLog.count()).toBe(0);
  });

  it("downloads as a Response whose body streams the file, with its type and name", async () => {
    const code = setup.pim.seed.mediaFile({
      filename: "boot.png",
      contentType: "image/png",
      bytes: "png bytes",
    });
    const response = await setup.client.getProductMediaFileApi().download(code);
    expect(response).toBeInstanceOf(Response);
    expect(response.status).toBe(200);
    expect(response.body).toBeInstanceOf(ReadableStream);
    expect(response.headers.get("content-type")).toBe("image/png");
    expect(response.headers.get("content-disposition")).toBe(
      "attachment; filename*=UTF-8''boot.png",
    );
    expect(await response.text()).toBe("png bytes");
  });

  it("uploads and downloads asset and reference entity media files by code", async () => {
    const assetCode = await setup.client
      .getAssetMediaFileApi()
      .create(new File(["asset bytes"], "cap.jpg", { type: "image/jpeg" }));
    const recordCode = await setup.client
      .getReferenceEntityMediaFileApi()
      .create(new File(["logo bytes"], "logo.png", { type: "image/png" }));
    const asset = await setup.client.getAssetMediaFileApi().download(assetCode);
    const record = await setup.client.getReferenceEntityMediaFileApi().download(recordCode);
    expect(await asset.text()).toBe("asset bytes");
    expect(await record.text()).toBe("logo bytes");
  });

  it("downloads a category media file", async () => {
    const path = setup.pim.seed.mediaFile(
      { filename: "banner.jpg", contentType: "image/jpeg", bytes: "banner" },
      "category",
    );
    const response = await setup.client.getCategoryMediaFileApi().download(path);
    expect(await response.text()).toBe("banner");
  });
});
