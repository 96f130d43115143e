import { type FakePim, startFakePim } from "../../src/testing/index.js";
import { type BuiltCli, buildCli, emulatorEnv, runCli } from "./support/cli-process.js";
import { runInProcess } from "./support/memory-io.js";

describe("akeneo-pim whoami, check and --help", () => {
  let cli: BuiltCli;
  let pim: FakePim;
  let env: Record<string, string>;

  beforeAll(async () => {
    cli = await buildCli();
    pim = await startFakePim({ sampleCatalog: true });
    env = emulatorEnv(pim);
  });
  afterAll(async () => {
    await pim?.close();
    await cli?.remove();
  });

  it("prints the version, the edition and what the token may read", async () => {
    const run = await runCli(cli, ["whoami"], env);
    expect(run).toMatchObject({ code: 0, stderr: "" });
    expect(run.stdout).toContain(`PIM       ${pim.url}\nversion   7.0.0\nedition   CE\n`);
    expect(run.stdout).toMatch(/\n {2}products +yes\n/);
    expect(pim.auth.tokenRequestCount("password")).toBeGreaterThanOrEqual(1);
  });

  it("answers one JSON object with --json, under both names", async () => {
    const whoami = await runCli(cli, ["whoami", "--json"], env);
    const check = await runInProcess(["check", "--json"], env);
    expect(check?.code).toBe(0);
    expect(JSON.parse(check?.stdout ?? "")).toEqual(JSON.parse(whoami?.stdout ?? ""));
    expect(JSON.parse(whoami?.stdout ?? "")).toMatchObject({
      version: "7.0.0",
      edition: "CE",
      authenticated: true,
      access: { products: "yes", families: "yes", "asset-families": "yes" },
    });
  });

  it("exits 4 when the credentials are refused, without printing the password", async () => {
    const run = await runCli(cli, ["whoami"], { ...env, AKENEO_PASSWORD: "wrong-Pa55word" });
    expect(run.code).toBe(4);
    expect(run.stderr).toContain("AuthenticationError");
    expect(run.stderr + run.stdout).not.toContain("wrong-Pa55word");
    expect(run.stderr + run.stdout).not.toContain(env.AKENEO_SECRET);
  });

  it("exits 3 when the PIM cannot be reached", async () => {
    const closed = await startFakePim();
    await closed.close();
    const run = await runCli(cli, ["check", "--retries", "0"], {
      ...env,
      AKENEO_BASE_URL: closed.url,
    });
    expect(run.code).toBe(3);
    expect(run.stderr).toContain("ConnectionError");
  });

  it("prints --help for every command on stdout and exits 0; no command at all exits 2", async () => {
    const commands = ["export", "import", "typegen", "whoami", "check"];
    const child = await runCli(cli, ["export", "--help"], {});
    expect(child).toMatchObject({ code: 0, stderr: "" });
    expect(child.stdout).toContain("Usage: akeneo-pim export");
    const runs = await Promise.all([
      ...commands.map((name) => runInProcess([name, "--help"], {})),
      runInProcess(["--help"], {}),
      runInProcess([], {}),
      runInProcess(["frobnicate"], {}),
    ]);
    commands.forEach((name, i) => {
      expect(runs[i]).toMatchObject({ code: 0, stderr: "" });
      expect(runs[i]?.stdout).toContain(`Usage: akeneo-pim ${name}`);
      expect(runs[i]?.stdout).toContain("AKENEO_BASE_URL");
      expect(runs[i]?.stdout).toContain("Exit codes:");
    });
    const [help, bare, unknown] = runs.slice(commands.length);
    expect(help).toMatchObject({ code: 0, stderr: "" });
    expect(help?.stdout).toContain("Commands:");
    expect(bare).toMatchObject({ code: 2, stdout: "" });
    expect(bare?.stderr).toContain("Commands:");
    expect(unknown?.code).toBe(2);
    expect(unknown?.stderr).toContain('unknown command "frobnicate"');
  });
});
