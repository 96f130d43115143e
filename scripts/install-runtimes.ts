import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import {
  listStaleRuntimes,
  type RuntimeManifest,
  readRuntimeManifest,
} from "./runtimes/runtime-manifest.js";

/**
 * Installs the runtimes of the matrix (test/runtimes/runtimes.json) into their gitignored folder,
 * outside the package's own dependencies so that users' `npm ci` stays small; does nothing when
 * every pinned version is already there.
 */
function main(): void {
  const root = resolve(".");
  const manifest = readRuntimeManifest(root);
  const folder = join(root, manifest.folder);
  const stale = listStaleRuntimes(manifest, (alias) => installedVersion(folder, alias));
  if (stale.length === 0) {
    console.log(
      `runtimes: all ${Object.keys(manifest.packages).length} present in ${manifest.folder}/`,
    );
    return;
  }
  const started = Date.now();
  writeRuntimePackage(folder, manifest);
  // Install scripts stay off: every binary used ships inside a package (Bun's in its platform package).
  execFileSync(
    "npm",
    [
      "install",
      "--ignore-scripts",
      "--no-audit",
      "--no-fund",
      "--no-package-lock",
      "--loglevel=error",
    ],
    { cwd: folder, stdio: ["ignore", "ignore", "inherit"] },
  );
  console.log(
    `runtimes: installed ${stale.join(", ")} in ${Math.round((Date.now() - started) / 1000)} s`,
  );
}

/** A package.json of its own, so that a later install keeps what an earlier one put there. */
function writeRuntimePackage(folder: string, manifest: RuntimeManifest): void {
  mkdirSync(folder, { recursive: true });
  const pkg = { name: "akeneo-pim-sdk-runtimes", private: true, dependencies: manifest.packages };
  writeFileSync(join(folder, "package.json"), `${JSON.stringify(pkg, null, 2)}\n`);
}

function installedVersion(folder: string, alias: string): string | undefined {
  try {
    const pkg = JSON.parse(
      readFileSync(join(folder, "node_modules", alias, "package.json"), "utf8"),
    );
    return typeof pkg.version === "string" ? pkg.version : undefined;
  } catch {
    return undefined;
  }
}

main();
