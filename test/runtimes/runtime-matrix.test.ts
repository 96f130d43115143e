import { existsSync } from "node:fs";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { type FakePimOptions, startFakePim } from "../../src/testing/index.js";
import { createConsumerProject } from "../packaging/consumer-project.js";
import { ensureFreshBuild, packTarball } from "../packaging/packed-artifact.js";
import { runBrowserRow } from "./browser-row.js";
import {
  CHROMIUM_PATH,
  listServerRuntimes,
  playwrightCorePath,
  RUNTIMES_FOLDER,
} from "./installed-runtimes.js";
import { formatMatrixTable, isPassingRow, type MatrixRow } from "./matrix-table.js";
import { readRuntimeVersion, runServerRow } from "./run-server-row.js";
import type { SmokeReport, SmokeTarget } from "./smoke/smoke-suite.js";
import { bundleBrowserSmoke, bundleServerSmoke } from "./smoke-bundles.js";

const SETUP_TIMEOUT_MS = 240_000;
const ROW_TIMEOUT_MS = 90_000;
const APP_TOKEN = "smoke-app-token";
/** Where the table lands; `.ci/run` prints it after the tests (a green test run prints nothing). */
const TABLE_PATH = join(dirname(RUNTIMES_FOLDER), "matrix.txt");
const IN_CI = process.env.CI === "true";

/** Runs one row against an emulator of its own, so that every runtime starts from the sample catalog. */
async function againstFreshEmulator(
  run: (target: SmokeTarget) => Promise<SmokeReport>,
  options: FakePimOptions = {},
): Promise<MatrixRow["outcome"]> {
  const pim = await startFakePim({ ...options, sampleCatalog: true, appTokens: [APP_TOKEN] });
  try {
    const target: SmokeTarget = {
      baseUrl: pim.url,
      credentials: pim.credentials,
      appToken: APP_TOKEN,
      productCount: pim.data.productCount(),
      productIdentifier: "shoe-rain-boot",
    };
    return { report: await run(target) };
  } catch (error) {
    return { failure: error instanceof Error ? error.message : String(error) };
  } finally {
    await pim.close();
  }
}

/** A missing runtime fails in CI and is skipped, loudly, elsewhere. */
function missing(runtime: string, what: string): MatrixRow {
  const message = `${runtime}: ${what} is not installed; run \`npm run runtimes:install\``;
  if (IN_CI) throw new Error(message);
  console.warn(`RUNTIME MATRIX ROW SKIPPED: ${message}`);
  return { runtime, version: "-", outcome: { skipped: message } };
}

function expectPassing(row: MatrixRow): void {
  if ("skipped" in row.outcome) return;
  if (!isPassingRow(row))
    throw new Error(`runtime matrix row failed:\n${formatMatrixTable([row])}`);
}

describe("the runtime matrix (the packed package's smoke suite on every runtime)", () => {
  const rows: MatrixRow[] = [];
  let workspace: string;
  let consumer: string;
  let serverScript: string;

  beforeAll(async () => {
    workspace = await mkdtemp(join(tmpdir(), "akeneo-pim-sdk-matrix-"));
    await ensureFreshBuild();
    const tarball = await packTarball(workspace);
    consumer = join(workspace, "consumer");
    await createConsumerProject(consumer, "module", tarball.path, {});
    serverScript = await bundleServerSmoke(consumer);
  }, SETUP_TIMEOUT_MS);

  afterAll(async () => {
    await mkdir(dirname(TABLE_PATH), { recursive: true });
    await writeFile(TABLE_PATH, `${formatMatrixTable(rows)}\n`);
    if (workspace !== undefined) await rm(workspace, { recursive: true, force: true });
  });

  for (const runtime of listServerRuntimes()) {
    it(
      `passes the smoke suite on ${runtime.name}`,
      async () => {
        const { executable } = runtime;
        if (executable === undefined) {
          rows.push(missing(runtime.name, runtime.name));
          return;
        }
        const row: MatrixRow = {
          runtime: runtime.name,
          version: await readRuntimeVersion(executable),
          outcome: await againstFreshEmulator((target) =>
            runServerRow(executable, runtime.flags, serverScript, consumer, target),
          ),
        };
        rows.push(row);
        expectPassing(row);
      },
      ROW_TIMEOUT_MS,
    );
  }

  it(
    "runs the smoke suite in headless Chromium",
    async () => {
      const driver = playwrightCorePath();
      if (driver === undefined || !existsSync(CHROMIUM_PATH)) {
        rows.push(missing("Chromium", driver === undefined ? "playwright-core" : CHROMIUM_PATH));
        return;
      }
      const version = await readRuntimeVersion(CHROMIUM_PATH);
      const outcome = await againstFreshEmulator(
        async (target) =>
          runBrowserRow(driver, CHROMIUM_PATH, await bundleBrowserSmoke(consumer), target),
        { cors: true },
      );
      const row: MatrixRow = { runtime: "Chromium (headless)", version, outcome };
      rows.push(row);
      expectPassing(row);
    },
    ROW_TIMEOUT_MS,
  );
});
