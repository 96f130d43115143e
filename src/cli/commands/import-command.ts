import type { UpsertLineResult } from "../../node/index.js";
import type { CliCommand, CommandContext } from "../cli-command.js";
import { stringFlag } from "../cli-command.js";
import { CliUsageError } from "../cli-errors.js";
import { findImportableResource, IMPORTABLE_NAMES } from "../cli-resources.js";
import { EXIT_CODES, type ExitCode } from "../exit-codes.js";
import { createStdoutOutput, type ExportOutput, openFileOutput } from "../export-output.js";
import {
  countJsonLines,
  type InputLine,
  readJsonLines,
  requireReadableFile,
} from "../json-lines-input.js";
import { createProgressDisplay } from "../progress-display.js";
import { progressWanted } from "../progress-flags.js";

/** `akeneo-pim import <resource> <file.jsonl>`: a bulk upsert with one result per line. */
export const importCommand: CliCommand = {
  name: "import",
  summary: "upsert every line of a JSON Lines file, one result per line (--results)",
  help: `Usage: akeneo-pim import <resource> <file.jsonl> [--results FILE]

Sends the items in batches of 100 (4 in flight) through upsertList. Lines that are not JSON
objects fail on their own and are not sent. Prints a summary on stderr; exits with 6 when any
item failed.
Resources: ${IMPORTABLE_NAMES.join(", ")}

Options:
  --results FILE       write one JSON line per input line: {"line","code","status","statusCode",
                       "message","errors"}; "-" for standard output
  --progress / --no-progress   force the progress line on stderr on or off (default: on when
                       stderr is a terminal)`,
  options: {
    results: { type: "string" },
    progress: { type: "boolean" },
    "no-progress": { type: "boolean" },
  },
  run: runImport,
};

async function runImport(context: CommandContext): Promise<ExitCode> {
  const [name, file, ...extra] = context.positionals;
  if (name === undefined || file === undefined || extra.length > 0) {
    throw new CliUsageError("import takes a resource name and a JSON Lines file");
  }
  const resource = findImportableResource(context.createClient(), name);
  await requireReadableFile(file);
  const shown = progressWanted(context);
  const progress = createProgressDisplay({
    stream: context.io.stderr,
    enabled: shown,
    now: context.io.now,
    label: "imported",
  });
  if (shown) progress.setTotal(await countJsonLines(file));
  const results = await openResults(context);
  // Lines read but not yet answered, in input order: results come back in that order too.
  const pending: InputLine[] = [];
  async function* items(): AsyncGenerator<unknown> {
    for await (const input of readJsonLines(file as string)) {
      pending.push(input);
      yield input.item;
    }
  }
  const run = resource.upsertList(items());
  try {
    for await (const result of run) {
      const input = pending.shift();
      await results?.write(`${JSON.stringify(describeResult(result, input))}\n`);
      progress.advance(1);
    }
  } finally {
    progress.finish();
    await results?.close();
  }
  const { total, created, updated, failed } = run.summary;
  context.io.stderr.write(
    `${total} items: ${created} created, ${updated} updated, ${failed} failed\n`,
  );
  return failed > 0 ? EXIT_CODES.itemsFailed : EXIT_CODES.ok;
}

async function openResults(context: CommandContext): Promise<ExportOutput | undefined> {
  const path = stringFlag(context, "results");
  if (path === undefined) return undefined;
  return path === "-" ? createStdoutOutput(context.io.stdout) : openFileOutput(path);
}

function describeResult(
  result: UpsertLineResult<unknown>,
  input: InputLine | undefined,
): Record<string, unknown> {
  const line = input?.line;
  if (result.status !== "failed") {
    return { line, code: result.code, status: result.status, statusCode: result.statusCode };
  }
  return {
    line,
    code: result.code,
    status: "failed",
    statusCode: result.statusCode,
    message: input?.problem ?? result.message,
    errors: result.errors,
  };
}
