/** What every consumer imports from the root entry of the installed package. */
const SDK_NAMES =
  "AkeneoPimClientBuilder, createAkeneoClient, createAkeneoCore, createProductsResource, isAkeneoError, isNotFoundError";

/** What every consumer imports from the Redis entry (with `redis` installed beside the SDK). */
const REDIS_NAMES = "createRedisLimiter, isRedisUnavailableError";

/** The ES module header (`.mjs`, `.mts`, and `.ts` under `moduleResolution: bundler`): every entry. */
const ESM_IMPORTS = `import { ${SDK_NAMES} } from "akeneo-pim-sdk";
import { getCategory } from "akeneo-pim-sdk/endpoints";
import { rawClientOf } from "akeneo-pim-sdk/raw";
import { startFakePim } from "akeneo-pim-sdk/testing";
import { ${REDIS_NAMES} } from "akeneo-pim-sdk/redis";
`;

/** The CommonJS header: `require()` of every entry. */
const CJS_REQUIRES = `"use strict";
const { ${SDK_NAMES} } = require("akeneo-pim-sdk");
const { getCategory } = require("akeneo-pim-sdk/endpoints");
const { rawClientOf } = require("akeneo-pim-sdk/raw");
const { startFakePim } = require("akeneo-pim-sdk/testing");
const { ${REDIS_NAMES} } = require("akeneo-pim-sdk/redis");
`;

/**
 * One call path through the public API against the installed emulator, valid as JavaScript and as strict
 * TypeScript; it prints one JSON line that the test compares with {@link EXPECTED_CONSUMER_OUTPUT}.
 */
const SCENARIO = `
async function main() {
  const pim = await startFakePim({ sampleCatalog: true });
  try {
    const client = createAkeneoClient({ baseUrl: pim.url, auth: { type: "password", ...pim.credentials } });
    const boot = await client.products.get("shoe-rain-boot");
    const core = createAkeneoCore({ baseUrl: pim.url, auth: { type: "password", ...pim.credentials } });
    const standalone = await createProductsResource(core).get("shoe-rain-boot");
    // @ts-expect-error: the SDK's declarations reach this file, so an identifier is no number
    const notANumber = boot.identifier * 1;
    let iterated = 0;
    for await (const product of client.products.all({ limit: 7 })) {
      if (product.identifier !== "") iterated += 1;
    }
    const run = client.products.upsertList([
      { identifier: "packaging-new", family: "shoes" },
      { identifier: "shoe-rain-boot", enabled: false },
    ]);
    const { results, summary } = await run.collect();
    let notFound = "no error";
    try {
      await client.products.get("no-such-product");
    } catch (error) {
      notFound = isNotFoundError(error) ? error.name + " " + error.status : "unguarded";
    }
    const { clientId, secret, username, password } = pim.credentials;
    const php = new AkeneoPimClientBuilder(pim.url).buildAuthenticatedByPassword(clientId, secret, username, password);
    const master = await php.getCategoryApi().get("master");
    const endpoint = await getCategory(client.raw, { params: { path: { code: "master" } } });
    const raw = await rawClientOf(client).GET("/api/rest/v1/categories/{code}", { params: { path: { code: "master" } } });
    const statuses = results.map((result) => result.status);
    // Nothing listens on port 1: the shared limiter cannot get a slot, so nothing reaches the PIM.
    const limiter = createRedisLimiter({ url: "redis://127.0.0.1:1/0", key: "packaging" });
    const shared = createAkeneoClient({ baseUrl: pim.url, auth: { type: "password", ...pim.credentials }, limiter, timeoutMs: 300 });
    const before = pim.requestLog.count();
    let redisDown = "no error";
    try {
      await shared.products.get("shoe-rain-boot");
    } catch (error) {
      redisDown = isRedisUnavailableError(error) && isAkeneoError(error) ? error.name : "untyped";
    } finally {
      await limiter.close();
    }
    const sentWithoutSlot = pim.requestLog.count() - before;
    console.log(JSON.stringify({ boot: boot.identifier, standalone: standalone.identifier, notANumber, iterated, statuses, summary, notFound, master: master.code, endpoint: endpoint.data?.code, raw: raw.data?.code, redisDown, sentWithoutSlot }));
  } finally {
    await pim.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
`;

/** The line every consumer prints when the installed package works end to end. */
export const EXPECTED_CONSUMER_OUTPUT = {
  boot: "shoe-rain-boot",
  standalone: "shoe-rain-boot",
  notANumber: null,
  iterated: 20,
  statuses: ["created", "updated"],
  summary: { total: 2, created: 1, updated: 1, failed: 0 },
  notFound: "NotFoundError 404",
  master: "master",
  endpoint: "master",
  raw: "master",
  redisDown: "RedisUnavailableError",
  sentWithoutSlot: 0,
};

/** The consumer as an ES module. */
export const ESM_CONSUMER = ESM_IMPORTS + SCENARIO;

/** The consumer as a CommonJS module. */
export const CJS_CONSUMER = CJS_REQUIRES + SCENARIO;

/** TypeScript settings shared by the TypeScript consumers: strict, and the SDK's declarations checked too. */
const STRICT_TYPESCRIPT = {
  strict: true,
  skipLibCheck: false,
  target: "ES2022",
  lib: ["ES2023"],
  types: ["node"],
  outDir: "out",
};

/** A `tsconfig.json` for Node's own module resolution (`module: node16`), ESM and CommonJS files together. */
export function node16TsConfig(typeRoots: string): string {
  return JSON.stringify({
    compilerOptions: {
      ...STRICT_TYPESCRIPT,
      typeRoots: [typeRoots],
      module: "node16",
      moduleResolution: "node16",
    },
    files: ["esm.mts", "cjs.cts"],
  });
}

/** A `tsconfig.json` for a bundler's module resolution (`moduleResolution: bundler`). */
export function bundlerTsConfig(typeRoots: string): string {
  return JSON.stringify({
    compilerOptions: {
      ...STRICT_TYPESCRIPT,
      typeRoots: [typeRoots],
      module: "esnext",
      moduleResolution: "bundler",
    },
    files: ["main.ts"],
  });
}
