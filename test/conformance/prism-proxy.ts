import { type ChildProcess, spawn } from "node:child_process";
import { join } from "node:path";
import { waitUntilAnswering } from "../support/wait-until-answering.js";

/** A `prism proxy` started by `startPrismProxy`. */
export interface PrismProxy {
  /** Base URL of the proxy, e.g. `http://127.0.0.1:41234`. */
  readonly url: string;
  /** Process id of Prism itself. */
  readonly pid: number;
  /** Stops Prism by its process id and resolves once it has exited. */
  stop(): Promise<void>;
}

/** Where the proxy listens, what it validates against and whom it forwards to. */
export interface PrismProxyOptions {
  /** Project folder holding node_modules/@stoplight/prism-cli. */
  readonly rootDir: string;
  readonly specPath: string;
  /** The server Prism forwards every request to. */
  readonly upstreamUrl: string;
  readonly port: number;
  readonly startTimeoutMs: number;
}

const HOST = "127.0.0.1";
const POLL_INTERVAL_MS = 100;
const EXIT_GRACE_MS = 5_000;
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
  if (await waitForExit(child, EXIT_GRACE_MS)) return;
  child.kill("SIGKILL");
  if (!(await waitForExit(child, EXIT_GRACE_MS))) {
    throw new Error(`Prism (pid ${child.pid}) did not exit after SIGKILL`);
  }
}

/**
 * Starts `prism proxy --errors` by its own binary (so that its PID is Prism's) and resolves once
 * it answers; with `--errors`, Prism refuses a request that breaks the description itself and
 * turns an answer that breaks it into a 500, listing the violations in `sl-violations`.
 *
 * @throws Error with Prism's output when it exits or stays silent; Prism is stopped first.
 */
export async function startPrismProxy(options: PrismProxyOptions): Promise<PrismProxy> {
  const url = `http://${HOST}:${options.port}`;
  const binary = join(options.rootDir, "node_modules/@stoplight/prism-cli/dist/index.js");
  const args = [binary, "proxy", options.specPath, options.upstreamUrl];
  args.push("-h", HOST, "-p", String(options.port), "--errors");
  const child = spawn(process.execPath, args, {
    cwd: options.rootDir,
    stdio: ["ignore", "pipe", "pipe"],
  });
  // If jest dies before afterAll, Prism must not outlive it.
  const killNow = (): void => {
    if (!hasExited(child)) child.kill("SIGKILL");
  };
  process.once("exit", killNow);
  let output = "";
  const keep = (chunk: Buffer): void => {
    output = (output + chunk.toString("utf8")).slice(-MAX_OUTPUT_CHARS);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const stop = async (): Promise<void> => {
    await stopChild(child);
    process.removeListener("exit", killNow);
  };
  try {
    await waitUntilAnswering(url, {
      timeoutMs: options.startTimeoutMs,
      intervalMs: POLL_INTERVAL_MS,
      abandoned: () => (hasExited(child) ? `Prism exited (code ${child.exitCode})` : undefined),
    });
  } catch (error) {
    await stop().catch(() => undefined);
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`prism proxy failed to start on ${url}: ${reason}\n${output}`);
  }
  if (child.pid === undefined) throw new Error("Prism started without a process id");
  // Prism logs every request; draining keeps its pipes from filling up.
  child.stdout?.removeListener("data", keep);
  child.stderr?.removeListener("data", keep);
  child.stdout?.resume();
  child.stderr?.resume();
  return { url, pid: child.pid, stop };
}
