import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "esbuild";
import { startFakePim } from "../../src/testing/index.js";
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

// One copy of the error classes per runtime: the raw entry's errors are the main entry's.
const RAW_ERROR_IDENTITY_CJS = `
const { rawClientOf } = require("akeneo-pim-sdk/raw");
const { InvalidArgumentError } = require("akeneo-pim-sdk");
try { rawClientOf({}); } catch (error) { console.log(error instanceof InvalidArgumentError); }
`;
const RAW_ERROR_IDENTITY_ESM = `
import { rawClientOf } from "akeneo-pim-sdk/raw";
import { InvalidArgumentError } from "akeneo-pim-sdk";
try { rawClientOf({}); } catch (error) { console.log(error instanceof InvalidArgumentError); }
`;

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
    const chunk = tarball.files.filter((file) => /^dist\/index-[\w-]+\.d\.cts$/.test(file));
    expect(chunk).toHaveLength(1);
    expect([...tarball.files].sort()).toEqual(
      [
        "README.md",
        ...["", "endpoints/", "raw/", "redis/", "testing/"].flatMap((folder) =>
          ["index.cjs", "index.d.cts", "index.d.ts", "index.js"].map((f) => `dist/${folder}${f}`),
        ),
        ...chunk,
        "dist/cli.js",
        "dist/node/index.cjs",
        "dist/node/index.js",
        "package.json",
      ].sort(),
    );
  });

  it("keeps openapi-fetch's declarations out of every entry but akeneo-pim-sdk/raw", async () => {
    const declarations = tarball.files.filter((file) => /\.d\.c?ts$/.test(file));
    const importers: string[] = [];
    for (const file of declarations) {
      const text = await readFile(join(PROJECT_ROOT, file), "utf8");
      if (/from ['"]openapi-fetch['"]/.test(text)) importers.push(file);
    }
    expect(importers).toEqual(["dist/raw/index.d.cts"]);
  });

  it("installs the akeneo-pim command, which reaches an emulator", async () => {
    const pim = await startFakePim({ sampleCatalog: true });
    try {
      const output = await runCommand(
        join(nodeConsumer, "node_modules/.bin/akeneo-pim"),
        ["whoami", "--json"],
        nodeConsumer,
        {
          AKENEO_BASE_URL: pim.url,
          AKENEO_CLIENT_ID: pim.credentials.clientId,
          AKENEO_SECRET: pim.credentials.secret,
          AKENEO_USERNAME: pim.credentials.username,
          AKENEO_PASSWORD: pim.credentials.password,
        },
      );
      expect(JSON.parse(output)).toMatchObject({ version: "7.0.0", authenticated: true });
    } finally {
      await pim.close();
    }
  });

  it("gives a browser bundler the web build and Node the Node build", async () => {
    const result = await build({
      stdin: {
        contents:
          'import { createAkeneoClient } from "akeneo-pim-sdk"; globalThis.c = createAkeneoClient;',
        resolveDir: bundlerConsumer,
      },
      absWorkingDir: bundlerConsumer,
      bundle: true,
      platform: "browser",
      write: false,
      metafile: true,
      logLevel: "silent",
    });
    expect(Object.keys(result.metafile.inputs)).toContain(
      "node_modules/akeneo-pim-sdk/dist/index.js",
    );
    const resolved = await runCommand(
      process.execPath,
      ["-p", 'require.resolve("akeneo-pim-sdk")'],
      nodeConsumer,
    );
    expect(resolved.trim()).toBe(
      join(nodeConsumer, "node_modules/akeneo-pim-sdk/dist/node/index.cjs"),
    );
  });

  it.each([
    ["CommonJS", ["-e", RAW_ERROR_IDENTITY_CJS]],
    ["an ES module", ["--input-type=module", "-e", RAW_ERROR_IDENTITY_ESM]],
  ])("throws the main entry's error classes from akeneo-pim-sdk/raw, under %s", async (_, args) => {
    const output = await runCommand(process.execPath, args, nodeConsumer);
    expect(output.trim()).toBe("true");
  });

  it("bundles openapi-fetch, with its MIT notice, only where an import of it cannot serve", async () => {
    const scripts = tarball.files.filter((file) => /\.c?js$/.test(file));
    const bundling: string[] = [];
    const importing: string[] = [];
    for (const file of scripts) {
      const text = await readFile(join(PROJECT_ROOT, file), "utf8");
      const bundlesIt = text.includes("function createClient(");
      const carriesNotice =
        text.includes("openapi-fetch 0.17.0") &&
        text.includes("Copyright (c) 2023 Drew Powers") &&
        text.includes("Permission is hereby granted, free of charge");
      expect({ file, carriesNotice }).toEqual({ file, carriesNotice: bundlesIt });
      if (bundlesIt) bundling.push(file);
      if (/^import createClient from "openapi-fetch";$/m.test(text)) importing.push(file);
    }
    expect(bundling.sort()).toEqual(["dist/index.cjs", "dist/node/index.cjs"]);
    expect(importing.sort()).toEqual(["dist/cli.js", "dist/index.js", "dist/node/index.js"]);
  });

  it("runs from an ES module (.mjs)", async () => {
    await expect(runConsumer(nodeConsumer, "main.mjs")).resolves.toEqual(EXPECTED_CONSUMER_OUTPUT);
  });

  it("runs from CommonJS (.cjs), through require() of every entry", async () => {
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
