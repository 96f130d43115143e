import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as web from "../../src/index.js";
import * as node from "../../src/node/index.js";
import { readPagesBeforeParse } from "../../src/resources/facade/page-walker.js";
import { type FakePim, startFakePim } from "../../src/testing/index.js";
import { emulatorClientOptions } from "../resources/emulator-client.js";

const PICTURE = { identifier: "shoe-42", attribute: "picture", scope: null, locale: null };

function clientOf(pim: FakePim, create: typeof web.createAkeneoClient): web.AkeneoClient {
  return create(emulatorClientOptions(pim));
}

describe("the Node entry and the web entry", () => {
  let pim: FakePim;
  let directory: string;
  beforeEach(async () => {
    pim = await startFakePim({ sampleCatalog: true });
    pim.seed.products([{ identifier: "shoe-42" }]);
    directory = await mkdtemp(join(tmpdir(), "akeneo-entries-"));
  });
  afterEach(async () => {
    await pim.close();
    await rm(directory, { recursive: true, force: true });
  });

  it("export the same names, so that one set of declarations describes both", () => {
    expect(Object.keys(node).sort()).toEqual(Object.keys(web).sort());
    expect(node.createAkeneoClient).not.toBe(web.createAkeneoClient);
    expect(node.createAkeneoCore).not.toBe(web.createAkeneoCore);
    expect(node.NotFoundError).toBe(web.NotFoundError);
  });

  it("uploads from a path and saves a download with downloadTo on Node", async () => {
    const source = join(directory, "shoe.png");
    await writeFile(source, "picture bytes");
    const client = clientOf(pim, node.createAkeneoClient);
    const code = await client.mediaFiles.upload(source, { product: PICTURE });
    const target = join(directory, "copy.png");
    await (await client.mediaFiles.download(code)).downloadTo(target);
    expect(await readFile(target, "utf8")).toBe("picture bytes");
  });

  it("refuses an upload from a path on the web build, naming the feature, and sends nothing", async () => {
    const source = join(directory, "shoe.png");
    await writeFile(source, "picture bytes");
    const client = clientOf(pim, web.createAkeneoClient);
    const error = await client.mediaFiles.upload(source, { product: PICTURE }).catch((e) => e);
    expect(error).toBeInstanceOf(web.NodeOnlyFeatureError);
    expect(error).toBeInstanceOf(web.AkeneoError);
    expect(error.feature).toBe("An upload from a file path");
    expect(pim.requestLog.count({ method: "POST", path: "/api/rest/v1/media-files" })).toBe(0);
  });

  it("reads a stream upload into memory on the web build, and refuses downloadTo but keeps the stream", async () => {
    const client = clientOf(pim, web.createAkeneoClient);
    const stream = new Blob(["streamed bytes"]).stream();
    const code = await client.mediaFiles.upload(
      stream,
      { product: PICTURE },
      { fileName: "s.png" },
    );
    const download = await client.mediaFiles.download(code);
    const error = await download.downloadTo(join(directory, "copy.png")).catch((e) => e);
    expect(error).toBeInstanceOf(web.NodeOnlyFeatureError);
    expect(error.message).toContain("downloadTo");
    expect(await new Response(download.stream).text()).toBe("streamed bytes");
  });

  it("builds PHP-style clients on Node's platform from the Node entry", async () => {
    const source = join(directory, "shoe.png");
    await writeFile(source, "picture bytes");
    const { clientId, secret, username, password } = pim.credentials;
    const client = new node.AkeneoPimClientBuilder(pim.url, {
      logLevel: "error",
    }).buildAuthenticatedByPassword(clientId, secret, username, password);
    await expect(client.mediaFiles.upload(source, { product: PICTURE })).resolves.toContain("/");
  });

  it("walks lists asking for the next page before the parse on Node only", async () => {
    pim.seed.products(Array.from({ length: 150 }, (_, index) => ({ identifier: `p-${index}` })));
    const listRequests = () =>
      pim.requestLog.count({ method: "GET", path: "/api/rest/v1/products" });
    const atFirstItem = async (products: web.ProductsResource): Promise<number> => {
      const before = listRequests();
      for await (const _product of products.all()) return listRequests() - before;
      return 0;
    };
    const options = emulatorClientOptions(pim);
    expect(await atFirstItem(clientOf(pim, node.createAkeneoClient).products)).toBe(2);
    const nodeCore = node.createAkeneoCore(options);
    expect(await atFirstItem(node.createProductsResource(nodeCore))).toBe(2);
    expect(nodeCore.pageWalker).toBe(readPagesBeforeParse);
    // In a browser the request would leave only after the parse: the web build has no walker.
    expect(web.createAkeneoCore(options).pageWalker).toBeUndefined();
  });

  it("throws NodeOnlyFeatureError from the web build's createFileTokenStore", () => {
    expect(() => web.createFileTokenStore(join(directory, "token.json"))).toThrow(
      web.NodeOnlyFeatureError,
    );
    expect(node.createFileTokenStore(join(directory, "token.json"))).toHaveProperty("load");
  });
});
