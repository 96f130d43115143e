import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createContext, runInContext } from "node:vm";
import { type FakePim, startFakePim } from "../../src/testing/index.js";
import { ensureFreshBuild, PROJECT_ROOT } from "../packaging/packed-artifact.js";
import { bundleForBrowser } from "./web-bundle.js";

const SETUP_TIMEOUT_MS = 240_000;
// createAkeneoClient builds every facade and binds every endpoint function: 36.7 kB (142 kB
// minified); this budget keeps it from growing.
const GZIPPED_BUDGET_BYTES = 40_000;
// createAkeneoCore and one facade: 24,958 bytes (75 kB minified); the goal is 25 kB.
const GZIPPED_CORE_BUDGET_BYTES = 25_000;

const GET_ONE_PRODUCT = `
import { createAkeneoClient } from "akeneo-pim-sdk";
const client = createAkeneoClient({ baseUrl: "https://pim.example.com", auth: { type: "app", token: "t" } });
client.products.get("shoe-42").then((product) => globalThis.product = product);
`;

const GET_ONE_PRODUCT_FROM_CORE = `
import { createAkeneoCore, createProductsResource } from "akeneo-pim-sdk";
const core = createAkeneoCore({ baseUrl: "https://pim.example.com", auth: { type: "app", token: "t" } });
createProductsResource(core).get("shoe-42").then((product) => globalThis.product = product);
`;

// Runs in a context holding web globals only: no Buffer, process or require.
const SMOKE = `
import { createAkeneoClient } from "akeneo-pim-sdk";
globalThis.runSmoke = async (baseUrl, auth) => {
  const client = createAkeneoClient({ baseUrl, auth, retry: false, logLevel: "silent" });
  const items = Array.from({ length: 250 }, (_, i) => ({ identifier: "w-" + i }));
  const { summary } = await client.products.upsertList(items).collect();
  const first = await client.products.get("w-0");
  const seen = [];
  const cursors = [];
  for await (const page of client.products.pages({ limit: 100 })) {
    cursors.push(page.cursor);
    for (const item of page.items) seen.push(item.identifier);
  }
  const resumed = [];
  for await (const item of client.products.all({ limit: 100, resumeFrom: cursors[0] })) resumed.push(item.identifier);
  const code = await client.mediaFiles.upload(new Blob(["web bytes"]), {
    product: { identifier: "w-0", attribute: "picture", scope: null, locale: null },
  }, { fileName: "w.png" });
  const download = await client.mediaFiles.download(code);
  const text = await new Response(download.stream).text();
  return { summary, first: first.identifier, seen: seen.length, resumed: resumed.length, text };
};
`;

const WEB_GLOBALS = [
  "fetch",
  "Request",
  "Response",
  "Headers",
  "FormData",
  "Blob",
  "File",
  "URL",
  "URLSearchParams",
  "TextEncoder",
  "TextDecoder",
  "ReadableStream",
  "WritableStream",
  "TransformStream",
  "AbortController",
  "AbortSignal",
  "DOMException",
  "Event",
  "EventTarget",
  "crypto",
  "atob",
  "btoa",
  "setTimeout",
  "clearTimeout",
  "queueMicrotask",
  "structuredClone",
  "console",
] as const;

function webContext(): Record<string, unknown> {
  const context: Record<string, unknown> = {};
  for (const name of WEB_GLOBALS) context[name] = (globalThis as Record<string, unknown>)[name];
  return createContext(context);
}

describe("the web build", () => {
  beforeAll(async () => {
    await ensureFreshBuild();
  }, SETUP_TIMEOUT_MS);

  it("bundles createAkeneoClient and products.get for the browser without a Node built-in", async () => {
    const bundle = await bundleForBrowser(GET_ONE_PRODUCT, "esm");
    expect(bundle.nodeBuiltins).toEqual([]);
    expect(bundle.code).toContain("shoe-42");
  });

  it("names a Node built-in that a bundled module asks for", async () => {
    const bundle = await bundleForBrowser(`${GET_ONE_PRODUCT}\nimport "node:fs";`, "esm");
    expect(bundle.nodeBuiltins).toEqual(["node:fs"]);
  });

  it("stays within the size budget, minified and gzipped", async () => {
    const bundle = await bundleForBrowser(GET_ONE_PRODUCT, "esm");
    expect(bundle.gzippedBytes).toBeLessThanOrEqual(GZIPPED_BUDGET_BYTES);
  });

  it("keeps only the products facade's operations in a bundle of createAkeneoCore and that facade", async () => {
    const bundle = await bundleForBrowser(GET_ONE_PRODUCT_FROM_CORE, "esm");
    expect(bundle.nodeBuiltins).toEqual([]);
    expect(bundle.code).toContain('"/api/rest/v1/products/{code}"');
    expect(bundle.code).not.toContain("/api/rest/v1/channels");
    expect(bundle.code).not.toContain("/api/rest/v1/products-uuid");
    // openapi-fetch, which the ES module build imports, is measured inside the bundle.
    expect(bundle.code).not.toMatch(/from\s*["']openapi-fetch["']/);
    expect(bundle.gzippedBytes).toBeLessThanOrEqual(GZIPPED_CORE_BUDGET_BYTES);
  });

  it("leaves the client out of a bundle that uses an error guard only", async () => {
    const manifest = JSON.parse(readFileSync(join(PROJECT_ROOT, "package.json"), "utf8"));
    expect(manifest.sideEffects).toBe(false);
    const client = await bundleForBrowser(GET_ONE_PRODUCT, "esm");
    const guard = await bundleForBrowser(
      `import { isNotFoundError } from "akeneo-pim-sdk"; globalThis.guard = isNotFoundError;`,
      "esm",
    );
    // 2.3 kB of 142 kB: no generated table and no facade stays, so a module-level call that pulls
    // one in fails this.
    expect(guard.minifiedBytes).toBeLessThan(client.minifiedBytes / 20);
    expect(guard.code).not.toContain("akeneo-page-v1.");
    // Module-level constants (the PHP accessor names, the App scopes) fall out when unused.
    expect(guard.code).not.toContain("getProductApi");
    expect(guard.code).not.toContain("read_products");
  });

  describe("run where Buffer, process and require do not exist", () => {
    let pim: FakePim;
    beforeEach(async () => {
      pim = await startFakePim({ sampleCatalog: true });
    });
    afterEach(async () => {
      await pim.close();
    });

    it("upserts 250, gets, pages across pages and resumes, uploads a Blob and downloads it", async () => {
      const bundle = await bundleForBrowser(SMOKE, "iife");
      const context = webContext();
      runInContext(
        "globalThis.Buffer === undefined && typeof process === 'undefined' && typeof require === 'undefined' || (() => { throw new Error('Node globals leak'); })()",
        context,
      );
      runInContext(bundle.code, context);
      const { clientId, secret, username, password } = pim.credentials;
      const run = context.runSmoke as (url: string, auth: object) => Promise<unknown>;
      const outcome = await run(pim.url, {
        type: "password",
        clientId,
        secret,
        username,
        password,
      });
      expect(outcome).toEqual({
        summary: { total: 250, created: 250, updated: 0, failed: 0 },
        first: "w-0",
        seen: pim.data.productCount(),
        resumed: pim.data.productCount() - 100,
        text: "web bytes",
      });
    });
  });
});
