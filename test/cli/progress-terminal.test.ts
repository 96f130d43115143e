import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { COMMANDS } from "../../src/cli/commands/index.js";
import { runCli as runInProcess } from "../../src/cli/run-cli.js";
import { type FakePim, startFakePim } from "../../src/testing/index.js";
import {
  type BuiltCli,
  buildCli,
  type CliRun,
  emulatorEnv,
  finished,
  runCli,
} from "./support/cli-process.js";
import { createMemoryIo } from "./support/memory-io.js";

const SCRIPT = "/usr/bin/script";
const REDRAW = "\r\u001b[2K";

const quote = (text: string): string => `'${text.replaceAll("'", "'\\''")}'`;

/** Runs the CLI in a pseudo-terminal (util-linux `script`): stdout and stderr both reach it. */
function runInTerminal(
  cli: BuiltCli,
  args: string[],
  env: Record<string, string>,
): Promise<CliRun> {
  const command = [process.execPath, cli.path, ...args].map(quote).join(" ");
  return finished(
    spawn(SCRIPT, ["-qfec", command, "/dev/null"], {
      cwd: cli.folder,
      env: { PATH: process.env.PATH ?? "", TERM: "dumb", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    }),
  );
}

describe("progress of akeneo-pim on stderr", () => {
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

  (existsSync(SCRIPT) ? it : it.skip)("is drawn in a terminal, with the total", async () => {
    const out = join(cli.folder, "terminal.jsonl");
    const run = await runInTerminal(cli, ["export", "products", "--out", out], env);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`${REDRAW}exported 20 / 20 items (100%) · `);
    expect(run.stdout.endsWith("\r\n")).toBe(true);
  });

  it("stays off when stderr is a pipe", async () => {
    const out = join(cli.folder, "piped.jsonl");
    const run = await runCli(cli, ["export", "products", "--out", out], env);
    expect(run).toMatchObject({ code: 0, stdout: "", stderr: "" });
  });

  it("follows the injected TTY flag, and --progress / --no-progress override it", async () => {
    const out = join(cli.folder, "in-process.jsonl");
    const tty = createMemoryIo(env, true);
    const quiet = createMemoryIo(env, true);
    const forced = createMemoryIo(env, false);
    const args = ["export", "categories", "--out", out];
    expect(await runInProcess(args, tty.io, COMMANDS)).toBe(0);
    expect(await runInProcess([...args, "--no-progress"], quiet.io, COMMANDS)).toBe(0);
    expect(await runInProcess([...args, "--progress"], forced.io, COMMANDS)).toBe(0);
    expect(tty.streams.stderr).toContain(`${REDRAW}exported 6 / 6 items (100%)`);
    expect(quiet.streams.stderr).toBe("");
    expect(forced.streams.stderr).toContain(`${REDRAW}exported 6 / 6 items (100%)`);
  });

  it("shows the import's progress before its summary in a terminal", async () => {
    const input = join(cli.folder, "import-input.jsonl");
    expect((await runCli(cli, ["export", "families", "--out", input], env)).code).toBe(0);
    const tty = createMemoryIo(env, true);
    expect(await runInProcess(["import", "families", input], tty.io, COMMANDS)).toBe(0);
    const [progress, summary] = tty.streams.stderr.split("\n");
    expect(progress?.startsWith(`${REDRAW}imported 1 / 3 items`)).toBe(true);
    expect(progress).toContain(`${REDRAW}imported 3 / 3 items (100%)`);
    expect(summary).toBe("3 items: 0 created, 3 updated, 0 failed");
  });
});
