import {
  chmodSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { basename, dirname, join } from "node:path";

/** The files of the generated layer, by file name. */
export type GeneratedFiles = Readonly<Record<string, string>>;

/**
 * Replaces a folder's content with the given files in one step: the files are written to a
 * sibling folder first, so a failure leaves the old folder untouched (and puts it back if it
 * had already been moved aside).
 */
export function writeFolderAtomically(target: string, files: GeneratedFiles): void {
  const staging = mkdtempSync(join(dirname(target), `.${basename(target)}-`));
  const retired = `${staging}-old`;
  chmodSync(staging, 0o755);
  let movedAside = false;
  try {
    for (const [name, text] of Object.entries(files)) writeFileSync(join(staging, name), text);
    if (existsSync(target)) {
      renameSync(target, retired);
      movedAside = true;
    }
    renameSync(staging, target);
  } catch (error) {
    if (movedAside) renameSync(retired, target);
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
  if (movedAside) rmSync(retired, { recursive: true, force: true });
}

/** Lists the files that differ between a folder on disk and what the generator produces. */
export function diffFolder(target: string, files: GeneratedFiles): string[] {
  let present: string[] = [];
  try {
    present = readdirSync(target);
  } catch {
    return [`${target}: missing`];
  }
  const differences: string[] = [];
  for (const [name, text] of Object.entries(files)) {
    if (!present.includes(name)) differences.push(`${name}: missing`);
    else if (readFileSync(join(target, name), "utf8") !== text)
      differences.push(`${name}: differs`);
  }
  for (const name of present) if (!(name in files)) differences.push(`${name}: not generated`);
  return differences;
}
