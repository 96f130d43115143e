import { execFile } from "node:child_process";
import type { SmokeReport, SmokeTarget } from "./smoke/smoke-suite.js";

const ROW_TIMEOUT_MS = 60_000;

/** Runs the server smoke bundle with one runtime and returns the report it printed. */
export function runServerRow(
  executable: string,
  flags: readonly string[],
  script: string,
  cwd: string,
  target: SmokeTarget,
): Promise<SmokeReport> {
  return new Promise((resolve, reject) => {
    execFile(
      executable,
      [...flags, script, JSON.stringify(target)],
      { cwd, timeout: ROW_TIMEOUT_MS, env: { ...process.env, NO_COLOR: "1" } },
      (error, stdout, stderr) => {
        const last = stdout.trim().split("\n").pop() ?? "";
        if (error !== null || !last.startsWith("{")) {
          reject(new Error(`${error?.message ?? "no report"}\n${stderr.trim()}`));
          return;
        }
        resolve(JSON.parse(last) as SmokeReport);
      },
    );
  });
}

/** Returns what `executable --version` prints (Node: `v24.22.3`, Deno: its first line). */
export function readRuntimeVersion(executable: string): Promise<string> {
  return new Promise((resolve) => {
    execFile(executable, ["--version"], { timeout: 10_000 }, (error, stdout) => {
      resolve(error === null ? (stdout.trim().split("\n")[0] ?? "") : "unknown");
    });
  });
}
