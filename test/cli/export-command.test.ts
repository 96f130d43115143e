import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { type FakePim, startFakePim } from "../../src/testing/index.js";
import {
  type BuiltCli,
  buildCli,
  emulatorEnv,
  finished,
  runCli,
  startCli,
} from "./support/cli-process.js";
import { runInProcess } from "./support/memory-io.js";

const BULK_PRODUCTS = 10_000;

function parseLines(text: string): Record<string, unknown>[] {
  return text
    .split("\n")
    .filter((line) => line !== "")
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

async function waitFor(condition: () => Promise<boolean>, what: string): Promise<void> {
  // Bounded: 400 × 25 ms.
  for (let round = 0; round < 400; round += 1) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe("akeneo-pim export", () => {
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

  it("writes every product of the sample catalog to stdout as JSON Lines, without _links", async () => {
    const run = await runCli(cli, ["export", "products"], env);
    expect(run).toMatchObject({ code: 0, stderr: "" });
    const lines = parseLines(run.stdout);
    const expected = pim.data.products().map((product) => product.identifier);
    expect(lines.map((line) => line.identifier).sort()).toEqual([...expected].sort());
    expect(lines.every((line) => !("_links" in line) && typeof line.values === "object")).toBe(
      true,
    );
  });

  it("passes --search, --attributes, --scope and --locales to the list", async () => {
    const search = JSON.stringify({ family: [{ operator: "IN", value: ["shoes"] }] });
    const run = await runCli(
      cli,
      [
        "export",
        "products",
        "--search",
        search,
        "--attributes",
        "name,color",
        "--scope",
        "ecommerce",
        "--locales",
        "en_US",
      ],
      env,
    );
    expect(run.code).toBe(0);
    const families = new Set(parseLines(run.stdout).map((line) => line.family));
    expect([...families]).toEqual(["shoes"]);
    const [request] = pim.requestLog.entries({ method: "GET", path: "/api/rest/v1/products" });
    expect(request?.query).toMatchObject({
      attributes: "name,color",
      scope: "ecommerce",
      locales: "en_US",
      search,
    });
  });

  it("exports 10,000 products to --out, each once", async () => {
    pim.seed.products(
      Array.from({ length: BULK_PRODUCTS }, (_, i) => ({
        identifier: `bulk-${String(i).padStart(5, "0")}`,
        family: "accessories",
      })),
    );
    const out = join(cli.folder, "bulk.jsonl");
    const run = await runCli(cli, ["export", "products", "--out", out], env);
    expect(run).toMatchObject({ code: 0, stdout: "", stderr: "" });
    const identifiers = parseLines(await readFile(out, "utf8")).map((line) => line.identifier);
    expect(identifiers).toHaveLength(BULK_PRODUCTS + 20);
    expect(new Set(identifiers).size).toBe(identifiers.length);
  });

  it("continues with --resume after being killed, writing each product exactly once", async () => {
    pim.seed.products(
      Array.from({ length: 2_000 }, (_, i) => ({ identifier: `r-${String(i).padStart(4, "0")}` })),
    );
    const out = join(cli.folder, "resumed.jsonl");
    const checkpoint = join(cli.folder, "resumed.checkpoint");
    const args = ["export", "products", "--out", out, "--resume", checkpoint];
    // Slow pages, so that the kill lands in the middle of the export.
    pim.faults.setLatency(40, { path: "/api/rest/v1/products" });
    const first = startCli(cli, args, env);
    const ended = finished(first);
    await waitFor(async () => {
      if (!existsSync(checkpoint)) return false;
      const saved = JSON.parse(await readFile(checkpoint, "utf8")) as { items: number };
      return saved.items >= 300;
    }, "a checkpoint past 300 items");
    first.kill("SIGKILL");
    expect((await ended).signal).toBe("SIGKILL");
    const saved = JSON.parse(await readFile(checkpoint, "utf8")) as { items: number };
    expect(saved.items).toBeLessThan(2_020);
    const pagesBefore = pim.requestLog.count({ method: "GET", path: "/api/rest/v1/products" });
    // A line half-written after the last checkpoint is cut on resume.
    await writeFile(out, '{"identifier":"half-writ', { flag: "a" });
    pim.faults.setLatency(0);
    const second = await runCli(cli, args, env);
    expect(second).toMatchObject({ code: 0, stderr: "" });
    const identifiers = parseLines(await readFile(out, "utf8")).map((line) => line.identifier);
    const expected = pim.data.products().map((product) => product.identifier);
    expect(identifiers).toHaveLength(expected.length);
    expect([...identifiers].sort()).toEqual([...expected].sort());
    expect(existsSync(checkpoint)).toBe(false);
    // The second run starts after the checkpoint: it reads only the pages the first did not finish.
    const pagesAfter = pim.requestLog.count({ method: "GET", path: "/api/rest/v1/products" });
    expect(pagesAfter - pagesBefore).toBeLessThanOrEqual(
      Math.ceil((2_020 - saved.items) / 100) + 1,
    );
  });

  it("refuses a checkpoint written by another export, or damaged", async () => {
    const out = join(cli.folder, "other.jsonl");
    const checkpoint = join(cli.folder, "other.checkpoint");
    await writeFile(out, "");
    await writeFile(
      checkpoint,
      JSON.stringify({
        version: 1,
        resource: "categories",
        options: {},
        cursor: "x",
        items: 0,
        outBytes: 0,
      }),
    );
    const run = await runCli(
      cli,
      ["export", "products", "--out", out, "--resume", checkpoint],
      env,
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('the checkpoint was written by "export categories"');
    await writeFile(checkpoint, "{ damaged");
    const damaged = await runInProcess(
      ["export", "products", "--out", out, "--resume", checkpoint],
      env,
    );
    expect(damaged.code).toBe(2);
    expect(damaged.stderr).toContain("is not an export checkpoint");
  });

  it("exits 2 with a message for usage mistakes, before any request", async () => {
    const child = await runCli(cli, ["export", "nonsense"], env);
    expect(child).toMatchObject({ code: 2, stdout: "" });
    expect(child.stderr).toContain('cannot export "nonsense"');
    const runs = [
      await runInProcess(["export"], env),
      await runInProcess(["export", "nonsense"], env),
      await runInProcess(["export", "products", "--resume", "x.checkpoint"], env),
      await runInProcess(["export", "families", "--locales", "en_US"], env),
      await runInProcess(["export", "products", "--bogus"], env),
      await runInProcess(["export", "products", "--search", "{not json"], env),
      await runInProcess(["export", "products"], { AKENEO_BASE_URL: pim.url }),
    ];
    expect(runs.map((run) => run.code)).toEqual([2, 2, 2, 2, 2, 2, 2]);
    expect(runs.map((run) => run.stdout)).toEqual(["", "", "", "", "", "", ""]);
    expect(runs[1]?.stderr).toContain('cannot export "nonsense"');
    expect(runs[4]?.stderr).toContain("--bogus");
    expect(runs[6]?.stderr).toContain("--client-id or AKENEO_CLIENT_ID");
    expect(pim.requestLog.count({ path: "/api/rest/v1/products" })).toBe(0);
  });
});
