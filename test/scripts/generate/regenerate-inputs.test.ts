import { execFile } from "node:child_process";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { DEFAULT_SPEC_PATH } from "../../../scripts/normalize/spec-path.js";
import type { RegenerationSummary } from "./regenerate-input.js";

// Akeneo's descriptions live next to the repository, never inside it; the OpenAPI 3.1 rendition
// is built at test time in a temporary folder.
const SHARED = resolve("../shared/openapi");
const RUN_TIMEOUT_MS = 240_000;
const run = promisify(execFile);

async function regenerate(specPath: string, ...flags: string[]): Promise<RegenerationSummary> {
  const { stdout } = await run(
    resolve("node_modules/.bin/tsx"),
    ["test/scripts/generate/regenerate-input.ts", specPath, ...flags],
    { timeout: RUN_TIMEOUT_MS, maxBuffer: 16 * 1024 * 1024 },
  );
  return JSON.parse(stdout) as RegenerationSummary;
}

// The user's program calls client.workflows.get (line 6): the 137-operation descriptions lack
// the workflows, so it must fail there, and only there.
const WORKFLOWS_GONE =
  "call-site.ts(6,56): error TS2339: Property 'workflows' does not exist on type 'AkeneoClient<UntypedCatalog>'.";

const LOST_BY_CURRENT = [
  "catalogMapped.models.listPerPage",
  "catalogMapped.products.listPerPage",
  "catalogMapped.variants.listPerPage",
  "catalogMappingSchemas.delete",
  "catalogMappingSchemas.get",
  "catalogMappingSchemas.replace",
  "catalogProducts.get",
  "catalogProducts.listPerPage",
  "catalogProducts.uuids.listPerPage",
  "catalogs.create",
  "catalogs.delete",
  "catalogs.duplicate",
  "catalogs.get",
  "catalogs.listPerPage",
  "catalogs.upsert",
  "permissions.getChannels",
  "permissions.getLocales",
  "uiExtensions.create",
  "uiExtensions.delete",
  "uiExtensions.list",
  "uiExtensions.update",
  "uiExtensions.upsert",
  "workflowExecutions.start",
  "workflowTasks.listPerPage",
  "workflowTasks.update",
  "workflows.get",
  "workflows.listPerPage",
  "workflows.stepAssignees.listPerPage",
];

function expectWholeSdk(summary: RegenerationSummary, operations: number): void {
  expect(summary).toMatchObject({
    operations,
    absentFacadeMethods: [],
    compileErrors: [],
    emitted: true,
    coverage: { failed: 0 },
  });
  expect(summary.coverage.passed).toBeGreaterThan(operations);
}

function expectSdkWithoutLostFacades(summary: RegenerationSummary): void {
  expect(summary).toMatchObject({
    operations: 137,
    absentFacadeMethods: LOST_BY_CURRENT,
    compileErrors: [WORKFLOWS_GONE],
    emitted: true,
    coverage: { failed: 0 },
  });
  expect(summary.coverage.passed).toBeGreaterThan(137);
}

describe("regenerating the SDK from each known input (README: Moving to a new description)", () => {
  it(
    "gives a compiling SDK covering all 165 operations from the default description",
    async () => {
      const summary = await regenerate(resolve(DEFAULT_SPEC_PATH));
      expect(summary.source).toContain("(pre-paas-cleanup)");
      expectWholeSdk(summary, 165);
    },
    RUN_TIMEOUT_MS,
  );

  it(
    "gives the same from an OpenAPI 3.1 rendition of the default description",
    async () => {
      const summary = await regenerate(resolve(DEFAULT_SPEC_PATH), "--as-openapi31");
      expect(summary.source).toContain("unpinned");
      expectWholeSdk(summary, 165);
    },
    RUN_TIMEOUT_MS,
  );

  it(
    "leaves out the facades of the 28 operations the current description lacks, failing at their call site",
    async () => {
      const summary = await regenerate(join(SHARED, "akeneo-web-api.json"));
      expect(summary.source).toContain("(current)");
      expectSdkWithoutLostFacades(summary);
    },
    RUN_TIMEOUT_MS,
  );

  it(
    "gives the same from the split YAML sources of the current description",
    async () => {
      const summary = await regenerate(join(SHARED, "swagger-src-61ef548d/akeneo-web-api.yaml"));
      expect(summary.source).toContain("(current-split-sources)");
      expectSdkWithoutLostFacades(summary);
    },
    RUN_TIMEOUT_MS,
  );
});
