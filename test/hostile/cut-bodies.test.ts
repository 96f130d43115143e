import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type AkeneoClient, createAkeneoClient } from "../../src/node/index.js";
import { type FakePim, startFakePim } from "../../src/testing/index.js";
import {
  createHostileClient,
  expectSafeFailure,
  PRODUCT_CODE,
  READ_SURFACES,
} from "./support/hostile-client.js";
import {
  cutBody,
  type HostileServer,
  sendJson,
  startHostileServer,
} from "./support/hostile-server.js";

const PRODUCT = { identifier: PRODUCT_CODE, family: "shoes", values: {} };
const HALF_PRODUCT = '{"identifier":"hostile-product","fam';

let server: HostileServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

// The emulator's clients keep the hostile suite's fast retries.
function createEmulatorClient(pim: FakePim): AkeneoClient {
  return createAkeneoClient({
    baseUrl: pim.url,
    auth: { type: "password", ...pim.credentials },
    retry: { maxRetries: 2, baseDelayMs: 1, maxDelayMs: 5 },
    logLevel: "silent",
  });
}

describe.each(READ_SURFACES)("a JSON answer cut mid-body, through $name", (surface) => {
  it("is a ConnectionError after the retries, one request per attempt", async () => {
    server = await startHostileServer((_request, response) =>
      cutBody(response, { sent: HALF_PRODUCT }),
    );
    const error = await expectSafeFailure(
      surface.read(createHostileClient(server)),
      "ConnectionError",
    );
    expect(error.message).toContain("GET /api/rest/v1/products/hostile-product");
    expect(server.apiRequests()).toHaveLength(3);
  });

  it("is retried and answers the product when the next attempt is whole", async () => {
    server = await startHostileServer((_request, response, hit) => {
      if (hit === 1) cutBody(response, { sent: HALF_PRODUCT });
      else sendJson(response, 200, PRODUCT);
    });
    await expect(surface.read(createHostileClient(server))).resolves.toEqual(PRODUCT);
    expect(server.apiRequests()).toHaveLength(2);
  });

  it("is a ConnectionError when a Content-Length of 1 MB covers a short body", async () => {
    server = await startHostileServer((_request, response) =>
      cutBody(response, { sent: HALF_PRODUCT, announcedLength: 1_048_576 }),
    );
    await expectSafeFailure(surface.read(createHostileClient(server)), "ConnectionError");
    expect(server.apiRequests()).toHaveLength(3);
  });

  it("is refused at once when a Content-Length of 1 GB covers a short body", async () => {
    server = await startHostileServer((_request, response) =>
      cutBody(response, { sent: HALF_PRODUCT, announcedLength: 1_073_741_824 }),
    );
    const error = await expectSafeFailure(
      surface.read(createHostileClient(server)),
      "InvalidResponseError",
    );
    expect(error.reason).toBe("too-large");
    expect(server.apiRequests()).toHaveLength(1);
  });

  it("is a ConnectionError when a gzip header covers a plain body", async () => {
    server = await startHostileServer((_request, response) => {
      response.writeHead(200, { "content-type": "application/json", "content-encoding": "gzip" });
      response.end(JSON.stringify(PRODUCT));
    });
    const error = await expectSafeFailure(
      surface.read(createHostileClient(server)),
      "ConnectionError",
    );
    expect(error.code).toBe("Z_DATA_ERROR");
    expect(server.apiRequests()).toHaveLength(3);
  });
});

describe("a create whose answer is cut mid-body", () => {
  it("is a ConnectionError and is not sent twice", async () => {
    server = await startHostileServer((_request, response) =>
      cutBody(response, { status: 201, sent: '{"partial":' }),
    );
    const client = createHostileClient(server);
    await expectSafeFailure(client.products.create({ identifier: "new-one" }), "ConnectionError");
    expect(server.apiRequests()).toHaveLength(1);
  });
});

describe("the emulator's mid-body resets", () => {
  it("are retried by products.get until the answer is whole", async () => {
    const pim = await startFakePim({ sampleCatalog: true });
    try {
      const client = createEmulatorClient(pim);
      await client.authenticate();
      pim.faults.resetConnections({ phase: "mid-body", times: 2 });
      const product = await client.products.get("shoe-sandal");
      expect(product.identifier).toBe("shoe-sandal");
    } finally {
      await pim.close();
    }
  });

  it("end in a ConnectionError when every attempt is cut", async () => {
    const pim = await startFakePim({ sampleCatalog: true });
    try {
      const client = createEmulatorClient(pim);
      await client.authenticate();
      pim.faults.resetConnections({ phase: "mid-body", times: 3 });
      await expectSafeFailure(client.products.get("shoe-sandal"), "ConnectionError");
      await expect(client.products.get("shoe-sandal")).resolves.toMatchObject({
        identifier: "shoe-sandal",
      });
    } finally {
      await pim.close();
    }
  });
});

describe("a download cut mid-stream", () => {
  let folder: string;
  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), "hostile-download-"));
  });
  afterEach(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  const cutFile = (): Promise<HostileServer> =>
    startHostileServer((_request, response) =>
      cutBody(response, {
        headers: { "content-type": "application/octet-stream" },
        sent: "x".repeat(70_000),
        announcedLength: 1_073_741_824,
      }),
    );

  it("fails downloadTo with a ConnectionError and leaves no file, partial or temporary", async () => {
    server = await cutFile();
    const download = await createHostileClient(server).mediaFiles.download("a/b/c/d/file.bin");
    const target = join(folder, "file.bin");
    await expectSafeFailure(download.downloadTo(target), "ConnectionError");
    expect(await readdir(folder)).toEqual([]);
    expect(server.apiRequests()).toHaveLength(1);
  });

  it("errors the endpoint's stream with a ConnectionError", async () => {
    server = await cutFile();
    const { data } = await createHostileClient(server).endpoints.downloadMediaFile({
      params: { path: { code: "a/b/c/d/file.bin" } },
    });
    const drain = async (): Promise<void> => {
      for await (const _chunk of data as unknown as AsyncIterable<Uint8Array>) {
        // read to the end
      }
    };
    await expectSafeFailure(drain(), "ConnectionError");
  });
});
