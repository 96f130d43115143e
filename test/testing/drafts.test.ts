import { type FakePim, startFakePim } from "../../src/testing/index.js";
import { call } from "./support/pim-calls.js";

describe("emulator drafts and proposals", () => {
  let pim: FakePim;
  beforeEach(async () => {
    pim = await startFakePim({ sampleCatalog: true });
  });
  afterEach(() => pim.close());

  it("answers a seeded product draft, by identifier and by uuid, with its workflow status", async () => {
    pim.seed.draft("product", "acc-cap", { identifier: "acc-cap", enabled: false });
    const uuid = String(pim.data.product("acc-cap")?.uuid);
    const byIdentifier = await call(pim, "/api/rest/v1/products/acc-cap/draft");
    const byUuid = await call(pim, `/api/rest/v1/products-uuid/${uuid}/draft`);
    expect(byIdentifier.status).toBe(200);
    expect(byIdentifier.json).toEqual({
      identifier: "acc-cap",
      enabled: false,
      metadata: { workflow_status: "draft_in_progress" },
    });
    expect(byUuid.json).toEqual(byIdentifier.json);
  });

  it("sends a draft for approval once: 201, then 422", async () => {
    pim.seed.draft("product-model", "tshirt-classic", { code: "tshirt-classic" });
    const path = "/api/rest/v1/product-models/tshirt-classic";
    const first = await call(pim, `${path}/proposal`, { method: "POST" });
    const second = await call(pim, `${path}/proposal`, { method: "POST" });
    const draft = await call(pim, `${path}/draft`);
    expect([first.status, second.status]).toEqual([201, 422]);
    expect(draft.json).toMatchObject({
      metadata: { workflow_status: "proposal_waiting_for_approval" },
    });
  });

  it("answers 404 without a draft or without the product, and 422 for a proposal without draft", async () => {
    const noDraft = await call(pim, "/api/rest/v1/products/acc-cap/draft");
    const noProduct = await call(pim, "/api/rest/v1/products/nothing/draft");
    const proposal = await call(pim, "/api/rest/v1/products/acc-cap/proposal", {
      method: "POST",
    });
    expect(noDraft.status).toBe(404);
    expect(noDraft.json).toMatchObject({ message: expect.stringContaining("no draft") });
    expect(noProduct.status).toBe(404);
    expect(proposal.status).toBe(422);
  });

  it("leaves the product itself untouched", async () => {
    pim.seed.draft("product", "acc-cap", { identifier: "acc-cap", enabled: false });
    const product = await call(pim, "/api/rest/v1/products/acc-cap");
    expect(product.json).toMatchObject({ identifier: "acc-cap", enabled: true });
  });

  it("refuses to seed the draft of a product that does not exist", () => {
    expect(() => pim.seed.draft("product", "nothing", {})).toThrow(TypeError);
  });
});
