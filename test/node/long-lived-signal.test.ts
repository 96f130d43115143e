import { getEventListeners } from "node:events";
import { type EmulatorSetup, startEmulatorClient } from "../resources/emulator-client.js";

// A signal given to every call (a process's shutdown signal) lives far longer than any call:
// nothing a call adds to it may stay once the call is over. On the Node transport only: on the
// global fetch, Node's own `Request` keeps a listener on it until the request is collected.
describe("a signal shared by every call, on the Node transport", () => {
  let setup: EmulatorSetup;
  beforeEach(async () => {
    setup = await startEmulatorClient({ sampleCatalog: true });
  });
  afterEach(async () => {
    await setup.pim.close();
  });

  it("keeps no listener after gets, a page walk, a failed call and a download", async () => {
    const shutdown = new AbortController();
    const signal = shutdown.signal;
    const { client } = setup;
    for (let i = 0; i < 5; i++) await client.products.get("shoe-sandal", {}, { signal });
    for await (const _product of client.products.all({ limit: 2 }, { signal })) {
      // walking every page is the point
    }
    await expect(client.products.get("missing", {}, { signal })).rejects.toThrow();
    const code = await client.mediaFiles.upload(
      new Blob(["picture bytes"]),
      { product: { identifier: "shoe-sandal", attribute: "picture", scope: null, locale: null } },
      { fileName: "p.png", signal },
    );
    const download = await client.mediaFiles.download(code, { signal });
    await new Response(download.stream).text();
    expect(getEventListeners(signal, "abort")).toHaveLength(0);
    expect(shutdown.signal.aborted).toBe(false);
  });
});
