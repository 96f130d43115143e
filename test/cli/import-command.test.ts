import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { type FakePim, startFakePim } from "../../src/testing/index.js";
import { type BuiltCli, buildCli, emulatorEnv, runCli } from "./support/cli-process.js";
import { runInProcess } from "./support/memory-io.js";

describe("akeneo-pim import", () => {
  let cli: BuiltCli;
  let pim: FakePim;
  let env: Record<string, string>;

  beforeAll(async () => {
    cli = await buildCli();
  });
  afterAll(async () => {
    await cli?.remove();
  });
  beforeEach(async () => {
    pim = await startFakePim({ sampleCatalog: true });
    env = emulatorEnv(pim);
  });
  afterEach(async () => {
    await pim.close();
  });

  it("reports one result per line, a summary, and exits 6 when items fail", async () => {
    const input = join(cli.folder, "mixed.jsonl");
    const results = join(cli.folder, "mixed.results.jsonl");
    await writeFile(
      input,
      [
        JSON.stringify({ identifier: "new-boot", family: "shoes" }),
        "{not json",
        "",
        JSON.stringify({ identifier: "shoe-rain-boot", enabled: false }),
        JSON.stringify({ identifier: "bad-family", family: "no_such_family" }),
        "[1, 2]",
      ].join("\n"),
    );
    const run = await runCli(cli, ["import", "products", input, "--results", results], env);
    expect(run.code).toBe(6);
    expect(run.stderr).toBe("5 items: 1 created, 1 updated, 3 failed\n");
    const lines = (await readFile(results, "utf8"))
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(lines).toMatchObject([
      { line: 1, code: "new-boot", status: "created", statusCode: 201 },
      { line: 2, status: "failed", message: expect.stringContaining("not valid JSON") },
      { line: 4, code: "shoe-rain-boot", status: "updated", statusCode: 204 },
      { line: 5, code: "bad-family", status: "failed", statusCode: 422 },
      { line: 6, status: "failed", message: "not a JSON object" },
    ]);
    expect(pim.data.product("new-boot")).toMatchObject({ family: "shoes" });
    expect(pim.data.product("shoe-rain-boot")).toMatchObject({ enabled: false });
  });

  it("exits 0 when every item is written, and takes back what export wrote", async () => {
    const exported = join(cli.folder, "categories.jsonl");
    expect((await runCli(cli, ["export", "categories", "--out", exported], env)).code).toBe(0);
    const run = await runCli(cli, ["import", "categories", exported, "--results", "-"], env);
    expect(run.code).toBe(0);
    const lines = run.stdout
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(lines).toHaveLength(6);
    expect(lines.every((line) => line.status === "updated")).toBe(true);
    expect(run.stderr).toBe("6 items: 0 created, 6 updated, 0 failed\n");
  });

  it("exits 2 for a missing file or resource, before any request", async () => {
    const runs = [
      await runCli(cli, ["import", "products", join(cli.folder, "missing.jsonl")], env),
      await runInProcess(["import", "locales", join(cli.folder, "missing.jsonl")], env),
      await runInProcess(["import", "products"], env),
    ];
    expect(runs.map((run) => run.code)).toEqual([2, 2, 2]);
    expect(runs[0]?.stderr).toContain("cannot read");
    expect(runs[1]?.stderr).toContain('cannot import "locales"');
    expect(pim.requestLog.count({ method: "PATCH" })).toBe(0);
  });
});
