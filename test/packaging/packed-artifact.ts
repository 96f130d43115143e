import { execFile } from "node:child_process";
import { readdir, readFile, stat } from "node:fs/promises";
import { join, resolve } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

/** The repository root: the package that is built and packed. */
export const PROJECT_ROOT = resolve(__dirname, "../..");

/** What the build reads: a change to any of these makes `dist/` stale. */
const BUILD_INPUTS = [
  "src",
  "generated",
  "package.json",
  "tsup.config.ts",
  "tsconfig.json",
  "scripts/share-declarations.ts",
  "scripts/package",
];

/** Runs a command in a folder and returns its standard output; a failure carries both output streams. */
export async function runCommand(
  command: string,
  args: readonly string[],
  cwd: string,
  env: NodeJS.ProcessEnv = {},
): Promise<string> {
  try {
    const { stdout } = await run(command, [...args], {
      cwd,
      env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0", ...env },
      maxBuffer: 64 * 1024 * 1024,
    });
    return stdout;
  } catch (error) {
    const failure = error as { stdout?: string; stderr?: string; message: string };
    throw new Error(
      `${command} ${args.join(" ")} failed in ${cwd}: ${failure.message}\n${failure.stdout ?? ""}\n${failure.stderr ?? ""}`,
    );
  }
}

/** Builds `dist/` unless it is complete and newer than every build input, so that CI's fresh build is reused. */
export async function ensureFreshBuild(): Promise<void> {
  const outputs = await listExportedFiles();
  const oldestOutput = await oldestModification(outputs.map((file) => join(PROJECT_ROOT, file)));
  const newestInput = await newestModification(
    BUILD_INPUTS.map((input) => join(PROJECT_ROOT, input)),
  );
  if (oldestOutput === undefined || oldestOutput < newestInput) {
    await runCommand("npm", ["run", "--silent", "build"], PROJECT_ROOT);
  }
}

/** A packed tarball: its path and the files it carries. */
export interface PackedTarball {
  readonly path: string;
  readonly files: readonly string[];
}

/** Packs the package as `npm publish` would, into `destination`. */
export async function packTarball(destination: string): Promise<PackedTarball> {
  const output = await runCommand(
    "npm",
    ["pack", "--json", "--pack-destination", destination],
    PROJECT_ROOT,
  );
  const [packed] = JSON.parse(output) as [{ filename: string; files: { path: string }[] }];
  return { path: join(destination, packed.filename), files: packed.files.map((file) => file.path) };
}

/** Every file the package's `exports` and `bin` maps point at (the artifact a consumer loads). */
async function listExportedFiles(): Promise<string[]> {
  const manifest = JSON.parse(await readFile(join(PROJECT_ROOT, "package.json"), "utf8")) as {
    exports: unknown;
    bin: unknown;
  };
  const files: string[] = [];
  const visit = (node: unknown): void => {
    if (typeof node === "string") {
      if (node.startsWith("./dist/")) files.push(node);
    } else if (node !== null && typeof node === "object") {
      for (const child of Object.values(node)) visit(child);
    }
  };
  visit(manifest.exports);
  visit(manifest.bin);
  return files;
}

async function oldestModification(files: readonly string[]): Promise<number | undefined> {
  let oldest = Number.POSITIVE_INFINITY;
  for (const file of files) {
    const info = await stat(file).catch(() => undefined);
    if (info === undefined) return undefined;
    oldest = Math.min(oldest, info.mtimeMs);
  }
  return oldest;
}

/**
 * Returns the latest modification time among paths and everything under them. Folders count too:
 * deleting or renaming a file changes only its folder's time.
 */
export async function newestModification(paths: readonly string[]): Promise<number> {
  let newest = 0;
  for (const path of paths) {
    const info = await stat(path);
    newest = Math.max(newest, info.mtimeMs);
    if (!info.isDirectory()) continue;
    const entries = await readdir(path, { recursive: true, withFileTypes: true });
    for (const entry of entries) {
      if (!entry.isFile() && !entry.isDirectory()) continue;
      newest = Math.max(newest, (await stat(join(entry.parentPath, entry.name))).mtimeMs);
    }
  }
  return newest;
}
