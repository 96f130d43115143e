import { type EmulatorSetup, startEmulatorClient } from "../emulator-client.js";

describe("PHP page of a list against the emulator", () => {
  let setup: EmulatorSetup;
  beforeEach(async () => {
    setup = await startEmulatorClient({ sampleCatalog: true });
  });
  afterEach(async () => {
    await setup.pim.close();
  });

  it("moves through the pages with the PHP client's getters and links", async () => {
    const first = await setup.client.getCategoryApi().listPerPage(4, true);
    expect(first.getCount()).toBe(6);
    expect(first.hasPreviousPage()).toBe(false);
    expect(first.getPreviousLink()).toBeNull();
    await expect(first.getPreviousPage()).resolves.toBeNull();
    expect(first.hasNextPage()).toBe(true);
    const nextLink = first.getNextLink();
    expect(nextLink).toMatch(new RegExp(`^${setup.pim.url}/api/rest/v1/categories\\?`));
    expect(new URL(nextLink ?? "").searchParams.get("page")).toBe("2");

    const second = await first.getNextPage();
    expect(second?.getItems()).toHaveLength(2);
    expect(second?.hasNextPage()).toBe(false);
    expect(second?.getNextLink()).toBeNull();
    await expect(second?.getNextPage()).resolves.toBeNull();
    expect(second?.hasPreviousPage()).toBe(true);
    expect(second?.getPreviousLink()).toEqual(expect.stringContaining("page=1"));

    const back = await second?.getPreviousPage();
    const again = await second?.getFirstPage();
    const codes = first.getItems().map((category) => category.code);
    expect(back?.getItems().map((category) => category.code)).toEqual(codes);
    expect(again?.getItems().map((category) => category.code)).toEqual(codes);
  });

  it("hands out a copy of the items, so that changing it leaves the page alone", async () => {
    const page = await setup.client.getLocaleApi().listPerPage(2);
    page.getItems().pop();
    expect(page.getItems()).toHaveLength(2);
  });
});
