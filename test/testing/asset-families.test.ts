import { type FakePim, startFakePim } from "../../src/testing/index.js";
import { call, callJson } from "./support/pim-calls.js";

describe("emulator asset families", () => {
  let pim: FakePim;
  beforeEach(async () => {
    pim = await startFakePim({ sampleCatalog: true });
  });
  afterEach(() => pim.close());

  it("answers the media type of the sample media attribute", async () => {
    const answer = await call(pim, "/api/rest/v1/asset-families/packshots/attributes/media");
    expect(answer.status).toBe(200);
    expect(answer.json).toMatchObject({ code: "media", type: "media_file", media_type: "image" });
  });

  it("creates a family with a label and a media attribute and names media its main media", async () => {
    const created = await callJson(pim, "PATCH", "/api/rest/v1/asset-families/videos", {
      code: "videos",
      labels: { en_US: "Videos" },
    });
    expect(created.status).toBe(201);
    const family = await call(pim, "/api/rest/v1/asset-families/videos");
    expect(family.json).toEqual({
      code: "videos",
      labels: { en_US: "Videos" },
      attribute_as_main_media: "media",
    });
    const attributes = await call(pim, "/api/rest/v1/asset-families/videos/attributes");
    expect(attributes.json).toEqual([
      expect.objectContaining({ code: "label", type: "text", value_per_locale: true }),
      expect.objectContaining({ code: "media", type: "media_file", media_type: "image" }),
    ]);
  });

  it("keeps the main media the body names; an update leaves the attributes as they are", async () => {
    await callJson(pim, "PATCH", "/api/rest/v1/asset-families/notices", {
      code: "notices",
      attribute_as_main_media: "pdf_file",
    });
    const family = await call(pim, "/api/rest/v1/asset-families/notices");
    expect(family.json).toMatchObject({ attribute_as_main_media: "pdf_file" });
    await callJson(pim, "PATCH", "/api/rest/v1/asset-families/notices/attributes/label", {
      code: "label",
      type: "text",
      labels: { en_US: "Title" },
    });
    await callJson(pim, "PATCH", "/api/rest/v1/asset-families/notices", {
      code: "notices",
      labels: { en_US: "Notices" },
    });
    const label = await call(pim, "/api/rest/v1/asset-families/notices/attributes/label");
    expect(label.json).toMatchObject({ labels: { en_US: "Title" } });
  });
});
