import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { startTestRedis, type TestRedis } from "../redis/support/redis-server.js";
import { readReadmeExamples } from "./readme-examples.js";

const run = promisify(execFile);
const TSX_CLI = require.resolve("tsx/cli");
const TSC_CLI = require.resolve("typescript/bin/tsc");
const ROOT = process.cwd();

/** A project that compiles the examples as a reader would, with the package's names mapped. */
function writeTypeCheckProject(dir: string, sources: readonly string[]): string {
  for (const [i, source] of sources.entries()) {
    writeFileSync(join(dir, `example-${i}.ts`), `${source}\nexport {};\n`);
  }
  const config = {
    extends: join(ROOT, "tsconfig.json"),
    compilerOptions: {
      noEmit: true,
      module: "ESNext",
      moduleResolution: "Bundler",
      typeRoots: [join(ROOT, "node_modules/@types")],
      paths: {
        "akeneo-pim-sdk": [join(ROOT, "src/index.ts")],
        "akeneo-pim-sdk/endpoints": [join(ROOT, "src/endpoints/index.ts")],
        "akeneo-pim-sdk/raw": [join(ROOT, "src/raw/index.ts")],
        "akeneo-pim-sdk/testing": [join(ROOT, "src/testing/index.ts")],
        "akeneo-pim-sdk/redis": [join(ROOT, "src/redis/index.ts")],
      },
    },
    include: [join(dir, "*.ts")],
  };
  const path = join(dir, "tsconfig.json");
  writeFileSync(path, JSON.stringify(config));
  return path;
}

/** What each README example prints that its comments promise, by the heading it stands under. */
const PROMISED_OUTPUT: Readonly<Record<string, readonly (string | RegExp)[]>> = {
  Products: [
    "shoe-rain-boot shoes",
    "4 [ 'shoe-trail-runner', 'shoe-city-sneaker' ] true",
    "shoe-clog",
  ],
  "Bulk upserts": ["{ total: 250, created: 249, updated: 0, failed: 1 }"],
  "Reading large catalogs, and resuming": [/^20$/m],
  "Media files": ["_boot.png"],
  "Coming from the PHP client": [
    "master 20 true",
    /^201$/m,
    /^shoe-trail-runner$/m,
    "1 top 204",
    "2 clog 422",
  ],
  "Every operation, typed": [
    /^shoe-sandal$/m,
    "404 404 GET /api/rest/v1/products/no-such-product",
    "165 13",
    "shoes shoes",
  ],
  "Runtimes and bundlers": ["shoe-rain-boot ecommerce true"],
  "Sharing tokens between processes": [/^1$/m],
  "Apps: the OAuth flow": ["Julia Stoll []", /^shoe-sandal$/m],
  "Typing your catalog": [
    /^rain boot$/m,
    'Invalid value of "weight" (pim_catalog_metric): expects { amount, unit }',
  ],
  "Running many workers": ["shoe-sandal shoe-rain-boot 1"],
  "Testing your integration with the emulator": [/^shoe-sandal 2$/m, /^4$/m],
  "The Node transport": [/^shoe-sandal$/m],
};

describe("the README's examples", () => {
  const examples = readReadmeExamples(ROOT);
  const workDir = mkdtempSync(join(tmpdir(), "readme-examples-"));
  // The Redis example reads REDIS_URL: a redis-server of its own, as for the Redis tests.
  let redis: TestRedis | undefined;
  beforeAll(async () => {
    redis = await startTestRedis();
  });
  afterAll(async () => {
    await redis?.close();
    rmSync(workDir, { recursive: true, force: true });
  });

  it("are all known here, so that none goes unchecked", () => {
    expect(examples.map((e) => e.heading).sort()).toEqual(Object.keys(PROMISED_OUTPUT).sort());
  });

  it("type-check as a reader would write them", async () => {
    const dir = mkdtempSync(join(workDir, "types-"));
    const project = writeTypeCheckProject(
      dir,
      examples.map((e) => e.source),
    );
    await expect(run(process.execPath, [TSC_CLI, "-p", project])).resolves.toBeDefined();
  }, 120_000);

  it.each(examples.map((e) => [e.heading, e.program] as const))(
    "%s runs and prints what it promises",
    async (heading, program) => {
      const file = join(workDir, `${heading.replace(/\W+/g, "-")}.mts`);
      writeFileSync(file, program);
      // The examples write into os.tmpdir() (a token file, a picture): here that is the test's own folder.
      const env = { ...process.env, TMPDIR: workDir, REDIS_URL: redis?.url };
      const { stdout } = await run(process.execPath, [TSX_CLI, file], { timeout: 60_000, env });
      for (const promised of PROMISED_OUTPUT[heading] ?? []) {
        if (typeof promised === "string") expect(stdout).toContain(promised);
        else expect(stdout).toMatch(promised);
      }
    },
    90_000,
  );
});
