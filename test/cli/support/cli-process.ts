import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { build } from "esbuild";
import type { FakePim } from "../../../src/testing/index.js";

const ENTRY = resolve(__dirname, "../../../src/cli/main.ts");

/** The command line bundled from its sources into a temporary folder, as tsup bundles it. */
export interface BuiltCli {
  /** The bundled executable. */
  readonly path: string;
  /** A scratch folder for the test's files, removed by `remove()`. */
  readonly folder: string;
  remove(): Promise<void>;
}

/** Bundles `src/cli/main.ts` once (about a quarter of a second, against seconds per `tsx` start). */
export async function buildCli(): Promise<BuiltCli> {
  const folder = await mkdtemp(join(tmpdir(), "akeneo-cli-"));
  const path = join(folder, "akeneo-pim.mjs");
  await build({
    entryPoints: [ENTRY],
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    outfile: path,
    logLevel: "silent",
    // undici (bundled here, external in tsup's build) is CommonJS and requires Node's built-ins.
    banner: {
      js: 'import { createRequire } from "node:module"; const require = createRequire(import.meta.url);',
    },
  });
  return { path, folder, remove: () => rm(folder, { recursive: true, force: true }) };
}

/** The AKENEO_* variables that point the CLI at an emulator. */
export function emulatorEnv(pim: FakePim): Record<string, string> {
  return {
    AKENEO_BASE_URL: pim.url,
    AKENEO_CLIENT_ID: pim.credentials.clientId,
    AKENEO_SECRET: pim.credentials.secret,
    AKENEO_USERNAME: pim.credentials.username,
    AKENEO_PASSWORD: pim.credentials.password,
  };
}

/** How a finished run of the CLI ended. */
export interface CliRun {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Starts the CLI as a child process with only the given environment (plus PATH). */
export function startCli(
  cli: BuiltCli,
  args: readonly string[],
  env: Record<string, string>,
): ChildProcess {
  return spawn(process.execPath, [cli.path, ...args], {
    cwd: cli.folder,
    env: { PATH: process.env.PATH ?? "", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
}

/** Waits for a started CLI to end and returns what it printed. */
export function finished(child: ChildProcess): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  child.stdout?.setEncoding("utf8").on("data", (chunk: string) => {
    stdout += chunk;
  });
  child.stderr?.setEncoding("utf8").on("data", (chunk: string) => {
    stderr += chunk;
  });
  return new Promise((done, fail) => {
    child.once("error", fail);
    child.once("close", (code, signal) => done({ code, signal, stdout, stderr }));
  });
}

/** Runs the CLI to its end. */
export function runCli(
  cli: BuiltCli,
  args: readonly string[],
  env: Record<string, string>,
): Promise<CliRun> {
  return finished(startCli(cli, args, env));
}
