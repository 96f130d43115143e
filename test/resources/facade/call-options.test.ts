import {
  AbortedError,
  type AkeneoClient,
  type CallOptions,
  createAkeneoClient,
  InvalidArgumentError,
  TimeoutError,
} from "../../../src/index.js";

// A server that never answers: a call can only end through its own signal or deadline, so a
// call that ends proves that its options reached the request.
function createSilentPim(): { client: AkeneoClient; sent: string[] } {
  const sent: string[] = [];
  const fetch = (input: Request, init?: RequestInit): Promise<Response> => {
    sent.push(`${input.method} ${new URL(input.url).pathname}`);
    const signal = init?.signal ?? input.signal;
    return new Promise((_resolve, reject) => {
      if (signal.aborted) reject(signal.reason);
      signal.addEventListener("abort", () => reject(signal.reason), { once: true });
    });
  };
  const client = createAkeneoClient({
    baseUrl: "https://pim.example.com",
    auth: { type: "app", token: "app-token" },
    fetch,
    retry: false,
    timeoutMs: 600_000,
    logLevel: "silent",
  });
  return { client, sent };
}

const product = { identifier: "shoe", values: {} };

type Invoke = (client: AkeneoClient, call: CallOptions) => Promise<unknown>;

async function firstOf(iterable: AsyncIterable<unknown>): Promise<unknown> {
  for await (const entry of iterable) return entry;
  return undefined;
}

const METHODS: [string, Invoke][] = [
  ["products.get with a query", (c, call) => c.products.get("shoe", {}, call)],
  ["products.get without a query", (c, call) => c.products.get("shoe", undefined, call)],
  ["families.get (no query slot)", (c, call) => c.families.get("shoes", call)],
  ["products.listPerPage", (c, call) => c.products.listPerPage({}, call)],
  ["products.all", (c, call) => firstOf(c.products.all(undefined, call))],
  ["products.pages", (c, call) => firstOf(c.products.pages({ limit: 10 }, call))],
  [
    "families.create",
    (c, call) => c.families.create({ code: "shoes", attribute_as_label: "name" }, call),
  ],
  ["products.create with a query", (c, call) => c.products.create(product, undefined, call)],
  ["products.upsert with a query", (c, call) => c.products.upsert("shoe", product, {}, call)],
  ["families.upsert (no query slot)", (c, call) => c.families.upsert("shoes", {}, call)],
  ["products.delete", (c, call) => c.products.delete("shoe", call)],
  ["assetAttributes.list", (c, call) => c.assetAttributes.list("packshots", call)],
  ["assetAttributes.all", (c, call) => firstOf(c.assetAttributes.all("packshots", call))],
  ["mediaFiles.download", (c, call) => c.mediaFiles.download("a/b/c.png", call)],
  [
    "mediaFiles.upload",
    (c, call) =>
      c.mediaFiles.upload(
        new Blob(["x"]),
        { product: { identifier: "shoe", attribute: "picture", scope: null, locale: null } },
        call,
      ),
  ],
  [
    "categoryMediaFiles.upload",
    (c, call) => c.categoryMediaFiles.upload(new Blob(["x"]), { fileName: "a.png", ...call }),
  ],
  ["catalogs.get", (c, call) => c.catalogs.get("c1", call)],
  ["catalogs.create", (c, call) => c.catalogs.create({ name: "Store" }, call)],
  ["catalogs.upsert", (c, call) => c.catalogs.upsert("c1", { name: "Store" }, call)],
  ["catalogs.duplicate without a body", (c, call) => c.catalogs.duplicate("c1", undefined, call)],
  ["catalogProducts.get", (c, call) => c.catalogProducts.get("c1", "u1", call)],
  [
    "catalogMappingSchemas.replace",
    (c, call) => c.catalogMappingSchemas.replace("c1", {} as never, call),
  ],
  ["system.getInformation", (c, call) => c.system.getInformation(call)],
  ["system.listEndpoints", (c, call) => c.system.listEndpoints(call)],
  ["workflowExecutions.start", (c, call) => c.workflowExecutions.start([{}] as never, call)],
  ["workflowTasks.update", (c, call) => c.workflowTasks.update("t1", {} as never, call)],
  ["jobs.launchExport (no body slot)", (c, call) => c.jobs.launchExport("csv_export", call)],
  ["jobs.launchImport", (c, call) => c.jobs.launchImport("csv_import", undefined, call)],
  ["uiExtensions.upsert", (c, call) => c.uiExtensions.upsert("u1", {} as never, call)],
  ["uiExtensions.update", (c, call) => c.uiExtensions.update("u1", {} as never, call)],
  ["permissions.getChannels", (c, call) => c.permissions.getChannels("u1", call)],
  ["products.submitForApproval", (c, call) => c.products.submitForApproval("shoe", call)],
  ["uuidProducts.search", (c, call) => firstOf(c.uuidProducts.search({}, undefined, call))],
  ["uuidProducts.searchPerPage", (c, call) => c.uuidProducts.searchPerPage({}, undefined, call)],
  [
    "uuidProducts.searchPages",
    (c, call) => firstOf(c.uuidProducts.searchPages({}, undefined, call)),
  ],
];

describe("facade call options", () => {
  it.each(METHODS)("%s ends at the call's timeoutMs with TimeoutError", async (_name, invoke) => {
    const { client, sent } = createSilentPim();
    await expect(invoke(client, { timeoutMs: 20 })).rejects.toBeInstanceOf(TimeoutError);
    expect(sent).toHaveLength(1);
  });

  it.each(METHODS)(
    "%s ends when the call's signal aborts, with AbortedError",
    async (_name, invoke) => {
      const { client, sent } = createSilentPim();
      const controller = new AbortController();
      const outcome = invoke(client, { signal: controller.signal });
      const settled = outcome.then(
        (value) => ({ value }),
        (error: unknown) => ({ error }),
      );
      await new Promise((resolve) => setTimeout(resolve, 10));
      expect(sent).toHaveLength(1);
      controller.abort();
      const result = await settled;
      expect("error" in result ? result.error : undefined).toBeInstanceOf(AbortedError);
    },
  );

  it.each([
    ["a string", "5000", /received string/],
    ["null", null, /received null/],
    ["an array", [], /received an array/],
    ["an unknown option", { timeout: 5 }, /Unknown call option "timeout"/],
    ["a negative timeoutMs", { timeoutMs: -1 }, /Invalid timeoutMs/],
    ["a signal that is not an AbortSignal", { signal: {} }, /Invalid signal/],
  ])("refuses call options given as %s before sending anything", async (_name, call, message) => {
    const invokes: Invoke[] = [
      (c, options) => c.products.get("shoe", undefined, options),
      (c, options) => c.families.get("shoes", options),
      (c, options) => c.products.listPerPage(undefined, options),
      (c, options) => firstOf(c.products.all(undefined, options)),
      (c, options) => c.products.upsert("shoe", product, undefined, options),
      (c, options) => c.families.create({ code: "shoes", attribute_as_label: "name" }, options),
      (c, options) => c.products.delete("shoe", options),
      (c, options) => c.mediaFiles.download("a/b/c.png", options),
      (c, options) => c.catalogs.create({ name: "Store" }, options),
      (c, options) => c.jobs.launchExport("csv_export", options),
      (c, options) => c.system.getInformation(options),
      (c, options) => c.workflowExecutions.start([{}] as never, options),
      (c, options) => c.uuidProducts.searchPerPage({}, undefined, options),
    ];
    for (const invoke of invokes) {
      const { client, sent } = createSilentPim();
      // all() refuses its options at once, synchronously, as it does a bad filter.
      const outcome = Promise.resolve().then(() => invoke(client, call as CallOptions));
      await expect(outcome).rejects.toBeInstanceOf(InvalidArgumentError);
      await expect(outcome).rejects.toThrow(message);
      expect(sent).toHaveLength(0);
    }
  });

  it("upsertList bounds each batch request by its timeoutMs option", async () => {
    const { client, sent } = createSilentPim();
    const { results } = await client.products.upsertList([product], { timeoutMs: 20 }).collect();
    expect(results[0]).toMatchObject({ status: "failed", error: expect.any(TimeoutError) });
    expect(sent).toHaveLength(1);
  });

  it("upsertList stops at its signal option with AbortedError", async () => {
    const { client, sent } = createSilentPim();
    const controller = new AbortController();
    const run = client.products.upsertList([product], { signal: controller.signal }).collect();
    const settled = run.catch((error: unknown) => error);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(sent).toHaveLength(1);
    controller.abort();
    expect(await settled).toBeInstanceOf(AbortedError);
  });

  it("refuses a bad timeoutMs of upsertList and upload before sending anything", async () => {
    const { client, sent } = createSilentPim();
    expect(() => client.products.upsertList([product], { timeoutMs: -1 })).toThrow(
      InvalidArgumentError,
    );
    await expect(
      client.categoryMediaFiles.upload(new Blob(["x"]), { timeoutMs: "1" as never }),
    ).rejects.toThrow(/Invalid timeoutMs/);
    expect(sent).toHaveLength(0);
  });
});
