import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { readReadmeExamples } from "./readme-examples.js";

const run = promisify(execFile);
const TSX_CLI = require.resolve("tsx/cli");
const ROOT = process.cwd();

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
  "Coming from the PHP client": ["master 20"],
  "Every operation, typed": [
    /^shoe-sandal$/m,
    "404 404 GET /api/rest/v1/products/no-such-product",
    "165 13",
  ],
  "Sharing tokens between processes": [/^1$/m],
  "Testing your integration with the emulator": [/^shoe-sandal 2$/m, /^4$/m],
};

describe("the README's examples", () => {
  const examples = readReadmeExamples(ROOT);
  const workDir = mkdtempSync(join(tmpdir(), "readme-examples-"));
  afterAll(() => rmSync(workDir, { recursive: true, force: true }));

  it("are all known here, so that none goes unchecked", () => {
    expect(examples.map((e) => e.heading).sort()).toEqual(Object.keys(PROMISED_OUTPUT).sort());
  });

  it.each(examples.map((e) => [e.heading, e.program] as const))(
    "%s runs and prints what it promises",
    async (heading, program) => {
      const file = join(workDir, `${heading.replace(/\W+/g, "-")}.mts`);
      writeFileSync(file, program);
      const { stdout } = await run(process.execPath, [TSX_CLI, file], { timeout: 60_000 });
      for (const promised of PROMISED_OUTPUT[heading] ?? []) {
        if (typeof promised === "string") expect(stdout).toContain(promised);
        else expect(stdout).toMatch(promised);
      }
    },
    90_000,
  );
});
