import { type ChildProcess, spawn } from "node:child_process";
import { join, resolve } from "node:path";
import type { WorkerReport, WorkerSettings } from "./worker.js";

const PROJECT_ROOT = resolve(__dirname, "../../..");
const WORKER = join(__dirname, "worker.ts");

/** A worker process started by a test: give it runs, read one answer line per run. */
export interface WorkerProcess {
  readonly child: ChildProcess;
  /** Resolves once the worker has loaded the SDK and waits for runs. */
  readonly ready: Promise<string>;
  /** Sends one run and resolves with the line the worker answers. */
  run(settings: WorkerSettings): Promise<string>;
}

/** Starts `worker.ts` in its own Node process, running TypeScript by tsx. */
export function startWorker(): WorkerProcess {
  const child = spawn(process.execPath, ["--import", "tsx", WORKER], {
    cwd: PROJECT_ROOT,
    stdio: ["pipe", "pipe", "pipe"],
  });
  let buffered = "";
  let stderr = "";
  const waiting: { resolve: (line: string) => void; reject: (error: Error) => void }[] = [];
  const ready = new Promise<string>((resolveReady, reject) => {
    waiting.push({ resolve: resolveReady, reject });
  });
  ready.catch(() => undefined);
  child.stdout?.on("data", (chunk: Buffer) => {
    buffered += chunk.toString();
    for (let end = buffered.indexOf("\n"); end !== -1; end = buffered.indexOf("\n")) {
      waiting.shift()?.resolve(buffered.slice(0, end));
      buffered = buffered.slice(end + 1);
    }
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  child.on("exit", (code, signal) => {
    for (const waiter of waiting.splice(0)) {
      waiter.reject(new Error(`worker exited with ${code ?? signal}: ${stderr}`));
    }
  });
  return {
    child,
    ready,
    run: (settings) =>
      new Promise<string>((resolveLine, reject) => {
        waiting.push({ resolve: resolveLine, reject });
        child.stdin?.write(`${JSON.stringify(settings)}\n`);
      }),
  };
}

/** Runs one `calls` run on a worker and returns its report. */
export async function runCalls(
  worker: WorkerProcess,
  settings: Extract<WorkerSettings, { mode: "calls" }>,
): Promise<WorkerReport> {
  return JSON.parse(await worker.run(settings)) as WorkerReport;
}

/** Stops a worker (by its PID) and waits for it to exit. */
export async function stopWorker(worker: WorkerProcess): Promise<void> {
  const { child } = worker;
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolveExit) => child.once("exit", resolveExit));
  child.kill("SIGKILL");
  await exited;
}
