import { existsSync } from "node:fs";
import { join } from "node:path";
import { readRuntimeManifest } from "../../scripts/runtimes/runtime-manifest.js";
import { PROJECT_ROOT } from "../packaging/packed-artifact.js";

/** A runtime that runs the server smoke bundle as a command. */
export interface ServerRuntime {
  readonly name: string;
  /** The executable, or `undefined` when the runtime is not installed. */
  readonly executable: string | undefined;
  /** Arguments before the script's own (Deno's permissions). */
  readonly flags: readonly string[];
}

/** Where `npm run runtimes:install` put the runtimes. */
export const RUNTIMES_FOLDER = join(
  PROJECT_ROOT,
  readRuntimeManifest(PROJECT_ROOT).folder,
  "node_modules",
);

/** The server rows of the matrix: the machine's Node (the one running the tests), then the installed ones. */
export function listServerRuntimes(): ServerRuntime[] {
  const installed = (path: string): string | undefined => {
    const full = join(RUNTIMES_FOLDER, path);
    return existsSync(full) ? full : undefined;
  };
  return [
    { name: "Node (machine)", executable: process.execPath, flags: [] },
    { name: "Node 22", executable: installed("node22/bin/node"), flags: [] },
    { name: "Node 24", executable: installed("node24/bin/node"), flags: [] },
    { name: "Node 26", executable: installed("node26/bin/node"), flags: [] },
    // Install scripts stay off, so the `bun` package's own bin is a placeholder that its postinstall
    // would replace; the platform package npm picks for this machine carries the real binary.
    { name: "Bun", executable: installed("@oven/bun-linux-x64/bin/bun"), flags: [] },
    {
      name: "Deno",
      executable: installed("@deno/linux-x64-glibc/deno"),
      // Loopback network only: the smoke suite touches no file and reads no environment.
      flags: ["run", "--allow-net=127.0.0.1", "--no-prompt"],
    },
  ];
}

/** Where Debian's chromium package installs the browser. */
export const CHROMIUM_PATH = "/usr/bin/chromium";

/** The playwright-core module installed beside the runtimes, or `undefined`. */
export function playwrightCorePath(): string | undefined {
  const path = join(RUNTIMES_FOLDER, "playwright-core");
  return existsSync(path) ? path : undefined;
}
