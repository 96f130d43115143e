import type { CliIo } from "../../../src/cli/cli-io.js";
import { COMMANDS } from "../../../src/cli/commands/index.js";
import { runCli } from "../../../src/cli/run-cli.js";

/** What an in-process run printed, and how it ended. */
export interface MemoryRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** An injectable CLI context writing into strings; each clock reading moves time by 250 ms. */
export function createMemoryIo(
  env: Record<string, string>,
  stderrIsTTY = false,
): { io: CliIo; streams: { stdout: string; stderr: string } } {
  const streams = { stdout: "", stderr: "" };
  const stream = (name: "stdout" | "stderr") => ({
    write(chunk: string) {
      streams[name] += chunk;
      return true;
    },
    once() {},
  });
  let clock = 0;
  return {
    streams,
    io: {
      stdout: stream("stdout"),
      stderr: stream("stderr"),
      stderrIsTTY,
      env,
      now: () => {
        clock += 250;
        return clock;
      },
    },
  };
}

/** Runs a command line in this process (for the many usage cases a child process adds nothing to). */
export async function runInProcess(
  args: readonly string[],
  env: Record<string, string>,
): Promise<MemoryRun> {
  const { io, streams } = createMemoryIo(env);
  const code = await runCli(args, io, COMMANDS);
  return { code, ...streams };
}
