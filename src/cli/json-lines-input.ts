import { constants, createReadStream } from "node:fs";
import { access } from "node:fs/promises";
import { createInterface } from "node:readline";
import { CliFileError } from "./cli-errors.js";

/** One non-blank line of a JSON Lines file: its number, and its item or why it is not one. */
export interface InputLine {
  /** 1-based line number in the file. */
  readonly line: number;
  readonly item: unknown;
  /** Set when the line is not a JSON object; the line is then reported failed, never sent. */
  readonly problem: string | undefined;
}

/** Reads a JSON Lines file lazily, line by line, skipping blank lines. */
export async function* readJsonLines(path: string): AsyncGenerator<InputLine> {
  const stream = createReadStream(path, { encoding: "utf8" });
  const opened = new Promise<void>((resolve, reject) => {
    stream.once("open", () => resolve());
    stream.once("error", reject);
  });
  try {
    await opened;
  } catch (cause) {
    throw new CliFileError(`cannot read ${path}`, { cause });
  }
  const lines = createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY });
  let line = 0;
  try {
    for await (const text of lines) {
      line += 1;
      if (text.trim() === "") continue;
      yield { line, ...parseLine(text) };
    }
  } finally {
    lines.close();
    stream.destroy();
  }
}

/** Fails early, before any request, when the input file cannot be read. */
export async function requireReadableFile(path: string): Promise<void> {
  try {
    await access(path, constants.R_OK);
  } catch (cause) {
    throw new CliFileError(`cannot read ${path}`, { cause });
  }
}

/** Counts the non-blank lines of a file (for a progress total), reading it once. */
export async function countJsonLines(path: string): Promise<number> {
  let count = 0;
  for await (const _line of readJsonLines(path)) count += 1;
  return count;
}

function parseLine(text: string): { item: unknown; problem: string | undefined } {
  let item: unknown;
  try {
    item = JSON.parse(text);
  } catch (error) {
    return { item: text, problem: `not valid JSON: ${(error as Error).message}` };
  }
  const isObject = item !== null && typeof item === "object" && !Array.isArray(item);
  return { item, problem: isObject ? undefined : "not a JSON object" };
}
