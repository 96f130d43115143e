import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);
const COMMAND_TIMEOUT_MS = 60_000;

function swagger(paths: object): string {
  return JSON.stringify({ swagger: "2.0", info: { title: "t", version: "1" }, paths });
}

describe("npm run spec:diff", () => {
  let dir = "";
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "spec-diff-"));
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  const spec = (...args: string[]) =>
    run(resolve("node_modules/.bin/tsx"), ["scripts/spec-diff.ts", ...args], {
      timeout: COMMAND_TIMEOUT_MS,
    });

  it(
    "normalizes both descriptions, prints the report and exits 0 even on breaking changes",
    async () => {
      const widget = { type: "object", properties: { code: { type: "string" } } };
      const oldPath = join(dir, "old.json");
      const newPath = join(dir, "new.yaml");
      writeFileSync(
        oldPath,
        swagger({
          "/widgets": {
            patch: {
              operationId: "patch_widgets",
              "x-body-by-line": true,
              parameters: [{ name: "body", in: "body", schema: widget }],
              responses: { "200": { schema: { type: "object" } } },
            },
            get: { operationId: "widgets_get_list", responses: {} },
          },
        }),
      );
      // The same bulk operation, without Akeneo's NDJSON mark: its media type changes.
      writeFileSync(
        newPath,
        [
          'swagger: "2.0"',
          "info: { title: t, version: '1' }",
          "paths:",
          "  /widgets:",
          "    patch:",
          "      operationId: patch_widgets",
          "      parameters: [{ name: body, in: body, schema: { type: object } }]",
          "      responses: { '200': { schema: { type: object } } }",
          "",
        ].join("\n"),
      );
      const { stdout } = await spec(oldPath, newPath);
      expect(stdout).toContain("  ! GET /widgets (widgets_get_list)");
      expect(stdout).toContain(
        "    ! body: media type application/vnd.akeneo.collection+json → application/json",
      );
      expect(stdout).toMatch(
        /^Summary: 1 removed, 0 added, 1 changed operations, \d+ changed shared schemas; \d+ breaking/m,
      );
    },
    COMMAND_TIMEOUT_MS,
  );

  it(
    "exits non-zero with a clear message when a description cannot be read",
    async () => {
      const missing = join(dir, "missing.json");
      await expect(spec(missing, missing)).rejects.toMatchObject({
        code: 1,
        stderr: expect.stringContaining(`spec:diff failed: ${missing}: cannot read (ENOENT)`),
      });
      await expect(spec(missing)).rejects.toMatchObject({
        code: 2,
        stderr: expect.stringContaining("usage: npm run spec:diff -- OLD NEW"),
      });
    },
    COMMAND_TIMEOUT_MS,
  );
});
