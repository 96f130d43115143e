import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type EmulatorSetup, startEmulatorClient } from "./emulator-client.js";

describe("media facades against the emulator", () => {
  let setup: EmulatorSetup;
  let directory: string;
  beforeEach(async () => {
    setup = await startEmulatorClient({ sampleCatalog: true });
    directory = await mkdtemp(join(tmpdir(), "akeneo-media-test-"));
  });
  afterEach(async () => {
    await setup.pim.close();
    await rm(directory, { recursive: true, force: true });
  });

  it("uploads a file from a path and downloads it again by its slashed code", async () => {
    const bytes = Buffer.from("a picture, byte for byte \u00e9\u0000\u00ff");
    const source = join(directory, "shoe.png");
    await writeFile(source, bytes);
    setup.pim.seed.products([{ identifier: "shoe-42" }]);
    const code = await setup.client.mediaFiles.upload(source, {
      product: { identifier: "shoe-42", attribute: "picture", scope: null, locale: null },
    });
    expect(code).toContain("/");
    const download = await setup.client.mediaFiles.download(code);
    const target = join(directory, "copy.png");
    await download.downloadTo(target);
    expect(await readFile(target)).toEqual(bytes);
    expect(download.fileName).toBe("shoe.png");
  });

  it("sends the product association as a plain form field", async () => {
    setup.pim.seed.products([{ identifier: "shoe-43" }]);
    const code = await setup.client.getProductMediaFileApi().create(new Blob(["x"]), {
      identifier: "shoe-43",
      attribute: "picture",
      scope: null,
      locale: null,
    });
    const description = await setup.client.mediaFiles.get(code);
    expect(description.code).toBe(code);
  });
});
