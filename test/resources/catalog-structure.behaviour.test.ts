import { InvalidArgumentError } from "../../src/core/errors/index.js";
import { type EmulatorSetup, startEmulatorClient } from "./emulator-client.js";

describe("catalog structure facades against the emulator", () => {
  let setup: EmulatorSetup;
  beforeEach(async () => {
    setup = await startEmulatorClient({ sampleCatalog: true });
  });
  afterEach(async () => {
    await setup.pim.close();
  });

  it("reads the master category through the PHP accessor", async () => {
    const category = await setup.client.getCategoryApi().get("master");
    expect(category.code).toBe("master");
  });

  it("creates an attribute option under its attribute and lists it", async () => {
    await setup.client.attributes.upsert("color_test", {
      code: "color_test",
      type: "pim_catalog_simpleselect",
      group: "other",
    });
    const created = await setup.client.attributeOptions.create("color_test", { code: "red" });
    expect(created.code).toBe("red");
    const codes: string[] = [];
    for await (const option of setup.client.attributeOptions.all("color_test")) {
      codes.push(option.code);
    }
    expect(codes).toEqual(["red"]);
    await expect(setup.client.attributeOptions.get("", "red")).rejects.toBeInstanceOf(
      InvalidArgumentError,
    );
  });

  it("upserts categories in NDJSON and reports created then updated", async () => {
    const items = [
      { code: "cat_a", parent: "master" },
      { code: "cat_b", parent: "master" },
    ];
    const first = await setup.client.categories.upsertList(items).collect();
    expect(first.summary).toMatchObject({ created: 2, failed: 0 });
    const second = await setup.client.categories.upsertList(items).collect();
    expect(second.summary).toMatchObject({ updated: 2, failed: 0 });
    expect(second.results.map((result) => result.code)).toEqual(["cat_a", "cat_b"]);
  });

  it("reads system information through both names", async () => {
    const information = await setup.client.system.getInformation();
    expect(information.version).toBe("7.0.0");
    await expect(setup.client.getSystemInformationApi().get()).resolves.toEqual(information);
  });
});
