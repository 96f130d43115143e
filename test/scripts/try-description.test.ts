import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { DEFAULT_SPEC_PATH } from "../../scripts/normalize/spec-path.js";
import { renderOpenApi31 } from "./generate/openapi31-rendition.js";

const run = promisify(execFile);
const TIMEOUT_MS = 300_000;

describe("npm run spec:try (README: Moving to a new description)", () => {
  let dir = "";
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "spec-try-"));
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it(
    "generates from an OpenAPI 3.1 file in memory and type-checks src/ against it, leaving generated/ alone",
    async () => {
      const swagger = JSON.parse(readFileSync(resolve(DEFAULT_SPEC_PATH), "utf8"));
      const spec = join(dir, "akeneo-web-api.json");
      writeFileSync(spec, JSON.stringify(renderOpenApi31(swagger, true)));
      const before = readFileSync(resolve("generated/operations.ts"), "utf8");
      const tsx = resolve("node_modules/.bin/tsx");
      const { stdout } = await run(tsx, ["scripts/try-description.ts", "--spec", spec], {
        timeout: TIMEOUT_MS,
        maxBuffer: 1024 * 1024,
      });
      expect(stdout).toContain("165 operations generated; src/ type-checks against them");
      expect(readFileSync(resolve("generated/operations.ts"), "utf8")).toBe(before);
    },
    TIMEOUT_MS,
  );
});
