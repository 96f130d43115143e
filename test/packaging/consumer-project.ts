import { mkdir, readFile, symlink, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { PROJECT_ROOT, runCommand } from "./packed-artifact.js";

/** A consumer project's own files: relative path → content. */
export type ConsumerFiles = Readonly<Record<string, string>>;

interface LockEntry {
  readonly version: string;
  readonly integrity?: string;
  readonly dev?: boolean;
  readonly devOptional?: boolean;
  readonly [key: string]: unknown;
}

const REGISTRY = "https://registry.npmjs.org";

/**
 * Creates a consumer project in `folder` and installs the packed SDK into it from the tarball, offline.
 *
 * npm 11 asks for a dependency's full registry document when it resolves a new dependency, and `npm ci`
 * caches only the abbreviated one; so the consumer gets a lockfile listing the SDK's runtime dependencies
 * (taken from ours, with their tarball URLs) and npm takes those tarballs from the cache `npm ci` filled.
 */
export async function createConsumerProject(
  folder: string,
  moduleType: "module" | "commonjs",
  tarball: string,
  files: ConsumerFiles,
): Promise<void> {
  await mkdir(folder, { recursive: true });
  const name = `consumer-${moduleType}`;
  await writeJson(join(folder, "package.json"), { name, private: true, type: moduleType });
  await writeJson(join(folder, "package-lock.json"), {
    name,
    lockfileVersion: 3,
    requires: true,
    packages: { "": { name }, ...(await runtimeLockEntries()) },
  });
  await runCommand("npm", ["install", "--offline", "--no-audit", "--no-fund", tarball], folder);
  await linkOptionalPeers(folder);
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(folder, path)), { recursive: true });
    await writeFile(join(folder, path), content);
  }
}

/**
 * Links the optional peer dependencies (`redis` and its `@redis/*` packages) from our own install, as
 * a user of `akeneo-pim-sdk/redis` installs them beside the SDK; npm offline could not fetch them.
 */
async function linkOptionalPeers(folder: string): Promise<void> {
  for (const name of ["redis", "@redis"]) {
    await symlink(
      join(PROJECT_ROOT, "node_modules", name),
      join(folder, "node_modules", name),
      "dir",
    );
  }
}

/** Our lockfile's entries for what the SDK needs at run time (every entry not marked as dev-only). */
async function runtimeLockEntries(): Promise<Record<string, LockEntry>> {
  const lock = JSON.parse(await readFile(join(PROJECT_ROOT, "package-lock.json"), "utf8")) as {
    packages: Record<string, LockEntry>;
  };
  const entries: Record<string, LockEntry> = {};
  for (const [path, entry] of Object.entries(lock.packages)) {
    if (!path.startsWith("node_modules/") || entry.dev === true || entry.devOptional === true)
      continue;
    const packageName = path.slice(path.lastIndexOf("node_modules/") + "node_modules/".length);
    const baseName = packageName.slice(packageName.lastIndexOf("/") + 1);
    entries[path] = {
      ...entry,
      resolved: `${REGISTRY}/${packageName}/-/${baseName}-${entry.version}.tgz`,
    };
  }
  return entries;
}

async function writeJson(path: string, value: unknown): Promise<void> {
  await writeFile(path, `${JSON.stringify(value, null, 2)}\n`);
}
