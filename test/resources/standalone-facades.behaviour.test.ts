import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { getChannel } from "../../src/endpoints/index.js";
import * as web from "../../src/index.js";
import {
  type AkeneoCore,
  createAkeneoCore,
  createChannelsResource,
  createMediaFilesResource,
  createProductsResource,
  NotFoundError,
} from "../../src/node/index.js";
import { type FakePim, startFakePim } from "../../src/testing/index.js";
import { emulatorClientOptions } from "./emulator-client.js";

const TOKEN = { method: "POST", path: "/api/oauth/v1/token" };
const PICTURE = { identifier: "shoe-rain-boot", attribute: "picture", scope: null, locale: null };

function coreOf(pim: FakePim, create: typeof createAkeneoCore = createAkeneoCore): AkeneoCore {
  return create(emulatorClientOptions(pim));
}

describe("facades built on createAkeneoCore against the emulator", () => {
  let pim: FakePim;
  let directory: string;
  beforeEach(async () => {
    pim = await startFakePim({ sampleCatalog: true });
    directory = await mkdtemp(join(tmpdir(), "akeneo-core-"));
  });
  afterEach(async () => {
    await pim.close();
    await rm(directory, { recursive: true, force: true });
  });

  it("gets, upserts, upserts in bulk and lists products through a standalone products facade", async () => {
    const products = createProductsResource(coreOf(pim));
    expect((await products.get("shoe-rain-boot")).identifier).toBe("shoe-rain-boot");
    await expect(products.upsert("shoe-clog", { family: "shoes" })).resolves.toBe("created");
    const { summary } = await products
      .upsertList([{ identifier: "shoe-mule" }, { identifier: "shoe-clog", enabled: false }])
      .collect();
    expect(summary).toEqual({ total: 2, created: 1, updated: 1, failed: 0 });
    const page = await products.listPerPage({ limit: 2 });
    expect(page.items).toHaveLength(2);
    await expect(products.get("no-such-product")).rejects.toBeInstanceOf(NotFoundError);
  });

  it("shares one token between the facades of one core, and hands it over", async () => {
    const core = coreOf(pim);
    expect(core.getToken()).toBeUndefined();
    await createProductsResource(core).get("shoe-rain-boot");
    expect((await createChannelsResource(core).get("ecommerce")).code).toBe("ecommerce");
    expect(core.getToken()).toEqual(expect.any(String));
    expect(core.getRefreshToken()).toEqual(expect.any(String));
    expect(pim.requestLog.count(TOKEN)).toBe(1);
    expect(core.baseUrl).toBe(pim.url);
  });

  it("authenticates on demand and calls through core.raw with the same token", async () => {
    const core = coreOf(pim);
    await core.authenticate();
    const { data } = await getChannel(core.raw, { params: { path: { code: "ecommerce" } } });
    expect(data?.code).toBe("ecommerce");
    expect(pim.requestLog.count(TOKEN)).toBe(1);
  });

  it("uploads from a path with the Node entry's core, and refuses it with the web entry's", async () => {
    const source = join(directory, "boot.png");
    await writeFile(source, "picture bytes");
    const nodeMedia = createMediaFilesResource(coreOf(pim));
    await expect(nodeMedia.upload(source, { product: PICTURE })).resolves.toContain("/");
    const webMedia = createMediaFilesResource(coreOf(pim, web.createAkeneoCore));
    const error = await webMedia.upload(source, { product: PICTURE }).catch((e) => e);
    expect(error).toBeInstanceOf(web.NodeOnlyFeatureError);
  });
});
