import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createConsumerProject } from "./consumer-project.js";
import {
  bundlerTsConfig,
  CJS_CONSUMER,
  ESM_CONSUMER,
  EXPECTED_CONSUMER_OUTPUT,
  node16TsConfig,
} from "./consumer-sources.js";
import {
  ensureFreshBuild,
  type PackedTarball,
  PROJECT_ROOT,
  packTarball,
  runCommand,
} from "./packed-artifact.js";

const TSC = join(PROJECT_ROOT, "node_modules/typescript/bin/tsc");
const TYPE_ROOTS = join(PROJECT_ROOT, "node_modules/@types");
const SETUP_TIMEOUT_MS = 240_000;

/** Runs one consumer file with Node and returns the JSON line it printed. */
async function runConsumer(folder: string, file: string): Promise<unknown> {
  const output = await runCommand(process.execPath, [file], folder);
  return JSON.parse(output.trim());
}

describe("the packed package", () => {
  let workspace: string;
  let nodeConsumer: string;
  let bundlerConsumer: string;
  let tarball: PackedTarball;

  beforeAll(async () => {
    workspace = await mkdtemp(join(tmpdir(), "akeneo-pim-sdk-packaging-"));
    await ensureFreshBuild();
    tarball = await packTarball(workspace);
    nodeConsumer = join(workspace, "node-consumer");
    bundlerConsumer = join(workspace, "bundler-consumer");
    await createConsumerProject(nodeConsumer, "commonjs", tarball.path, {
      "main.mjs": ESM_CONSUMER,
      "main.cjs": CJS_CONSUMER,
      "esm.mts": ESM_CONSUMER,
      "cjs.cts": ESM_CONSUMER,
      "tsconfig.json": node16TsConfig(TYPE_ROOTS),
    });
    await createConsumerProject(bundlerConsumer, "module", tarball.path, {
      "main.ts": ESM_CONSUMER,
      "tsconfig.json": bundlerTsConfig(TYPE_ROOTS),
    });
  }, SETUP_TIMEOUT_MS);

  afterAll(async () => {
    if (workspace !== undefined) await rm(workspace, { recursive: true, force: true });
  });

  it("carries the code of both formats and one copy of the declarations, without source maps", () => {
    expect([...tarball.files].sort()).toEqual([
      "README.md",
      "dist/index.cjs",
      "dist/index.d.cts",
      "dist/index.d.ts",
      "dist/index.js",
      "dist/redis/index.cjs",
      "dist/redis/index.d.cts",
      "dist/redis/index.d.ts",
      "dist/redis/index.js",
      "dist/testing/index.cjs",
      "dist/testing/index.d.cts",
      "dist/testing/index.d.ts",
      "dist/testing/index.js",
      "package.json",
    ]);
  });

  it("runs from an ES module (.mjs)", async () => {
    await expect(runConsumer(nodeConsumer, "main.mjs")).resolves.toEqual(EXPECTED_CONSUMER_OUTPUT);
  });

  it("runs from CommonJS (.cjs), through require() of the three entries", async () => {
    await expect(runConsumer(nodeConsumer, "main.cjs")).resolves.toEqual(EXPECTED_CONSUMER_OUTPUT);
  });

  describe("under TypeScript with module node16, strict, declarations checked", () => {
    beforeAll(async () => {
      await runCommand(process.execPath, [TSC, "-p", "tsconfig.json"], nodeConsumer);
    }, SETUP_TIMEOUT_MS);

    it("runs the compiled ES module (.mts)", async () => {
      await expect(runConsumer(nodeConsumer, "out/esm.mjs")).resolves.toEqual(
        EXPECTED_CONSUMER_OUTPUT,
      );
    });

    it("runs the compiled CommonJS module (.cts)", async () => {
      await expect(runConsumer(nodeConsumer, "out/cjs.cjs")).resolves.toEqual(
        EXPECTED_CONSUMER_OUTPUT,
      );
    });
  });

  describe("under TypeScript with moduleResolution bundler, strict, declarations checked", () => {
    beforeAll(async () => {
      await runCommand(process.execPath, [TSC, "-p", "tsconfig.json"], bundlerConsumer);
    }, SETUP_TIMEOUT_MS);

    it("runs the compiled module", async () => {
      await expect(runConsumer(bundlerConsumer, "out/main.js")).resolves.toEqual(
        EXPECTED_CONSUMER_OUTPUT,
      );
    });
  });
});
