import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { buildGenerated, GenerationError } from "../../../scripts/generate/build-generated.js";
import { DescriptionError } from "../../../scripts/normalize/bundle-refs.js";
import { readRules } from "../../../scripts/normalize/read-rules.js";
import { readSourcePins } from "../../../scripts/normalize/source-pins.js";
import { DEFAULT_SPEC_PATH } from "../../../scripts/normalize/spec-path.js";
import { TINY_RULES } from "../normalize/tiny-description.js";
import type { BuildSummary } from "./build-summary.js";

jest.mock("../../../scripts/generate/generate-types.js", () => ({
  // openapi-typescript cannot load under jest's CommonJS runtime; the failures tested in this
  // process all happen before types are generated, and the full runs go through build-summary.ts.
  generateSchemaTypes: () => Promise.reject(new Error("not reachable in these tests")),
}));

// The current description (137 operations) and its split YAML sources are regenerated end to end
// by regenerate-inputs.test.ts.
const BUILD_TIMEOUT_MS = 180_000;
const run = promisify(execFile);

async function summarize(specPath: string, ...flags: string[]): Promise<BuildSummary> {
  const tsx = resolve("node_modules/.bin/tsx");
  const { stdout } = await run(
    tsx,
    ["test/scripts/generate/build-summary.ts", specPath, ...flags],
    {
      timeout: BUILD_TIMEOUT_MS,
      maxBuffer: 1024 * 1024,
    },
  );
  return JSON.parse(stdout) as BuildSummary;
}

const { rules, naming } = readRules(resolve("openapi"));
const pins = readSourcePins(resolve("openapi"));

describe("buildGenerated on Akeneo's descriptions", () => {
  it(
    "generates all 165 operations of the default description, valid and byte-stable",
    async () => {
      const [first, second] = await Promise.all([
        summarize(resolve(DEFAULT_SPEC_PATH)),
        summarize(resolve(DEFAULT_SPEC_PATH)),
      ]);
      expect(first).toMatchObject({
        operations: 165,
        validationErrors: 0,
        warnings: [],
        fileNames: [
          "endpoints.ts",
          "facade-operations.ts",
          "index.ts",
          "models.ts",
          "operation-types.ts",
          "operations.ts",
          "runtime-facts.ts",
          "schema.ts",
        ],
      });
      expect(first.source).toContain("(pre-paas-cleanup)");
      expect(second.digest).toBe(first.digest);
    },
    BUILD_TIMEOUT_MS,
  );
});

describe("buildGenerated on an OpenAPI 3.1 rendition of the default description", () => {
  it(
    "gives the same operation table and the same declarations as the Swagger 2.0 file",
    async () => {
      const [swagger, openapi31] = await Promise.all([
        summarize(resolve(DEFAULT_SPEC_PATH)),
        summarize(resolve(DEFAULT_SPEC_PATH), "--as-openapi31"),
      ]);
      expect(openapi31).toMatchObject({ operations: 165, validationErrors: 0, warnings: [] });
      expect(openapi31.source).toContain("unpinned");
      expect(openapi31.table).toEqual(swagger.table);
      expect(openapi31.typeLinesDigest).toBe(swagger.typeLinesDigest);
    },
    BUILD_TIMEOUT_MS,
  );
});

describe("buildGenerated on bad input", () => {
  let dir = "";
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "build-generated-"));
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it("throws a DescriptionError for a file that is not a description", async () => {
    const path = join(dir, "package.json");
    writeFileSync(path, JSON.stringify({ name: "not-an-api", version: "1.0.0" }));
    await expect(buildGenerated(path, rules, naming, pins)).rejects.toThrow(DescriptionError);
    await expect(buildGenerated(path, rules, naming, pins)).rejects.toThrow(
      "not an API description",
    );
  });

  it(
    "fails in its own process with the reason on stderr",
    async () => {
      const path = join(dir, "notes.yaml");
      writeFileSync(path, "just: notes\n");
      await expect(summarize(path)).rejects.toMatchObject({
        code: 1,
        stderr: expect.stringContaining("DescriptionError"),
      });
    },
    BUILD_TIMEOUT_MS,
  );

  it("throws a DescriptionError for a missing file", async () => {
    await expect(buildGenerated(join(dir, "none.json"), rules, naming, pins)).rejects.toThrow(
      "cannot read (ENOENT)",
    );
  });

  it("throws a GenerationError when two operations get the same function name", async () => {
    const path = join(dir, "twins.json");
    const operation = (operationId: string) => ({ operationId, responses: { "204": {} } });
    writeFileSync(
      path,
      JSON.stringify({
        swagger: "2.0",
        info: { title: "t", version: "1" },
        paths: { "/a": { get: operation("a_get") }, "/b": { get: operation("b_get") } },
      }),
    );
    const twins = {
      operations: {
        "GET /a": { operationId: "a_get", name: "getThing", kind: "get" },
        "GET /b": { operationId: "b_get", name: "getThing", kind: "get" },
      },
      schemas: {},
    };
    await expect(buildGenerated(path, TINY_RULES, twins, pins)).rejects.toThrow(GenerationError);
    await expect(buildGenerated(path, TINY_RULES, twins, pins)).rejects.toThrow(
      "function name getThing is used twice",
    );
  });
});
