import { type ChildProcess, spawn } from "node:child_process";
import { join } from "node:path";
import { findFreePort } from "./find-free-port.js";
import { waitUntilAnswering } from "./wait-until-answering.js";

/** A Prism process (mock or proxy) started by `startPrism`. */
export interface PrismProcess {
  /** Base URL of Prism, e.g. `http://127.0.0.1:41234`. */
  readonly url: string;
  /** Process id of Prism itself (not of a wrapper such as npx). */
  readonly pid: number;
  /** Stops Prism and waits until its process has exited. */
  stop(): Promise<void>;
  /** Kills Prism at once without waiting; safe to call from a process `exit` handler. */
  killNow(): void;
}

/** Which Prism to run, where, and how long it may take to start. */
export interface PrismStartOptions {
  /** Project folder holding node_modules/@stoplight/prism-cli. */
  rootDir: string;
  /**
   * The Prism sub-command and its arguments: `["mock", specPath]`, or
   * `["proxy", specPath, upstreamUrl, "--errors"]`. Host and port are added here.
   */
  command: readonly ["mock" | "proxy", ...string[]];
  /** Loopback port to listen on; a free one when absent. */
  port?: number;
  /** Longest wait until Prism answers. */
  startTimeoutMs: number;
}

const HOST = "127.0.0.1";
const POLL_INTERVAL_MS = 100;
const STOP_GRACE_MS = 5_000;
const KILL_GRACE_MS = 2_000;
const MAX_OUTPUT_CHARS = 8_000;

function hasExited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}

function waitForExit(child: ChildProcess, timeoutMs: number): Promise<boolean> {
  if (hasExited(child)) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(hasExited(child)), timeoutMs);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (hasExited(child)) return;
  child.kill("SIGTERM");
  if (await waitForExit(child, STOP_GRACE_MS)) return;
  child.kill("SIGKILL");
  if (!(await waitForExit(child, KILL_GRACE_MS))) {
    throw new Error(`Prism (pid ${child.pid}) did not exit after SIGKILL`);
  }
}

/**
 * Starts Prism with `command` on a loopback port by its own binary (so that its PID is Prism's)
 * and resolves once it answers.
 *
 * @throws Error carrying Prism's output when it exits early or does not answer in time; the
 *   process is stopped before the error is thrown.
 */
export async function startPrism(options: PrismStartOptions): Promise<PrismProcess> {
  const port = options.port ?? (await findFreePort(HOST));
  const url = `http://${HOST}:${port}`;
  const binary = join(options.rootDir, "node_modules/@stoplight/prism-cli/dist/index.js");
  const args = [binary, ...options.command, "-h", HOST, "-p", String(port)];
  const child = spawn(process.execPath, args, {
    cwd: options.rootDir,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const keep = (chunk: Buffer): void => {
    output = (output + chunk.toString("utf8")).slice(-MAX_OUTPUT_CHARS);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  let spawnError: Error | undefined;
  child.once("error", (error) => {
    spawnError = error;
  });
  try {
    await waitUntilAnswering(url, {
      timeoutMs: options.startTimeoutMs,
      intervalMs: POLL_INTERVAL_MS,
      abandoned: () => {
        if (spawnError !== undefined) return `Prism could not be spawned: ${spawnError.message}`;
        if (hasExited(child))
          return `Prism exited (code ${child.exitCode}, signal ${child.signalCode})`;
        return undefined;
      },
    });
  } catch (error) {
    await stopChild(child).catch(() => undefined);
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Prism failed to start on ${url}: ${reason}\n--- Prism output ---\n${output}`);
  }
  if (child.pid === undefined) throw new Error("Prism started without a process id");
  const pid = child.pid;
  // Prism logs every request; draining keeps its pipes from filling up during long runs.
  child.stdout?.removeListener("data", keep);
  child.stderr?.removeListener("data", keep);
  child.stdout?.resume();
  child.stderr?.resume();
  return {
    url,
    pid,
    stop: () => stopChild(child),
    killNow: () => {
      if (!hasExited(child)) child.kill("SIGKILL");
    },
  };
}
