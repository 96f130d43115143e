import { readFile, rename, rm, writeFile } from "node:fs/promises";
import { CliFileError, CliUsageError } from "./cli-errors.js";

/** Where an export stands: enough to continue it exactly where the last page ended. */
export interface ExportCheckpoint {
  /** The resource exported, and the options it was exported with. */
  readonly resource: string;
  readonly options: Readonly<Record<string, string>>;
  /** The SDK's page checkpoint, just after the last page written. */
  readonly cursor: string;
  /** Items written so far. */
  readonly items: number;
  /** Bytes of the output file that hold them; anything after is cut on resume. */
  readonly outBytes: number;
}

const VERSION = 1;

/**
 * Saves the checkpoint by replacing the file in one rename, so a kill at any moment leaves the
 * previous checkpoint or the new one, never half of one.
 */
export async function saveExportCheckpoint(
  file: string,
  checkpoint: ExportCheckpoint,
): Promise<void> {
  const temporary = `${file}.tmp`;
  try {
    await writeFile(temporary, `${JSON.stringify({ version: VERSION, ...checkpoint })}\n`);
    await rename(temporary, file);
  } catch (cause) {
    throw new CliFileError(`cannot write the checkpoint file ${file}`, { cause });
  }
}

/** Reads a checkpoint file; `undefined` when there is none yet. */
export async function loadExportCheckpoint(file: string): Promise<ExportCheckpoint | undefined> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw new CliFileError(`cannot read the checkpoint file ${file}`, { cause });
  }
  const parsed = parseCheckpoint(text);
  if (parsed === undefined) throw new CliUsageError(`${file} is not an export checkpoint`);
  return parsed;
}

/** Removes the checkpoint once the export is complete. */
export async function removeExportCheckpoint(file: string): Promise<void> {
  await rm(file, { force: true });
}

/**
 * Refuses to continue an export with another resource or other options than the one that wrote
 * the checkpoint: the output would mix two lists.
 */
export function requireSameExport(
  checkpoint: ExportCheckpoint,
  resource: string,
  options: Readonly<Record<string, string>>,
): void {
  const same =
    checkpoint.resource === resource &&
    JSON.stringify(sortEntries(checkpoint.options)) === JSON.stringify(sortEntries(options));
  if (!same) {
    throw new CliUsageError(
      `the checkpoint was written by "export ${checkpoint.resource}" with other options; ` +
        "run it with the same options, or remove the checkpoint file to start again",
    );
  }
}

function sortEntries(options: Readonly<Record<string, string>>): [string, string][] {
  return Object.entries(options).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

function parseCheckpoint(text: string): ExportCheckpoint | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (value === null || typeof value !== "object") return undefined;
  const record = value as Record<string, unknown>;
  const options = record.options;
  const valid =
    record.version === VERSION &&
    typeof record.resource === "string" &&
    typeof record.cursor === "string" &&
    Number.isSafeInteger(record.items) &&
    Number.isSafeInteger(record.outBytes) &&
    options !== null &&
    typeof options === "object" &&
    Object.values(options as object).every((entry) => typeof entry === "string");
  if (!valid) return undefined;
  return {
    resource: record.resource as string,
    options: options as Record<string, string>,
    cursor: record.cursor as string,
    items: record.items as number,
    outBytes: record.outBytes as number,
  };
}
